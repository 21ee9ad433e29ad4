/**
 * The workload controllers: a Deployment owns one ReplicaSet per pod template
 * (named by the template's hash), a ReplicaSet keeps its number of pods, and the
 * garbage collector deletes what lost its owner. A new template scales the new
 * ReplicaSet up and the old ones to zero at once (no surge/unavailable pacing yet).
 */
import type { Cluster } from '../cluster.ts';
import { defaultPod } from '../defaults.ts';
import { matchLabels } from '../selectors.ts';
import type { KubeObject, Pod } from '../types.ts';

interface WorkloadSpec {
  replicas: number;
  selector: { matchLabels: Record<string, string> };
  template: { metadata: { labels?: Record<string, string>; annotations?: Record<string, string> }; spec: Pod['spec'] };
}

const HASH_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';

/** Kubernetes' pod-template-hash: a 32-bit FNV-1a hash, safe-encoded. */
export function podTemplateHash(template: unknown): string {
  let hash = 0x811c9dc5;
  for (const char of JSON.stringify(template)) {
    hash ^= char.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return [...String(hash)].map((digit) => HASH_ALPHABET[digit.charCodeAt(0) % HASH_ALPHABET.length]).join('');
}

function ownedBy(object: KubeObject, owner: KubeObject): boolean {
  return ((object.metadata.ownerReferences as { uid: string }[] | undefined) ?? []).some((ref) => ref.uid === owner.metadata.uid);
}

function ownerReference(owner: KubeObject) {
  return [{ apiVersion: owner.apiVersion, kind: owner.kind, name: owner.metadata.name, uid: owner.metadata.uid, controller: true, blockOwnerDeletion: true }];
}

function isReady(pod: Pod): boolean {
  return pod.status.phase === 'Running' && (pod.status.containerStatuses ?? []).every((s) => s.ready);
}

function setStatus(cluster: Cluster, object: KubeObject, status: Record<string, unknown>): boolean {
  const next = structuredClone(object);
  next.status = status;
  return cluster.store.update(next);
}

export function reconcileReplicaSets(cluster: Cluster): boolean {
  let changed = false;
  for (const rs of cluster.store.list('ReplicaSet')) {
    const spec = rs.spec as unknown as WorkloadSpec;
    const namespace = rs.metadata.namespace;
    const pods = cluster.pods(namespace).filter((pod) => ownedBy(pod, rs));
    for (let i = pods.length; i < spec.replicas; i++) {
      const pod = defaultPod({
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: { name: `${rs.metadata.name}-${cluster.world.random.string(5)}`, namespace, labels: { ...spec.template.metadata.labels }, ownerReferences: ownerReference(rs) },
        spec: structuredClone(spec.template.spec),
      } as unknown as Pod);
      cluster.store.create(pod);
      changed = true;
    }
    if (pods.length > spec.replicas) {
      const newestFirst = [...pods].sort((a, b) => (b.metadata.creationTimestamp ?? '').localeCompare(a.metadata.creationTimestamp ?? '') || b.metadata.name.localeCompare(a.metadata.name));
      for (const pod of newestFirst.slice(0, pods.length - spec.replicas)) cluster.store.delete('Pod', namespace, pod.metadata.name);
      changed = true;
    }
    const current = cluster.pods(namespace).filter((pod) => ownedBy(pod, rs));
    const ready = current.filter(isReady).length;
    const status = {
      replicas: current.length,
      fullyLabeledReplicas: current.length,
      ...(ready > 0 ? { readyReplicas: ready, availableReplicas: ready } : {}),
      observedGeneration: rs.metadata.generation,
    };
    changed = setStatus(cluster, rs, status) || changed;
  }
  return changed;
}

export function reconcileDeployments(cluster: Cluster): boolean {
  let changed = false;
  for (const deployment of cluster.store.list('Deployment')) {
    const spec = deployment.spec as unknown as WorkloadSpec;
    const namespace = deployment.metadata.namespace;
    const hash = podTemplateHash(spec.template);
    const owned = cluster.store.list('ReplicaSet', { namespace }).filter((rs) => ownedBy(rs, deployment));
    const name = `${deployment.metadata.name}-${hash}`;
    let current = owned.find((rs) => rs.metadata.name === name);
    if (!current) {
      const revision = Math.max(0, ...owned.map((rs) => Number(rs.metadata.annotations?.['deployment.kubernetes.io/revision'] ?? 0))) + 1;
      const labels = { ...spec.template.metadata.labels, 'pod-template-hash': hash };
      current = cluster.store.create({
        apiVersion: 'apps/v1',
        kind: 'ReplicaSet',
        metadata: { name, namespace, labels, annotations: { 'deployment.kubernetes.io/revision': String(revision) }, ownerReferences: ownerReference(deployment) },
        spec: { replicas: spec.replicas, selector: { matchLabels: { ...spec.selector.matchLabels, 'pod-template-hash': hash } }, template: { metadata: { ...spec.template.metadata, labels }, spec: spec.template.spec } },
        status: {},
      });
      changed = true;
    }
    for (const rs of [...owned, current]) {
      const want = rs.metadata.name === name ? spec.replicas : 0;
      if ((rs.spec as unknown as WorkloadSpec).replicas !== want) {
        const next = structuredClone(cluster.store.get('ReplicaSet', namespace, rs.metadata.name)!);
        (next.spec as unknown as WorkloadSpec).replicas = want;
        changed = cluster.store.update(next) || changed;
      }
    }
    const pods = cluster.pods(namespace).filter((pod) => matchLabels(pod.metadata.labels, spec.selector.matchLabels));
    const updated = pods.filter((pod) => pod.metadata.labels?.['pod-template-hash'] === hash);
    const ready = pods.filter(isReady).length;
    const available = ready >= spec.replicas;
    const status = {
      observedGeneration: deployment.metadata.generation,
      replicas: pods.length,
      updatedReplicas: updated.length,
      ...(ready > 0 ? { readyReplicas: ready, availableReplicas: ready } : {}),
      ...(ready < pods.length || pods.length === 0 ? { unavailableReplicas: Math.max(0, spec.replicas - ready) } : {}),
      conditions: [
        { type: 'Available', status: available ? 'True' : 'False', reason: available ? 'MinimumReplicasAvailable' : 'MinimumReplicasUnavailable', message: available ? 'Deployment has minimum availability.' : 'Deployment does not have minimum availability.' },
        { type: 'Progressing', status: 'True', reason: updated.length === spec.replicas ? 'NewReplicaSetAvailable' : 'ReplicaSetUpdated', message: `ReplicaSet "${name}" ${updated.length === spec.replicas && available ? 'has successfully progressed' : 'is progressing'}.` },
      ],
    };
    changed = setStatus(cluster, deployment, status) || changed;
  }
  return changed;
}

/** Objects whose owner is gone are deleted, as the garbage collector does. */
export function collectGarbage(cluster: Cluster): boolean {
  let changed = false;
  for (const kind of ['ReplicaSet', 'Pod', 'EndpointSlice']) {
    for (const object of cluster.store.list(kind)) {
      const refs = (object.metadata.ownerReferences as { kind: string; uid: string; name: string }[] | undefined) ?? [];
      const orphaned = refs.length > 0 && refs.every((ref) => cluster.store.get(ref.kind, object.metadata.namespace, ref.name)?.metadata.uid !== ref.uid);
      if (orphaned) {
        cluster.store.delete(kind, object.metadata.namespace, object.metadata.name);
        changed = true;
      }
    }
  }
  return changed;
}
