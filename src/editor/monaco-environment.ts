/**
 * Where Monaco finds its workers: the editor worker (diffing, word ranges) and the
 * JSON language worker, both bundled by Vite as ES-module workers. Imported only by
 * the lazily loaded editor module, so none of this is in the page's first JS.
 */
import EditorWorker from 'monaco-editor/editor/editor.worker.js?worker';
import JsonWorker from 'monaco-editor/languages/features/json/json.worker.js?worker';

(globalThis as { MonacoEnvironment?: unknown }).MonacoEnvironment = {
  getWorker(_workerId: string, label: string): Worker {
    return label === 'json' ? new JsonWorker() : new EditorWorker();
  },
};
