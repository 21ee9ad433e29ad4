/**
 * The kubelets: start the containers of pods bound to their node. One virtual second
 * after binding, a pod gets its IP and its containers run — or, for an image the
 * registry does not have, ErrImagePull and then ImagePullBackOff.
 */
import type { Cluster } from '../cluster.ts';
import { findImage } from '../images.ts';
import type { ContainerStatus, KubeObject, Pod } from '../types.ts';

/** How long pulling and starting takes, in virtual milliseconds. */
export const CONTAINER_START_MS = 1000;
/** After a failed pull, the kubelet backs off. */
export const IMAGE_PULL_BACKOFF_MS = 3000;

function podCidrBase(node: KubeObject): string {
  return String(node.spec?.podCIDR ?? '10.244.0.0/24').replace(/\.0\/24$/, '');
}

function allocatePodIp(cluster: Cluster, node: KubeObject): string {
  const base = podCidrBase(node);
  const used = new Set(cluster.pods().map((p) => p.status.podIP));
  for (let host = 2; host < 255; host++) {
    const ip = `${base}.${host}`;
    if (!used.has(ip)) return ip;
  }
  throw new Error(`node ${node.metadata.name} has no free pod addresses`);
}

function fullImageName(image: string): string {
  const withTag = /:[^/]+$/.test(image) || image.includes('@') ? image : `${image}:latest`;
  return withTag.includes('/') && withTag.split('/')[0].includes('.') ? withTag : `docker.io/${withTag.includes('/') ? '' : 'library/'}${withTag}`;
}

function containerStatuses(pod: Pod, now: string, sinceBound: number): ContainerStatus[] {
  return pod.spec.containers.map((container) => {
    const previous = pod.status.containerStatuses?.find((s) => s.name === container.name);
    const restarted = previous !== undefined && previous.image !== container.image && previous.state.running !== undefined;
    const restartCount = (previous?.restartCount ?? 0) + (restarted ? 1 : 0);
    if (findImage(container.image)) {
      const startedAt = previous?.state.running && !restarted ? previous.state.running.startedAt : now;
      return { name: container.name, image: container.image, ready: true, started: true, restartCount, state: { running: { startedAt } } };
    }
    const reason = sinceBound >= CONTAINER_START_MS + IMAGE_PULL_BACKOFF_MS ? 'ImagePullBackOff' : 'ErrImagePull';
    const message =
      reason === 'ImagePullBackOff'
        ? `Back-off pulling image "${container.image}"`
        : `rpc error: code = NotFound desc = failed to pull and unpack image "${fullImageName(container.image)}": failed to resolve reference "${fullImageName(container.image)}": ${fullImageName(container.image)}: not found`;
    return { name: container.name, image: container.image, ready: false, started: false, restartCount, state: { waiting: { reason, message } } };
  });
}

/** The kubelet's events for each container whose state changed. */
function recordContainerEvents(cluster: Cluster, pod: Pod, statuses: ContainerStatus[]): void {
  for (const status of statuses) {
    const before = pod.status.containerStatuses?.find((s) => s.name === status.name);
    const wasRunning = before?.state.running !== undefined && before.image === status.image;
    const beforeReason = before?.state.waiting?.reason;
    if (status.state.running && !wasRunning) {
      cluster.recordEvent(pod, 'Normal', 'Pulled', `Successfully pulled image "${status.image}" in 1s (1s including waiting)`, 'kubelet');
      cluster.recordEvent(pod, 'Normal', 'Created', `Created container ${status.name}`, 'kubelet');
      cluster.recordEvent(pod, 'Normal', 'Started', `Started container ${status.name}`, 'kubelet');
    }
    const reason = status.state.waiting?.reason;
    if (reason === 'ErrImagePull' && beforeReason !== 'ErrImagePull') {
      cluster.recordEvent(pod, 'Warning', 'Failed', `Failed to pull image "${status.image}": ${status.state.waiting!.message}`, 'kubelet');
      cluster.recordEvent(pod, 'Warning', 'Failed', 'Error: ErrImagePull', 'kubelet');
    }
    if (reason === 'ImagePullBackOff' && beforeReason !== 'ImagePullBackOff') {
      cluster.recordEvent(pod, 'Normal', 'BackOff', `Back-off pulling image "${status.image}"`, 'kubelet');
      cluster.recordEvent(pod, 'Warning', 'Failed', 'Error: ImagePullBackOff', 'kubelet');
    }
  }
}

export function runKubelets(cluster: Cluster): boolean {
  let changed = false;
  const nowMs = cluster.world.clock.now();
  const now = cluster.world.clock.toISOString();
  for (const pod of cluster.pods()) {
    if (!pod.spec.nodeName) continue;
    const scheduled = pod.status.conditions?.find((c) => c.type === 'PodScheduled' && c.status === 'True');
    if (!scheduled) continue;
    const sinceBound = nowMs - Date.parse(scheduled.lastTransitionTime);
    const next = structuredClone(pod);
    if (sinceBound < CONTAINER_START_MS) {
      if (next.status.containerStatuses) continue;
      next.status.containerStatuses = pod.spec.containers.map((c) => ({ name: c.name, image: c.image, ready: false, started: false, restartCount: 0, state: { waiting: { reason: 'ContainerCreating' } } }));
      next.status.startTime = now;
      changed = cluster.store.update(next) || changed;
      for (const c of pod.spec.containers) cluster.recordEvent(pod, 'Normal', 'Pulling', `Pulling image "${c.image}"`, 'kubelet');
      continue;
    }
    const node = cluster.store.get('Node', undefined, pod.spec.nodeName);
    if (!node) continue;
    if (!next.status.podIP) {
      const ip = pod.spec.hostNetwork ? (next.status.hostIP as string) : allocatePodIp(cluster, node);
      next.status.podIP = ip;
      next.status.podIPs = [{ ip }];
    }
    const statuses = containerStatuses(next, now, sinceBound);
    const allReady = statuses.every((s) => s.ready);
    const previousReady = pod.status.conditions?.find((c) => c.type === 'Ready');
    const readyStatus = allReady ? 'True' : 'False';
    const transition = previousReady?.status === readyStatus ? previousReady.lastTransitionTime : now;
    recordContainerEvents(cluster, pod, statuses);
    next.status.containerStatuses = statuses;
    next.status.phase = allReady ? 'Running' : 'Pending';
    next.status.conditions = [
      { type: 'PodReadyToStartContainers', status: 'True', lastTransitionTime: pod.status.conditions?.find((c) => c.type === 'PodReadyToStartContainers')?.lastTransitionTime ?? now },
      { type: 'Initialized', status: 'True', lastTransitionTime: pod.status.conditions?.find((c) => c.type === 'Initialized')?.lastTransitionTime ?? now },
      { type: 'Ready', status: readyStatus, lastTransitionTime: transition, ...(allReady ? {} : { reason: 'ContainersNotReady' }) },
      { type: 'ContainersReady', status: readyStatus, lastTransitionTime: transition, ...(allReady ? {} : { reason: 'ContainersNotReady' }) },
      scheduled,
    ];
    changed = cluster.store.update(next) || changed;
  }
  return changed;
}
