/**
 * The right-hand side of a lesson: a toolbar, the editor (file tree + Monaco) above
 * the terminal. Rendered only in the browser (client:only), as all of it is live.
 */
import { CodeEditor } from './CodeEditor.tsx';
import { FileTree } from './FileTree.tsx';
import { LessonActions } from './LessonActions.tsx';
import { TerminalPane } from './TerminalPane.tsx';
import { useWorkspace } from '../stores/workspace-store.ts';

export default function Workbench({ lessonId }: { lessonId: string }) {
  const openPath = useWorkspace((s) => s.openPath);
  return (
    <div className="workbench">
      <section className="pane editor-pane" aria-label="Editor">
        <header className="pane__header">
          <h2 className="pane__title">Editor</h2>
          {openPath && <span className="pane__file">~/{openPath}</span>}
          <LessonActions />
        </header>
        <div className="editor-pane__body">
          <FileTree />
          <CodeEditor />
        </div>
      </section>
      <TerminalPane lessonId={lessonId} />
    </div>
  );
}
