/**
 * The page side of the worker runtime: starts sandbox.worker.ts and adapts its
 * Comlink proxy to the Runtime interface. Comlink keeps calls in order, so an editor
 * write sent before a keystroke is applied before the command it completes runs.
 */
import * as Comlink from 'comlink';
import type { LessonHost } from './lesson-host.ts';
import type { LessonInfo, Runtime, RuntimeEvents, TerminalSize } from '../runtime.ts';

export function createWorkerRuntime(events: RuntimeEvents): Runtime {
  const worker = new Worker(new URL('./sandbox.worker.ts', import.meta.url), { type: 'module', name: 'sandbox' });
  const host = Comlink.wrap<LessonHost>(worker);
  const eventsProxy = Comlink.proxy(events);

  return {
    startLesson: (lessonId: string, size: TerminalSize): Promise<LessonInfo> => host.startLesson(lessonId, size, eventsProxy),
    terminalInput: (data) => void host.terminalInput(data),
    resizeTerminal: (size) => void host.resizeTerminal(size),
    listFiles: () => host.listFiles(),
    readFile: (path) => host.readFile(path),
    writeFile: (path, content) => host.writeFile(path, content),
    runChecks: (stepSlug) => host.runChecks(stepSlug),
    reset: () => host.reset(),
    solve: () => host.solve(),
    dispose() {
      host[Comlink.releaseProxy]();
      worker.terminate();
    },
  };
}
