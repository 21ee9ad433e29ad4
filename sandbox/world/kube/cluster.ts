/**
 * One Kubernetes cluster: its object store and the helpers controllers and kubectl
 * share (nodes, pods, namespace deletion). Lesson checks read clusters through
 * `world.cluster()` and the store's get/list.
 */
import type { World } from '../world.ts';
import { ObjectStore } from './store.ts';
import type { EventObject, KubeObject, Pod } from './types.ts';
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

  /**
   * Record an Event about an object, as controllers and kubelets do. A repeat of the
   * same reason and message bumps the count instead of adding a line.
   */
  recordEvent(object: KubeObject, type: 'Normal' | 'Warning', reason: string, message: string, component: string): void {
    const namespace = object.metadata.namespace ?? 'default';
    const now = this.world.clock.toISOString();
    const existing = this.store
      .list<EventObject>('Event', { namespace })
      .find((e) => e.involvedObject.uid === object.metadata.uid && e.reason === reason && e.message === message);
    if (existing) {
      const next = structuredClone(existing);
      next.count += 1;
      next.lastTimestamp = now;
      this.store.update(next);
      return;
    }
    const event: EventObject = {
      apiVersion: 'v1',
      kind: 'Event',
      metadata: { name: `${object.metadata.name}.${this.world.random.string(16, '0123456789abcdef')}`, namespace },
      involvedObject: { kind: object.kind, namespace: object.metadata.namespace, name: object.metadata.name, uid: object.metadata.uid, apiVersion: object.apiVersion },
      reason,
      message,
      type,
      source: { component },
      firstTimestamp: now,
      lastTimestamp: now,
      count: 1,
    };
    this.store.create(event);
  }

  /** Events about an object, oldest first. */
  eventsFor(object: KubeObject): EventObject[] {
    return this.store
      .list<EventObject>('Event', { namespace: object.metadata.namespace ?? 'default' })
      .filter((e) => e.involvedObject.uid === object.metadata.uid)
      .sort((a, b) => a.firstTimestamp.localeCompare(b.firstTimestamp) || Number(a.metadata.resourceVersion) - Number(b.metadata.resourceVersion));
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
