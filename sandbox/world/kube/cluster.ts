/**
 * One Kubernetes cluster: its object store and the helpers controllers and kubectl
 * share (nodes, pods, namespace deletion). Lesson checks read clusters through
 * `world.cluster()` and the store's get/list.
 */
import type { World } from '../world.ts';
import { ObjectStore } from './store.ts';
import type { KubeObject, Pod } from './types.ts';
import { KINDS } from './kinds.ts';

export class Cluster {
  readonly store: ObjectStore;

  constructor(
    readonly name: string,
    readonly world: World,
  ) {
    this.store = new ObjectStore(world.clock, world.random);
  }

  /** kubectl's context name for this cluster (kind's convention). */
  get contextName(): string {
    return `kind-${this.name}`;
  }

  nodes(): KubeObject[] {
    return this.store.list('Node');
  }

  pods(namespace?: string): Pod[] {
    return this.store.list<Pod>('Pod', { namespace });
  }

  /** A pod by namespace and name, or undefined. */
  pod(namespace: string, name: string): Pod | undefined {
    return this.store.get<Pod>('Pod', namespace, name);
  }

  /** Deleting a namespace deletes everything in it. */
  deleteNamespace(name: string): KubeObject {
    const namespace = this.store.delete('Namespace', undefined, name);
    for (const kind of KINDS.filter((k) => k.namespaced)) {
      for (const object of this.store.list(kind.kind, { namespace: name })) this.store.delete(kind.kind, name, object.metadata.name);
    }
    return namespace;
  }
}
