/**
 * Builds a kind-like cluster: a control-plane node tainted NoSchedule, workers, the
 * standard namespaces and the system pods, all created a few minutes before the
 * workshop starts so AGE columns look lived-in.
 */
import type { World } from '../world.ts';
import type { Cluster } from './cluster.ts';
import { applyDefaults } from './defaults.ts';
import type { KubeObject, Pod } from './types.ts';

export const KUBERNETES_VERSION = 'v1.31.4';

export interface ClusterPlan {
  name: string;
  workers: number;
  /** How long before the world's start the cluster was created, in ms. */
  ageMs?: number;
}

function nodeObject(name: string, index: number, controlPlane: boolean, created: string): KubeObject {
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: {
      name,
      labels: {
        'beta.kubernetes.io/arch': 'amd64',
        'beta.kubernetes.io/os': 'linux',
        'kubernetes.io/arch': 'amd64',
        'kubernetes.io/hostname': name,
        'kubernetes.io/os': 'linux',
        ...(controlPlane ? { 'node-role.kubernetes.io/control-plane': '' } : {}),
      },
      creationTimestamp: created,
    },
    spec: {
      podCIDR: `10.244.${index}.0/24`,
      podCIDRs: [`10.244.${index}.0/24`],
      providerID: `kind://docker/lab/${name}`,
      ...(controlPlane ? { taints: [{ key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' }] } : {}),
    },
    status: {
      addresses: [
        { type: 'InternalIP', address: `172.18.0.${index + 2}` },
        { type: 'Hostname', address: name },
      ],
      conditions: [{ type: 'Ready', status: 'True', reason: 'KubeletReady', message: 'kubelet is posting ready status', lastTransitionTime: created }],
      nodeInfo: {
        kubeletVersion: KUBERNETES_VERSION,
        kubeProxyVersion: KUBERNETES_VERSION,
        osImage: 'Debian GNU/Linux 12 (bookworm)',
        kernelVersion: '6.8.0-45-generic',
        containerRuntimeVersion: 'containerd://1.7.24',
        architecture: 'amd64',
        operatingSystem: 'linux',
      },
      capacity: { cpu: '4', memory: '8131200Ki', pods: '110' },
    },
  };
}

function systemPod(name: string, node: string, image: string, hostNetwork: boolean, labels: Record<string, string>): Pod {
  return applyDefaults({
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, namespace: 'kube-system', labels },
    spec: {
      nodeName: node,
      hostNetwork,
      priorityClassName: 'system-node-critical',
      containers: [{ name: name.replace(/-[a-z0-9]{5}$/, '').replace(/-[a-z0-9]{9,10}$/, '').replace(/-lab-control-plane$/, ''), image }],
      tolerations: [{ operator: 'Exists' }],
    },
  } as unknown as KubeObject) as Pod;
}

export function bootstrapCluster(world: World, plan: ClusterPlan): Cluster {
  const cluster = world.addCluster(plan.name);
  const created = world.clock.toISOString(world.clock.now() - (plan.ageMs ?? 12 * 60_000));
  const store = cluster.store;
  for (const ns of ['default', 'kube-node-lease', 'kube-public', 'kube-system']) {
    store.create(applyDefaults({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns } }), { creationTimestamp: created });
  }
  const controlPlane = `${plan.name}-control-plane`;
  const nodeNames = [controlPlane, ...Array.from({ length: plan.workers }, (_, i) => `${plan.name}-worker${i === 0 ? '' : i + 1}`)];
  nodeNames.forEach((name, index) => store.create(nodeObject(name, index, index === 0, created), { creationTimestamp: created }));

  const service = (name: string, namespace: string, clusterIP: string, ports: Record<string, unknown>[], selector?: Record<string, string>, labels?: Record<string, string>) =>
    store.create(applyDefaults({ apiVersion: 'v1', kind: 'Service', metadata: { name, namespace, labels }, spec: { clusterIP, clusterIPs: [clusterIP], ports, ...(selector ? { selector } : {}) } }), { creationTimestamp: created });
  service('kubernetes', 'default', '10.96.0.1', [{ name: 'https', port: 443, protocol: 'TCP', targetPort: 6443 }], undefined, { component: 'apiserver', provider: 'kubernetes' });
  service('kube-dns', 'kube-system', '10.96.0.10', [
    { name: 'dns', port: 53, protocol: 'UDP', targetPort: 53 },
    { name: 'dns-tcp', port: 53, protocol: 'TCP', targetPort: 53 },
    { name: 'metrics', port: 9153, protocol: 'TCP', targetPort: 9153 },
  ], { 'k8s-app': 'kube-dns' }, { 'k8s-app': 'kube-dns', 'kubernetes.io/cluster-service': 'true', 'kubernetes.io/name': 'CoreDNS' });

  const pods: Pod[] = [];
  const dnsHash = world.random.string(10);
  pods.push(systemPod(`coredns-${dnsHash}-${world.random.string(5)}`, controlPlane, 'registry.k8s.io/coredns/coredns:v1.11.3', false, { 'k8s-app': 'kube-dns' }));
  pods.push(systemPod(`coredns-${dnsHash}-${world.random.string(5)}`, controlPlane, 'registry.k8s.io/coredns/coredns:v1.11.3', false, { 'k8s-app': 'kube-dns' }));
  for (const component of ['etcd', 'kube-apiserver', 'kube-controller-manager', 'kube-scheduler']) {
    pods.push(systemPod(`${component}-${controlPlane}`, controlPlane, `registry.k8s.io/${component}:${component === 'etcd' ? '3.5.15-0' : KUBERNETES_VERSION}`, true, { component, tier: 'control-plane' }));
  }
  for (const node of nodeNames) {
    pods.push(systemPod(`kindnet-${world.random.string(5)}`, node, 'docker.io/kindest/kindnetd:v20241108-5c6d2daf', true, { app: 'kindnet', 'k8s-app': 'kindnet' }));
    pods.push(systemPod(`kube-proxy-${world.random.string(5)}`, node, `registry.k8s.io/kube-proxy:${KUBERNETES_VERSION}`, true, { 'k8s-app': 'kube-proxy' }));
  }
  for (const pod of pods) {
    const node = store.get('Node', undefined, pod.spec.nodeName!)!;
    const nodeIp = (node.status!.addresses as { address: string }[])[0].address;
    const index = nodeNames.indexOf(pod.spec.nodeName!);
    const podIp = pod.spec.hostNetwork ? nodeIp : `10.244.${index}.${2 + pods.filter((p) => !p.spec.hostNetwork && p.spec.nodeName === pod.spec.nodeName).indexOf(pod)}`;
    pod.status = {
      phase: 'Running',
      hostIP: nodeIp,
      podIP: podIp,
      podIPs: [{ ip: podIp }],
      startTime: created,
      conditions: ['PodReadyToStartContainers', 'Initialized', 'Ready', 'ContainersReady', 'PodScheduled'].map((type) => ({ type, status: 'True' as const, lastTransitionTime: created })),
      containerStatuses: pod.spec.containers.map((c) => ({ name: c.name, image: c.image, ready: true, started: true, restartCount: 0, state: { running: { startedAt: created } } })),
    };
    store.create(pod, { creationTimestamp: created });
  }
  return cluster;
}
