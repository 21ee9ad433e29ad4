/**
 * The scheduler: binds each unscheduled pod to a node, deterministically. Nodes must
 * be Ready, match the pod's nodeSelector and have no NoSchedule taint the pod does
 * not tolerate; among those, the one running the fewest pods wins, ties by name.
 */
import type { Cluster } from '../cluster.ts';
import { matchLabels } from '../selectors.ts';
import type { KubeObject, Pod, Taint } from '../types.ts';

function tolerates(pod: Pod, taint: Taint): boolean {
  return (pod.spec.tolerations ?? []).some(
    (t) =>
      (t.effect === undefined || t.effect === '' || t.effect === taint.effect) &&
      ((t.operator === 'Exists' && (t.key === undefined || t.key === '' || t.key === taint.key)) || (t.key === taint.key && (t.value ?? '') === (taint.value ?? ''))),
  );
}

function taintsOf(node: KubeObject): Taint[] {
  return ((node.spec?.taints as Taint[] | undefined) ?? []).filter((t) => t.effect === 'NoSchedule' || t.effect === 'NoExecute');
}

function isReady(node: KubeObject): boolean {
  const conditions = (node.status?.conditions as { type: string; status: string }[] | undefined) ?? [];
  return conditions.some((c) => c.type === 'Ready' && c.status === 'True');
}

export function unschedulableMessage(cluster: Cluster, pod: Pod): string {
  const nodes = cluster.nodes();
  const reasons = new Map<string, number>();
  for (const node of nodes) {
    const untolerated = taintsOf(node).find((taint) => !tolerates(pod, taint));
    const reason = untolerated
      ? `node(s) had untolerated taint {${untolerated.key}: ${untolerated.value ?? ''}}`
      : !matchLabels(node.metadata.labels, pod.spec.nodeSelector ?? {})
        ? "node(s) didn't match Pod's node affinity/selector"
        : "node(s) had untolerated taint {node.kubernetes.io/not-ready: }";
    reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
  }
  // The scheduler sorts the formatted reasons, counts included.
  const parts = [...reasons].map(([reason, count]) => `${count} ${reason}`).sort();
  return `0/${nodes.length} nodes are available: ${parts.join(', ')}. preemption: 0/${nodes.length} nodes are available: ${nodes.length} Preemption is not helpful for scheduling.`;
}

export function schedulePods(cluster: Cluster): boolean {
  let changed = false;
  const now = cluster.world.clock.toISOString();
  for (const pod of cluster.pods()) {
    if (pod.spec.nodeName) continue;
    const candidates = cluster
      .nodes()
      .filter((node) => isReady(node) && matchLabels(node.metadata.labels, pod.spec.nodeSelector ?? {}) && taintsOf(node).every((taint) => tolerates(pod, taint)));
    const load = (node: KubeObject) => cluster.pods().filter((p) => p.spec.nodeName === node.metadata.name).length;
    const chosen = candidates.sort((a, b) => load(a) - load(b) || a.metadata.name.localeCompare(b.metadata.name))[0];
    const next = structuredClone(pod);
    if (!chosen) {
      const message = unschedulableMessage(cluster, pod);
      const existing = pod.status.conditions?.find((c) => c.type === 'PodScheduled');
      if (existing?.reason === 'Unschedulable' && existing.message === message) continue;
      next.status.conditions = [{ type: 'PodScheduled', status: 'False', lastTransitionTime: now, reason: 'Unschedulable', message }];
      changed = cluster.store.update(next) || changed;
      cluster.recordEvent(pod, 'Warning', 'FailedScheduling', message, 'default-scheduler');
      continue;
    }
    next.spec.nodeName = chosen.metadata.name;
    next.status = {
      ...next.status,
      phase: 'Pending',
      hostIP: (chosen.status?.addresses as { type: string; address: string }[])[0].address,
      conditions: [{ type: 'PodScheduled', status: 'True', lastTransitionTime: now }],
    };
    cluster.store.update(next);
    cluster.recordEvent(pod, 'Normal', 'Scheduled', `Successfully assigned ${pod.metadata.namespace}/${pod.metadata.name} to ${chosen.metadata.name}`, 'default-scheduler');
    changed = true;
  }
  return changed;
}
