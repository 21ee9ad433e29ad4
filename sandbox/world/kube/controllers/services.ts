/**
 * Services and their EndpointSlices: the API server's ClusterIP and NodePort
 * allocation (deterministic: the next free address or port), and the EndpointSlice
 * controller listing the ready pods a Service's selector picks, with target ports
 * resolved (named ports looked up in each pod's containers).
 */
import type { Cluster } from '../cluster.ts';
import { matchLabels } from '../selectors.ts';
import type { KubeObject, Pod } from '../types.ts';

export interface ServicePort {
  name?: string;
  protocol: string;
  port: number;
  targetPort: number | string;
  nodePort?: number;
}

export interface ServiceSpec {
  type: string;
  selector?: Record<string, string>;
  ports: ServicePort[];
  clusterIP?: string;
  clusterIPs?: string[];
}

const SERVICE_CIDR_BASE = '10.96';

function allocateClusterIp(cluster: Cluster): string {
  const used = new Set(cluster.store.list('Service').map((s) => (s.spec as unknown as ServiceSpec).clusterIP));
  for (let n = 11; n < 65_000; n++) {
    const ip = `${SERVICE_CIDR_BASE}.${Math.floor(n / 254)}.${(n % 254) + 1}`;
    if (!used.has(ip)) return ip;
  }
  throw new Error('the service address range is exhausted');
}

function allocateNodePort(cluster: Cluster): number {
  const used = new Set(cluster.store.list('Service').flatMap((s) => (s.spec as unknown as ServiceSpec).ports.map((p) => p.nodePort)));
  // Deterministic, but spread like the real allocator rather than starting at 30000.
  for (let i = 0; i < 2768; i++) {
    const port = 30000 + ((i * 7919 + 1234) % 2768);
    if (!used.has(port)) return port;
  }
  throw new Error('no free node ports');
}

export function allocateServiceAddresses(cluster: Cluster): boolean {
  let changed = false;
  for (const service of cluster.store.list('Service')) {
    const spec = service.spec as unknown as ServiceSpec;
    const next = structuredClone(service);
    const nextSpec = next.spec as unknown as ServiceSpec;
    if (!spec.clusterIP && spec.type !== 'ExternalName') {
      nextSpec.clusterIP = allocateClusterIp(cluster);
      nextSpec.clusterIPs = [nextSpec.clusterIP];
    }
    if (spec.type === 'NodePort' || spec.type === 'LoadBalancer') {
      for (const port of nextSpec.ports) if (!port.nodePort) port.nodePort = allocateNodePort(cluster);
    }
    changed = cluster.store.update(next) || changed;
  }
  return changed;
}

/** The container port a Service port sends to on this pod, if the pod has it. */
export function resolveTargetPort(pod: Pod, port: ServicePort): number | undefined {
  if (typeof port.targetPort === 'number') return port.targetPort;
  if (/^\d+$/.test(port.targetPort)) return Number(port.targetPort);
  for (const container of pod.spec.containers) {
    const found = container.ports?.find((p) => p.name === port.targetPort);
    if (found) return found.containerPort;
  }
  return undefined;
}

function isReady(pod: Pod): boolean {
  return pod.status.phase === 'Running' && (pod.status.containerStatuses ?? []).every((s) => s.ready);
}

export function reconcileEndpointSlices(cluster: Cluster): boolean {
  let changed = false;
  for (const service of cluster.store.list('Service')) {
    const spec = service.spec as unknown as ServiceSpec;
    if (!spec.selector) continue;
    const namespace = service.metadata.namespace;
    const pods = cluster.pods(namespace).filter((pod) => pod.status.podIP && matchLabels(pod.metadata.labels, spec.selector!));
    const sample = pods[0];
    const ports = spec.ports.map((port) => ({ name: port.name ?? '', protocol: port.protocol, port: (sample && resolveTargetPort(sample, port)) ?? (typeof port.targetPort === 'number' ? port.targetPort : port.port) }));
    const endpoints = pods.map((pod) => ({
      addresses: [pod.status.podIP!],
      conditions: { ready: isReady(pod), serving: isReady(pod), terminating: false },
      nodeName: pod.spec.nodeName,
      targetRef: { kind: 'Pod', name: pod.metadata.name, namespace, uid: pod.metadata.uid },
    }));
    const existing = cluster.store.list('EndpointSlice', { namespace }).find((slice) => slice.metadata.labels?.['kubernetes.io/service-name'] === service.metadata.name);
    const desired: KubeObject = {
      apiVersion: 'discovery.k8s.io/v1',
      kind: 'EndpointSlice',
      metadata: {
        name: existing?.metadata.name ?? `${service.metadata.name}-${cluster.world.random.string(5)}`,
        namespace,
        labels: { 'endpointslice.kubernetes.io/managed-by': 'endpointslice-controller.k8s.io', 'kubernetes.io/service-name': service.metadata.name },
        ownerReferences: [{ apiVersion: 'v1', kind: 'Service', name: service.metadata.name, uid: service.metadata.uid, controller: true, blockOwnerDeletion: true }],
      },
      addressType: 'IPv4',
      endpoints,
      ports: endpoints.length > 0 ? ports : null,
    };
    if (!existing) {
      cluster.store.create(desired);
      changed = true;
    } else {
      const next = { ...structuredClone(existing), endpoints: desired.endpoints, ports: desired.ports };
      changed = cluster.store.update(next) || changed;
    }
  }
  return changed;
}

/** Every namespace gets its `default` ServiceAccount and the cluster CA bundle, as controllers provide. */
export function populateNamespaces(cluster: Cluster): boolean {
  let changed = false;
  for (const ns of cluster.store.list('Namespace')) {
    const namespace = ns.metadata.name;
    if (!cluster.store.get('ServiceAccount', namespace, 'default')) {
      cluster.store.create({ apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'default', namespace } });
      changed = true;
    }
    if (!cluster.store.get('ConfigMap', namespace, 'kube-root-ca.crt')) {
      cluster.store.create({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'kube-root-ca.crt', namespace }, data: { 'ca.crt': '-----BEGIN CERTIFICATE-----\nMIIC/jCCAeagAwIBAgIBADANBgkqhkiG9w0BAQsFADAVMRMwEQYDVQQDEwprdWJl\n-----END CERTIFICATE-----\n' } });
      changed = true;
    }
  }
  return changed;
}
