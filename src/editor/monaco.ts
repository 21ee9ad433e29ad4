/**
 * The lazily loaded editor bundle: Monaco's core API with the contributions a YAML
 * workshop needs (find, folding, comments, suggestions, multi-cursor ...) and three
 * languages only — YAML, JSON and shell — instead of the full `monaco-editor` entry.
 * Features come from `monaco-editor/features/<name>/register.js`, the 0.5x way to pick them.
 */
import './monaco-environment.ts';
import * as monaco from 'monaco-editor/editor/editor.api.js';

import 'monaco-editor/editor/browser/coreCommands.js';
import 'monaco-editor/features/codeEditor/register.js';
import 'monaco-editor/features/codicon/register.js';
import 'monaco-editor/features/bracketMatching/register.js';
import 'monaco-editor/features/clipboard/register.js';
import 'monaco-editor/features/comment/register.js';
import 'monaco-editor/features/contextmenu/register.js';
import 'monaco-editor/features/cursorUndo/register.js';
import 'monaco-editor/features/find/register.js';
import 'monaco-editor/features/folding/register.js';
import 'monaco-editor/features/format/register.js';
import 'monaco-editor/features/hover/register.js';
import 'monaco-editor/features/indentation/register.js';
import 'monaco-editor/features/linesOperations/register.js';
import 'monaco-editor/features/multicursor/register.js';
import 'monaco-editor/features/suggest/register.js';
import 'monaco-editor/features/toggleTabFocusMode/register.js';
import 'monaco-editor/features/tokenization/register.js';
import 'monaco-editor/features/wordHighlighter/register.js';
import 'monaco-editor/features/wordOperations/register.js';

import 'monaco-editor/languages/definitions/yaml/register.js';
import 'monaco-editor/languages/definitions/shell/register.js';
import 'monaco-editor/languages/features/json/register.js';

monaco.editor.defineTheme('vpnception-dark', {
  base: 'vs-dark',
  inherit: true,
  rules: [],
  colors: {
    'editor.background': '#0f1521',
    'editor.lineHighlightBackground': '#18202f',
    'editorLineNumber.foreground': '#4b5873',
    'editorLineNumber.activeForeground': '#a9b6cf',
    'editorGutter.background': '#0f1521',
  },
});

/** Language id for a workspace path; unknown extensions are plain text. */
export function languageFor(path: string): string {
  if (/\.ya?ml$/i.test(path)) return 'yaml';
  if (/\.json$/i.test(path)) return 'json';
  if (/\.(sh|bash)$/i.test(path)) return 'shell';
  return 'plaintext';
}

export { monaco };
