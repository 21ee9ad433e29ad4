/**
 * The simulated world: everything outside the workstation's file system. It owns the
 * virtual clock, seeded randomness and the clusters with their controllers. State
 * changes go through commands; after each, controllers reconcile desired to
 * observed state synchronously, to a fixpoint.
 */
import { VirtualClock } from './clock.ts';
import { SeededRandom } from './random.ts';
import { Cluster } from './kube/cluster.ts';

export type WorldListener = () => void;

/** A controller compares desired with observed state and acts; returns whether it changed anything. */
export type Controller = (world: World) => boolean;

/** Controllers that have not settled after this many rounds are a bug, not a state. */
const MAX_RECONCILE_ROUNDS = 100;

export class World {
  readonly clock: VirtualClock;
  readonly random: SeededRandom;
  readonly clusters = new Map<string, Cluster>();
  private currentClusterName: string | undefined;
  private readonly controllers: { name: string; reconcile: Controller }[] = [];
  private listeners = new Set<WorldListener>();

  constructor(options: { seed?: number; startMs?: number } = {}) {
    this.clock = new VirtualClock(options.startMs);
    this.random = new SeededRandom(options.seed);
  }

  addCluster(name: string): Cluster {
    const cluster = new Cluster(name, this);
    this.clusters.set(name, cluster);
    this.currentClusterName ??= name;
    return cluster;
  }

  /** The cluster kubectl talks to (the current context), or a named one. */
  cluster(name?: string): Cluster {
    const wanted = name ?? this.currentClusterName;
    const cluster = wanted === undefined ? undefined : this.clusters.get(wanted);
    if (!cluster) throw new Error(wanted === undefined ? 'this world has no cluster' : `no cluster named "${wanted}"`);
    return cluster;
  }

  hasCluster(): boolean {
    return this.clusters.size > 0;
  }

  addController(name: string, reconcile: Controller): void {
    this.controllers.push({ name, reconcile });
  }

  /** Run every controller until nothing changes. */
  reconcile(): void {
    for (let round = 0; round < MAX_RECONCILE_ROUNDS; round++) {
      let changed = false;
      for (const controller of this.controllers) changed = controller.reconcile(this) || changed;
      if (!changed) return;
    }
    throw new Error(`controllers did not settle after ${MAX_RECONCILE_ROUNDS} rounds`);
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
