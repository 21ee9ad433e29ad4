/**
 * LessonHost: one lesson's sandbox, its terminal session and its workspace, driven
 * over Comlink from the page. Runs inside the Web Worker, so it may import sandbox/
 * and lessons/ freely; nothing here touches the DOM.
 */
import { applySolution, checksForStep, createLessonSandbox, type LessonBundle } from '../../../sandbox/lesson.ts';
import type { Sandbox } from '../../../sandbox/index.ts';
import { loadLessonBundle } from '../../../lessons/catalog.vite.ts';
import type { CheckResult, LessonInfo, RunResult, RuntimeEvents, TerminalSize } from '../runtime.ts';
import { openLessonTerminal, type LessonTerminal } from './lesson-terminal.ts';
import { WorkspaceWatcher } from './workspace-watcher.ts';

export class LessonHost {
  private bundle?: LessonBundle;
  private sandbox?: Sandbox;
  private terminal?: LessonTerminal;
  private watcher?: WorkspaceWatcher;
  private events?: RuntimeEvents;
  private size: TerminalSize = { columns: 80, rows: 24 };

  async startLesson(lessonId: string, size: TerminalSize, events: RuntimeEvents): Promise<LessonInfo> {
    this.events = events;
    this.size = size;
    this.bundle = await loadLessonBundle(lessonId);
    this.boot();
    const { id, title, steps } = this.bundle;
    return { id, title, steps: steps.map(({ slug, title, checks }) => ({ slug, title, checks })), files: this.watcher!.files() };
  }

  /** Build a fresh sandbox and terminal from the bundle: used by start and reset. */
  private boot(): void {
    this.terminal?.dispose();
    this.watcher?.dispose();
    const sandbox = createLessonSandbox(this.requireBundle());
    this.sandbox = sandbox;
    const events = this.requireEvents();
    this.watcher = new WorkspaceWatcher(sandbox.fs, sandbox.home, (change) => events.onFilesChanged(change));
    this.terminal = openLessonTerminal(sandbox, this.size, events);
  }

  terminalInput(data: string): void {
    this.terminal?.input(data);
  }

  resizeTerminal(size: TerminalSize): void {
    this.size = size;
    this.terminal?.resize(size);
  }

  listFiles(): string[] {
    return this.watcher?.files() ?? [];
  }

  readFile(path: string): string {
    const sandbox = this.requireSandbox();
    return sandbox.fs.readFile(`${sandbox.home}/${path}`);
  }

  writeFile(path: string, content: string): void {
    const sandbox = this.requireSandbox();
    this.watcher!.quietly(() => sandbox.fs.writeFile(`${sandbox.home}/${path}`, content));
  }

  async runChecks(stepSlug?: string): Promise<CheckResult[]> {
    const checks = checksForStep(this.requireBundle(), stepSlug);
    return this.requireSandbox().runChecks(checks);
  }

  reset(): void {
    this.boot();
    this.watcher!.announceAll();
  }

  async solve(): Promise<RunResult> {
    const bundle = this.requireBundle();
    const terminal = this.terminal!;
    return terminal.showScripted(Object.keys(bundle.solutionFiles), bundle.solutionScript ?? '', () =>
      applySolution(this.requireSandbox(), bundle),
    );
  }

  dispose(): void {
    this.terminal?.dispose();
    this.watcher?.dispose();
  }

  private requireBundle(): LessonBundle {
    if (!this.bundle) throw new Error('no lesson started');
    return this.bundle;
  }

  private requireSandbox(): Sandbox {
    if (!this.sandbox) throw new Error('no lesson started');
    return this.sandbox;
  }

  private requireEvents(): RuntimeEvents {
    if (!this.events) throw new Error('no lesson started');
    return this.events;
  }
}
