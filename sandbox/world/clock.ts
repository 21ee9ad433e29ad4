/**
 * The virtual clock. Simulation code never reads the wall clock: time moves only
 * when the world is told to advance (one second per command line, `sleep N`), so the
 * same commands always print the same output.
 */

/** 2026-01-05T09:00:00Z: Monday morning of the workshop, in milliseconds. */
export const EPOCH_MS = Date.UTC(2026, 0, 5, 9, 0, 0);

export class VirtualClock {
  private current: number;
  constructor(start = EPOCH_MS) {
    this.current = start;
  }
  now(): number {
    return this.current;
  }
  advance(ms: number): void {
    if (ms < 0) throw new Error('the virtual clock cannot go backwards');
    this.current += ms;
  }
  toISOString(ms = this.current): string {
    return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
  }
}
