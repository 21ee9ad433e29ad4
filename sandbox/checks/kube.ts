/**
 * Questions lesson checks ask of a cluster, answered from the world's object store.
 */
import type { World } from '../world/world.ts';
import type { Pod } from '../world/kube/types.ts';
import { podStatusReason } from '../cli/kubectl/printers.ts';

export function namespaceExists(world: World, name: string): boolean {
  return world.cluster().store.get('Namespace', undefined, name) !== undefined;
}

export function findPod(world: World, namespace: string, name: string): Pod | undefined {
  return world.cluster().pod(namespace, name);
}

/** Every namespace holding a pod with this name (to explain "wrong namespace" mistakes). */
export function namespacesWithPod(world: World, name: string): string[] {
  return world
    .cluster()
    .pods()
    .filter((pod) => pod.metadata.name === name)
    .map((pod) => pod.metadata.namespace ?? 'default');
}

/** The pod's STATUS as `kubectl get pods` shows it (Running, ContainerCreating, ErrImagePull…). */
export function podStatus(pod: Pod): string {
  return podStatusReason(pod);
}

export function podIsRunning(pod: Pod): boolean {
  return pod.status.phase === 'Running' && (pod.status.containerStatuses ?? []).every((status) => status.ready);
}
