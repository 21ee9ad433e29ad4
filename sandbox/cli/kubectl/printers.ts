/**
 * Turns objects into kubectl's table rows, one printer per kind, following
 * kubectl's own column logic (e.g. a pod's STATUS is its waiting reason when a
 * container waits). Printers know nothing of flags beyond `wide`.
 */
import type { EventObject, KubeObject, Pod } from '../../world/kube/types.ts';
import { ageOf } from './table.ts';

export interface Printer {
  header(wide: boolean): string[];
  row(object: KubeObject, nowMs: number, wide: boolean): string[];
}

/** The STATUS column, as kubectl's printPod computes it. */
export function podStatusReason(pod: Pod): string {
  let reason = (pod.status.reason as string | undefined) ?? pod.status.phase;
  for (const status of pod.status.containerStatuses ?? []) {
    if (status.state.waiting?.reason) reason = status.state.waiting.reason;
    else if (status.state.terminated?.reason) reason = status.state.terminated.reason;
  }
  if (pod.metadata.deletionTimestamp) reason = 'Terminating';
  return reason;
}

const podPrinter: Printer = {
  header: (wide) => ['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE', ...(wide ? ['IP', 'NODE', 'NOMINATED NODE', 'READINESS GATES'] : [])],
  row(object, nowMs, wide) {
    const pod = object as Pod;
    const statuses = pod.status.containerStatuses ?? [];
    const ready = statuses.filter((s) => s.ready).length;
    const restarts = statuses.reduce((sum, s) => sum + s.restartCount, 0);
    const row = [pod.metadata.name, `${ready}/${pod.spec.containers.length}`, podStatusReason(pod), String(restarts), ageOf(pod.metadata.creationTimestamp, nowMs)];
    if (wide) row.push(pod.status.podIP ?? '<none>', pod.spec.nodeName ?? '<none>', '<none>', '<none>');
    return row;
  },
};

function nodeRoles(node: KubeObject): string {
  const roles = Object.keys(node.metadata.labels ?? {})
    .filter((label) => label.startsWith('node-role.kubernetes.io/'))
    .map((label) => label.slice('node-role.kubernetes.io/'.length));
  return roles.length > 0 ? roles.sort().join(',') : '<none>';
}

const nodePrinter: Printer = {
  header: (wide) => ['NAME', 'STATUS', 'ROLES', 'AGE', 'VERSION', ...(wide ? ['INTERNAL-IP', 'EXTERNAL-IP', 'OS-IMAGE', 'KERNEL-VERSION', 'CONTAINER-RUNTIME'] : [])],
  row(node, nowMs, wide) {
    const status = node.status as { conditions: { type: string; status: string }[]; nodeInfo: Record<string, string>; addresses: { type: string; address: string }[] };
    const ready = status.conditions.find((c) => c.type === 'Ready')?.status === 'True' ? 'Ready' : 'NotReady';
    const row = [node.metadata.name, ready + (node.spec?.unschedulable ? ',SchedulingDisabled' : ''), nodeRoles(node), ageOf(node.metadata.creationTimestamp, nowMs), status.nodeInfo.kubeletVersion];
    if (wide) {
      const address = (type: string) => status.addresses.find((a) => a.type === type)?.address ?? '<none>';
      row.push(address('InternalIP'), address('ExternalIP'), status.nodeInfo.osImage, status.nodeInfo.kernelVersion, status.nodeInfo.containerRuntimeVersion);
    }
    return row;
  },
};

const namespacePrinter: Printer = {
  header: () => ['NAME', 'STATUS', 'AGE'],
  row: (ns, nowMs) => [ns.metadata.name, (ns.status?.phase as string | undefined) ?? 'Active', ageOf(ns.metadata.creationTimestamp, nowMs)],
};

const eventPrinter: Printer = {
  header: () => ['LAST SEEN', 'TYPE', 'REASON', 'OBJECT', 'MESSAGE'],
  row(object, nowMs) {
    const event = object as EventObject;
    const seen = ageOf(event.lastTimestamp, nowMs) + (event.count > 1 ? ` (x${event.count} over ${ageOf(event.firstTimestamp, nowMs)})` : '');
    return [seen, event.type, event.reason, `${event.involvedObject.kind.toLowerCase()}/${event.involvedObject.name}`, event.message];
  },
};

interface WorkloadView {
  spec: { replicas: number; selector: { matchLabels: Record<string, string> }; template: { spec: { containers: { name: string; image: string }[] } } };
  status: { replicas?: number; readyReplicas?: number; updatedReplicas?: number; availableReplicas?: number };
}

function workloadWide(object: KubeObject): string[] {
  const { spec } = object as unknown as WorkloadView;
  const containers = spec.template.spec.containers;
  return [containers.map((c) => c.name).join(','), containers.map((c) => c.image).join(','), Object.entries(spec.selector.matchLabels).map(([k, v]) => `${k}=${v}`).join(',')];
}

