/**
 * The terminal: xterm.js with the fit add-on. Keystrokes go raw to the runtime (the
 * sandbox shell does its own line editing); output arrives through terminalOutput.
 * Mounting it starts the lesson's runtime, since the terminal size is needed first.
 */
import { useEffect, useRef } from 'react';
import { Terminal } from '@xterm/xterm';
import { FitAddon } from '@xterm/addon-fit';
import '@xterm/xterm/css/xterm.css';
import { useRuntime } from '../stores/runtime-store.ts';
import { terminalOutput } from '../runtime/terminal-output.ts';

const theme = {
  background: '#0b1019',
  foreground: '#d7deea',
  cursor: '#7dd3fc',
  cursorAccent: '#0b1019',
  selectionBackground: '#2b3a55',
  black: '#1b2233',
  red: '#f87171',
  green: '#4ade80',
  yellow: '#facc15',
  blue: '#60a5fa',
  magenta: '#c084fc',
  cyan: '#22d3ee',
  white: '#d7deea',
  brightBlack: '#64748b',
  brightRed: '#fca5a5',
  brightGreen: '#86efac',
  brightYellow: '#fde68a',
  brightBlue: '#93c5fd',
  brightMagenta: '#d8b4fe',
  brightCyan: '#67e8f9',
  brightWhite: '#f8fafc',
};

export function TerminalPane({ lessonId }: { lessonId: string }) {
  const container = useRef<HTMLDivElement>(null);
  const terminalReady = useRuntime((s) => s.terminalReady);
  const status = useRuntime((s) => s.status);
  const error = useRuntime((s) => s.error);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const terminal = new Terminal({
      theme,
      fontFamily: '"JetBrains Mono", "Fira Code", ui-monospace, "Cascadia Mono", Menlo, Consolas, monospace',
      fontSize: 14,
      lineHeight: 1.2,
      cursorBlink: true,
      scrollback: 5000,
      convertEol: false,
      screenReaderMode: false,
    });
    const fit = new FitAddon();
    terminal.loadAddon(fit);
    terminal.open(element);
    fit.fit();

    const detach = terminalOutput.attach((data) => terminal.write(data));
    void useRuntime.getState().start(lessonId, { columns: terminal.cols, rows: terminal.rows });
    const input = terminal.onData((data) => useRuntime.getState().runtime?.terminalInput(data));
    const resize = terminal.onResize(({ cols, rows }) =>
      useRuntime.getState().runtime?.resizeTerminal({ columns: cols, rows }),
    );
    const observer = new ResizeObserver(() => {
      if (element.clientWidth > 0 && element.clientHeight > 0) fit.fit();
    });
    observer.observe(element);
    terminal.focus();

    return () => {
      observer.disconnect();
      input.dispose();
      resize.dispose();
      detach();
      terminal.dispose();
    };
  }, [lessonId]);

  return (
    <section className="pane terminal-pane" aria-label="Terminal">
      <header className="pane__header">
        <h2 className="pane__title">Terminal</h2>
        <span className={`status status--${terminalReady ? 'ready' : status}`} role="status">
          {status === 'error' ? 'failed to start' : terminalReady ? 'connected' : 'starting…'}
        </span>
      </header>
      {status === 'error' && (
        <p className="terminal-pane__error" role="alert">
          The sandbox did not start: {error}
        </p>
      )}
      <div
        ref={container}
        className="terminal-pane__xterm"
        data-testid="terminal"
        data-terminal-ready={terminalReady ? 'true' : 'false'}
      />
    </section>
  );
}
