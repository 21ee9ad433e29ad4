/**
 * The workspace file list: every file under the learner's home, grouped by folder.
 * Clicking (or Enter on) a file opens it in the editor.
 */
import { useWorkspace } from '../stores/workspace-store.ts';

function groupByFolder(files: string[]): [string, string[]][] {
  const groups = new Map<string, string[]>();
  for (const file of files) {
    const slash = file.lastIndexOf('/');
    const folder = slash === -1 ? '' : file.slice(0, slash);
    groups.set(folder, [...(groups.get(folder) ?? []), file]);
  }
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b));
}

export function FileTree() {
  const files = useWorkspace((s) => s.files);
  const openPath = useWorkspace((s) => s.openPath);
  const open = useWorkspace((s) => s.open);

  return (
    <nav className="file-tree" aria-label="Workspace files">
      <h2 className="file-tree__title">~/</h2>
      {files.length === 0 && <p className="file-tree__empty">No files yet</p>}
      {groupByFolder(files).map(([folder, entries]) => (
        <ul key={folder || '.'} className="file-tree__group">
          {folder && <li className="file-tree__folder">{folder}/</li>}
          {entries.map((path) => (
            <li key={path}>
              <button
                type="button"
                className="file-tree__file"
                data-depth={folder ? 1 : 0}
                aria-current={path === openPath ? 'true' : undefined}
                onClick={() => open(path)}
              >
                <span className="file-tree__icon" aria-hidden="true">
                  {/\.ya?ml$/.test(path) ? 'Y' : /\.json$/.test(path) ? '{}' : /\.sh$/.test(path) ? '$' : '·'}
                </span>
                {path.slice(folder ? folder.length + 1 : 0)}
              </button>
            </li>
          ))}
        </ul>
      ))}
    </nav>
  );
}