const deploymentPrinter: Printer = {
  header: (wide) => ['NAME', 'READY', 'UP-TO-DATE', 'AVAILABLE', 'AGE', ...(wide ? ['CONTAINERS', 'IMAGES', 'SELECTOR'] : [])],
  row(object, nowMs, wide) {
    const { spec, status } = object as unknown as WorkloadView;
    const row = [object.metadata.name, `${status.readyReplicas ?? 0}/${spec.replicas}`, String(status.updatedReplicas ?? 0), String(status.availableReplicas ?? 0), ageOf(object.metadata.creationTimestamp, nowMs)];
    return wide ? [...row, ...workloadWide(object)] : row;
  },
};

const replicaSetPrinter: Printer = {
  header: (wide) => ['NAME', 'DESIRED', 'CURRENT', 'READY', 'AGE', ...(wide ? ['CONTAINERS', 'IMAGES', 'SELECTOR'] : [])],
  row(object, nowMs, wide) {
    const { spec, status } = object as unknown as WorkloadView;
    const row = [object.metadata.name, String(spec.replicas), String(status.replicas ?? 0), String(status.readyReplicas ?? 0), ageOf(object.metadata.creationTimestamp, nowMs)];
    return wide ? [...row, ...workloadWide(object)] : row;
  },
};

const servicePrinter: Printer = {
  header: (wide) => ['NAME', 'TYPE', 'CLUSTER-IP', 'EXTERNAL-IP', 'PORT(S)', 'AGE', ...(wide ? ['SELECTOR'] : [])],
  row(object, nowMs, wide) {
    const spec = object.spec as { type: string; clusterIP?: string; externalName?: string; selector?: Record<string, string>; ports?: { port: number; nodePort?: number; protocol: string }[] };
    const ports = (spec.ports ?? []).map((p) => `${p.port}${p.nodePort ? `:${p.nodePort}` : ''}/${p.protocol}`).join(',') || '<none>';
    const external = spec.type === 'LoadBalancer' ? '<pending>' : spec.type === 'ExternalName' ? (spec.externalName ?? '<none>') : '<none>';
    const row = [object.metadata.name, spec.type, spec.clusterIP ?? '<none>', external, ports, ageOf(object.metadata.creationTimestamp, nowMs)];
    if (wide) row.push(spec.selector ? Object.entries(spec.selector).map(([k, v]) => `${k}=${v}`).join(',') : '<none>');
    return row;
  },
};

const endpointSlicePrinter: Printer = {
  header: () => ['NAME', 'ADDRESSTYPE', 'PORTS', 'ENDPOINTS', 'AGE'],
  row(object, nowMs) {
    const ports = (object.ports as { port: number }[] | null) ?? [];
    const addresses = ((object.endpoints as { addresses: string[] }[] | undefined) ?? []).flatMap((e) => e.addresses);
    const shown = addresses.length === 0 ? '<unset>' : addresses.slice(0, 3).join(',') + (addresses.length > 3 ? ` + ${addresses.length - 3} more...` : '');
    return [object.metadata.name, String(object.addressType), ports.length > 0 ? ports.map((p) => p.port).join(',') : '<unset>', shown, ageOf(object.metadata.creationTimestamp, nowMs)];
  },
};

const configMapPrinter: Printer = {
  header: () => ['NAME', 'DATA', 'AGE'],
  row: (object, nowMs) => [object.metadata.name, String(Object.keys({ ...(object.data as object), ...(object.binaryData as object) }).length), ageOf(object.metadata.creationTimestamp, nowMs)],
};

const secretPrinter: Printer = {
  header: () => ['NAME', 'TYPE', 'DATA', 'AGE'],
  row: (object, nowMs) => [object.metadata.name, String(object.type ?? 'Opaque'), String(Object.keys((object.data as object) ?? {}).length), ageOf(object.metadata.creationTimestamp, nowMs)],
};

const serviceAccountPrinter: Printer = {
  header: () => ['NAME', 'SECRETS', 'AGE'],
  row: (object, nowMs) => [object.metadata.name, String(((object.secrets as unknown[]) ?? []).length), ageOf(object.metadata.creationTimestamp, nowMs)],
};

export const PRINTERS: Record<string, Printer> = {
  Service: servicePrinter,
  EndpointSlice: endpointSlicePrinter,
  ConfigMap: configMapPrinter,
  Secret: secretPrinter,
  ServiceAccount: serviceAccountPrinter,
  Pod: podPrinter,
  Node: nodePrinter,
  Namespace: namespacePrinter,
  Event: eventPrinter,
  Deployment: deploymentPrinter,
  ReplicaSet: replicaSetPrinter,
};

export function labelsColumn(object: KubeObject): string {
  const labels = Object.entries(object.metadata.labels ?? {});
  return labels.length > 0 ? labels.sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => `${k}=${v}`).join(',') : '<none>';
}
