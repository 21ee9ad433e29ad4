/**
 * The Monaco editor pane. Monaco is imported only once the terminal is ready, so it
 * stays out of the page's first JavaScript. One model per workspace file; each edit
 * is written to the sandbox at once, and files changed by commands are reloaded.
 */
import { useEffect, useRef, useState } from 'react';
import { useRuntime } from '../stores/runtime-store.ts';
import { useWorkspace } from '../stores/workspace-store.ts';

type MonacoModule = typeof import('../editor/monaco.ts');
type Model = import('monaco-editor/editor/editor.api.js').editor.ITextModel;
type Editor = import('monaco-editor/editor/editor.api.js').editor.IStandaloneCodeEditor;

const HOME_URI = 'file:///home/learner/';

export function CodeEditor() {
  const container = useRef<HTMLDivElement>(null);
  const [api, setApi] = useState<MonacoModule>();
  const [editor, setEditor] = useState<Editor>();
  const terminalReady = useRuntime((s) => s.terminalReady);
  const runtime = useRuntime((s) => s.runtime);
  const status = useRuntime((s) => s.status);
  const openPath = useWorkspace((s) => s.openPath);
  const files = useWorkspace((s) => s.files);
  const revisions = useWorkspace((s) => s.revisions);
  /** Set while the editor applies content from the sandbox, so it is not written back. */
  const applyingRemote = useRef(false);
  const seenRevisions = useRef<Record<string, number>>({});

  // Load Monaco once the terminal is up (and the first paint is long done).
  useEffect(() => {
    if (!terminalReady || api) return;
    void import('../editor/monaco.ts').then(setApi);
  }, [terminalReady, api]);

  // Create the editor once Monaco is here.
  useEffect(() => {
    if (!api || !container.current) return;
    const instance = api.monaco.editor.create(container.current, {
      model: null,
      theme: 'vpnception-dark',
      automaticLayout: true,
      fontSize: 14,
      fontFamily: '"JetBrains Mono", "Fira Code", ui-monospace, "Cascadia Mono", Menlo, Consolas, monospace',
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      tabSize: 2,
      insertSpaces: true,
      renderWhitespace: 'selection',
      ariaLabel: 'File editor',
      padding: { top: 8 },
    });
    setEditor(instance);
    return () => instance.dispose();
  }, [api]);

  // Open the first file when the editor appears and nothing is open yet.
  useEffect(() => {
    if (editor && !openPath && files.length > 0) useWorkspace.getState().open(files.find((f) => /\.ya?ml$/.test(f)) ?? files[0]);
  }, [editor, openPath, files]);

  // Show the open file, creating its model from the sandbox the first time.
  useEffect(() => {
    if (!api || !editor || !runtime) return;
    if (!openPath) {
      editor.setModel(null);
      return;
    }
    let cancelled = false;
    const uri = api.monaco.Uri.parse(HOME_URI + openPath);
    const existing = api.monaco.editor.getModel(uri);
    if (existing) {
      editor.setModel(existing);
      return;
    }
    void runtime.readFile(openPath).then((content) => {
      if (cancelled) return;
      const model = api.monaco.editor.getModel(uri) ?? createModel(api, runtime, openPath, content, applyingRemote);
      seenRevisions.current[openPath] = useWorkspace.getState().revisions[openPath] ?? 0;
      editor.setModel(model);
    });
    return () => {
      cancelled = true;
    };
  }, [api, editor, runtime, openPath]);

  // Reload models whose files changed in the sandbox; drop models of deleted files.
  useEffect(() => {
    if (!api || !runtime) return;
    for (const model of api.monaco.editor.getModels()) {
      const uri = model.uri.toString(true);
      if (!uri.startsWith(HOME_URI)) continue;
      const path = uri.slice(HOME_URI.length);
      if (!files.includes(path)) {
        model.dispose();
        delete seenRevisions.current[path];
        continue;
      }
      const revision = revisions[path] ?? 0;
      if (seenRevisions.current[path] === revision) continue;
      seenRevisions.current[path] = revision;
      const versionAtRequest = model.getAlternativeVersionId();
      void runtime.readFile(path).then((content) => {
        // Typed in the meantime: the editor's write (queued after this read) wins.
        if (model.isDisposed() || model.getAlternativeVersionId() !== versionAtRequest) return;
        if (model.getValue() === content) return;
        applyingRemote.current = true;
        model.pushEditOperations([], [{ range: model.getFullModelRange(), text: content }], () => null);
        applyingRemote.current = false;
      });
    }
  }, [api, runtime, files, revisions]);

  const placeholder =
    status === 'error' ? 'The sandbox failed to start.' : !api ? 'Loading editor…' : !openPath ? 'Select a file to edit it.' : null;

  return (
    <div className="code-editor">
      <div ref={container} className="code-editor__monaco" data-testid="editor" hidden={!openPath} />
      {placeholder && <p className="code-editor__placeholder">{placeholder}</p>}
    </div>
  );
}

function createModel(
  api: MonacoModule,
  runtime: NonNullable<ReturnType<typeof useRuntime.getState>['runtime']>,
  path: string,
  content: string,
  applyingRemote: { current: boolean },
): Model {
  const model = api.monaco.editor.createModel(content, api.languageFor(path), api.monaco.Uri.parse(HOME_URI + path));
  model.onDidChangeContent(() => {
    if (applyingRemote.current) return;
    void runtime.writeFile(path, model.getValue());
  });
  return model;
}
