/**
 * The kinds the API server knows: their group/version, names for kubectl (plural,
 * singular, short names) and scope. Later issues add Deployments, CRDs and more here.
 */

export interface KindInfo {
  kind: string;
  /** `v1`, `apps/v1`, … */
  apiVersion: string;
  plural: string;
  singular: string;
  shortNames: string[];
  namespaced: boolean;
}

export const KINDS: KindInfo[] = [
  { kind: 'Namespace', apiVersion: 'v1', plural: 'namespaces', singular: 'namespace', shortNames: ['ns'], namespaced: false },
  { kind: 'Node', apiVersion: 'v1', plural: 'nodes', singular: 'node', shortNames: ['no'], namespaced: false },
  { kind: 'Pod', apiVersion: 'v1', plural: 'pods', singular: 'pod', shortNames: ['po'], namespaced: true },
  { kind: 'Event', apiVersion: 'v1', plural: 'events', singular: 'event', shortNames: ['ev'], namespaced: true },
  { kind: 'Service', apiVersion: 'v1', plural: 'services', singular: 'service', shortNames: ['svc'], namespaced: true },
  { kind: 'EndpointSlice', apiVersion: 'discovery.k8s.io/v1', plural: 'endpointslices', singular: 'endpointslice', shortNames: [], namespaced: true },
  { kind: 'ConfigMap', apiVersion: 'v1', plural: 'configmaps', singular: 'configmap', shortNames: ['cm'], namespaced: true },
  { kind: 'Secret', apiVersion: 'v1', plural: 'secrets', singular: 'secret', shortNames: [], namespaced: true },
  { kind: 'ServiceAccount', apiVersion: 'v1', plural: 'serviceaccounts', singular: 'serviceaccount', shortNames: ['sa'], namespaced: true },
  { kind: 'Deployment', apiVersion: 'apps/v1', plural: 'deployments', singular: 'deployment', shortNames: ['deploy'], namespaced: true },
  { kind: 'ReplicaSet', apiVersion: 'apps/v1', plural: 'replicasets', singular: 'replicaset', shortNames: ['rs'], namespaced: true },
];

/** How kubectl names a kind in its messages: `pod`, `deployment.apps`. */
export function qualifiedName(info: KindInfo): string {
  const group = info.apiVersion.includes('/') ? info.apiVersion.split('/')[0] : '';
  return group ? `${info.singular}.${group}` : info.singular;
}

/** Find a kind by anything kubectl accepts: `pods`, `pod`, `po`, `Pod`, `pods.v1`. */
export function resolveResource(name: string): KindInfo | undefined {
  const lower = name.toLowerCase().replace(/\.v1$/, '').replace(/\.(apps|discovery\.k8s\.io)(\/v1)?$/, '');
  return KINDS.find((k) => k.plural === lower || k.singular === lower || k.shortNames.includes(lower) || k.kind.toLowerCase() === lower);
}

export function kindInfo(kind: string): KindInfo | undefined {
  return KINDS.find((k) => k.kind === kind);
}

/** A manifest's apiVersion/kind pair, if the API server serves it. */
export function servedKind(apiVersion: string, kind: string): KindInfo | undefined {
  return KINDS.find((k) => k.kind === kind && k.apiVersion === apiVersion);
}
