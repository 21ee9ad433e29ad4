/**
 * The Web Worker that hosts the lesson sandbox. It exposes a LessonHost over Comlink;
 * the page's WorkerRuntime (worker-runtime.ts) is its only client.
 */
import * as Comlink from 'comlink';
import { LessonHost } from './lesson-host.ts';

Comlink.expose(new LessonHost());
