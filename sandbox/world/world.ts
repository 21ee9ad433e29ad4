/**
 * The simulated world: everything outside the workstation's file system. It owns the
 * virtual clock, seeded randomness and (from the scenario) clusters and their
 * controllers. State changes go through commands; after each, controllers reconcile
 * desired to observed state synchronously, to a fixpoint.
 */
import { VirtualClock } from './clock.ts';
import { SeededRandom } from './random.ts';

export type WorldListener = () => void;

export class World {
  readonly clock: VirtualClock;
  readonly random: SeededRandom;
  private listeners = new Set<WorldListener>();

  constructor(options: { seed?: number; startMs?: number } = {}) {
    this.clock = new VirtualClock(options.startMs);
    this.random = new SeededRandom(options.seed);
  }

  /** Run every controller until nothing changes. */
  reconcile(): void {
    // Controllers are registered by the Kubernetes slice of the world.
  }

  /** Move virtual time forward and let controllers act on what became due. */
  advance(ms: number): void {
    this.clock.advance(ms);
    this.reconcile();
    this.notifyChanged();
  }

  /** Called by the shell after each command line: one virtual second passes. */
  tick(): void {
    this.advance(1000);
  }

  onChange(listener: WorldListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  notifyChanged(): void {
    for (const listener of this.listeners) listener();
  }
}
