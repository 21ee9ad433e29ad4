/**
 * Server-side defaulting, as the API server fills in what a manifest leaves out.
 */
import { defaultPullPolicy } from './images.ts';
import type { KubeObject, Pod } from './types.ts';

/** base64 of UTF-8 text, without Node's Buffer (the sandbox also runs in a worker). */
export function base64(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

export function applyDefaults(object: KubeObject): KubeObject {
  if (object.kind === 'Service') {
    const spec = (object.spec ?? {}) as Record<string, unknown> & { ports?: Record<string, unknown>[]; type?: string };
    object.spec = {
      type: 'ClusterIP',
      sessionAffinity: 'None',
      ipFamilies: ['IPv4'],
      ipFamilyPolicy: 'SingleStack',
      internalTrafficPolicy: 'Cluster',
      ...(spec.type === 'NodePort' || spec.type === 'LoadBalancer' ? { externalTrafficPolicy: 'Cluster' } : {}),
      ...spec,
      ports: (spec.ports ?? []).map((port) => ({ protocol: 'TCP', targetPort: port.port, ...port })),
    };
    object.status = object.status ?? { loadBalancer: {} };
  }
  if (object.kind === 'Secret') {
    const stringData = (object.stringData as Record<string, string> | undefined) ?? {};
    object.data = { ...((object.data as Record<string, string> | undefined) ?? {}), ...Object.fromEntries(Object.entries(stringData).map(([k, v]) => [k, base64(v)])) };
    delete object.stringData;
    object.type = object.type ?? 'Opaque';
  }
  if (object.kind === 'Pod') return defaultPod(object as Pod);
  if (object.kind === 'Deployment' || object.kind === 'ReplicaSet') {
    const spec = (object.spec ?? {}) as Record<string, unknown> & { template?: { metadata?: Record<string, unknown>; spec: Pod['spec'] } };
    if (spec.template?.spec) {
      const templatePod = defaultPod({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'template' }, spec: spec.template.spec } as Pod);
      spec.template = { metadata: spec.template.metadata ?? {}, spec: templatePod.spec };
    }
    object.spec = {
      replicas: 1,
      ...(object.kind === 'Deployment'
        ? { revisionHistoryLimit: 10, progressDeadlineSeconds: 600, strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: '25%', maxUnavailable: '25%' } } }
        : {}),
      ...spec,
    };
    object.status = object.status ?? {};
  }
  if (object.kind === 'Namespace') {
    object.spec = { finalizers: ['kubernetes'], ...(object.spec ?? {}) };
    object.metadata.labels = { ...(object.metadata.labels ?? {}), 'kubernetes.io/metadata.name': object.metadata.name };
  }
  return object;
}

export function defaultPod(pod: Pod): Pod {
  const spec = pod.spec;
  spec.containers = spec.containers.map((container) => ({
    ...container,
    imagePullPolicy: container.imagePullPolicy ?? defaultPullPolicy(container.image),
    terminationMessagePath: container.terminationMessagePath ?? '/dev/termination-log',
    terminationMessagePolicy: container.terminationMessagePolicy ?? 'File',
    resources: container.resources ?? {},
    ports: container.ports?.map((port) => ({ ...port, protocol: port.protocol ?? 'TCP' })),
  }));
  for (const container of spec.containers) if (container.ports === undefined) delete container.ports;
  pod.spec = {
    restartPolicy: 'Always',
    terminationGracePeriodSeconds: 30,
    dnsPolicy: 'ClusterFirst',
    serviceAccountName: 'default',
    serviceAccount: 'default',
    securityContext: {},
    schedulerName: 'default-scheduler',
    enableServiceLinks: true,
    preemptionPolicy: 'PreemptLowerPriority',
    priority: 0,
    tolerations: [
      { key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
      { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
    ],
    ...spec,
  } as Pod['spec'];
  pod.status = pod.status ?? { phase: 'Pending', qosClass: 'BestEffort' };
  return pod;
}
