/**
 * What the API server rejects in this slice: unknown fields (strict decoding, as
 * kubectl's default server-side field validation does), wrong types, required
 * fields and invalid names. Full OpenAPI schema validation replaces the field lists
 * here when more kinds arrive.
 */
import { ApiError } from './errors.ts';
import type { KubeObject } from './types.ts';

const OBJECT_META = ['name', 'generateName', 'namespace', 'labels', 'annotations', 'uid', 'resourceVersion', 'generation', 'creationTimestamp', 'deletionTimestamp', 'deletionGracePeriodSeconds', 'ownerReferences', 'finalizers', 'managedFields', 'selfLink'];
const POD_SPEC = ['containers', 'initContainers', 'ephemeralContainers', 'nodeName', 'nodeSelector', 'tolerations', 'affinity', 'restartPolicy', 'terminationGracePeriodSeconds', 'activeDeadlineSeconds', 'dnsPolicy', 'dnsConfig', 'serviceAccountName', 'serviceAccount', 'automountServiceAccountToken', 'securityContext', 'schedulerName', 'enableServiceLinks', 'preemptionPolicy', 'priority', 'priorityClassName', 'volumes', 'hostNetwork', 'hostPID', 'hostIPC', 'hostname', 'subdomain', 'imagePullSecrets', 'topologySpreadConstraints', 'readinessGates', 'runtimeClassName', 'shareProcessNamespace', 'overhead', 'os', 'hostAliases', 'setHostnameAsFQDN', 'resourceClaims', 'schedulingGates', 'hostUsers'];
const CONTAINER = ['name', 'image', 'command', 'args', 'workingDir', 'ports', 'envFrom', 'env', 'resources', 'resizePolicy', 'restartPolicy', 'volumeMounts', 'volumeDevices', 'livenessProbe', 'readinessProbe', 'startupProbe', 'lifecycle', 'terminationMessagePath', 'terminationMessagePolicy', 'imagePullPolicy', 'securityContext', 'stdin', 'stdinOnce', 'tty'];
const CONTAINER_PORT = ['name', 'containerPort', 'protocol', 'hostPort', 'hostIP'];
const TOP_LEVEL = ['apiVersion', 'kind', 'metadata', 'spec', 'status'];
/** Kinds whose content is not under spec have their own top-level fields. */
const TOP_LEVEL_BY_KIND: Record<string, string[]> = {
  ConfigMap: ['apiVersion', 'kind', 'metadata', 'data', 'binaryData', 'immutable'],
  Secret: ['apiVersion', 'kind', 'metadata', 'data', 'stringData', 'type', 'immutable'],
  ServiceAccount: ['apiVersion', 'kind', 'metadata', 'secrets', 'imagePullSecrets', 'automountServiceAccountToken'],
};
const SERVICE_SPEC = ['type', 'selector', 'ports', 'clusterIP', 'clusterIPs', 'externalIPs', 'externalName', 'externalTrafficPolicy', 'internalTrafficPolicy', 'sessionAffinity', 'sessionAffinityConfig', 'ipFamilies', 'ipFamilyPolicy', 'loadBalancerIP', 'loadBalancerSourceRanges', 'loadBalancerClass', 'allocateLoadBalancerNodePorts', 'healthCheckNodePort', 'publishNotReadyAddresses', 'trafficDistribution'];
const SERVICE_PORT = ['name', 'protocol', 'port', 'targetPort', 'nodePort', 'appProtocol'];

const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function unknownFields(value: unknown, allowed: string[], path: string): string[] {
  if (!isRecord(value)) return [];
  return Object.keys(value)
    .filter((field) => !allowed.includes(field))
    .map((field) => `unknown field "${path}${field}"`);
}

const DEPLOYMENT_SPEC = ['replicas', 'selector', 'template', 'strategy', 'minReadySeconds', 'revisionHistoryLimit', 'paused', 'progressDeadlineSeconds'];
const REPLICASET_SPEC = ['replicas', 'selector', 'template', 'minReadySeconds'];

function podSpecErrors(spec: unknown, path: string): string[] {
  if (!isRecord(spec)) return [];
  const errors = unknownFields(spec, POD_SPEC, path);
  const containers = Array.isArray(spec.containers) ? spec.containers : [];
  containers.forEach((container: unknown, i: number) => {
    errors.push(...unknownFields(container, CONTAINER, `${path}containers[${i}].`));
    const ports = isRecord(container) && Array.isArray(container.ports) ? container.ports : [];
    ports.forEach((port: unknown, j: number) => errors.push(...unknownFields(port, CONTAINER_PORT, `${path}containers[${i}].ports[${j}].`)));
  });
  return errors;
}

/** Strict decoding: unknown fields and type mismatches become BadRequest errors. */
function decodeErrors(object: KubeObject): string[] {
  const errors = [...unknownFields(object, TOP_LEVEL_BY_KIND[object.kind] ?? TOP_LEVEL, ''), ...unknownFields(object.metadata, OBJECT_META, 'metadata.')];
  if (object.kind === 'Service' && isRecord(object.spec)) {
    errors.push(...unknownFields(object.spec, SERVICE_SPEC, 'spec.'));
    const ports = Array.isArray(object.spec.ports) ? object.spec.ports : [];
    ports.forEach((port: unknown, i: number) => errors.push(...unknownFields(port, SERVICE_PORT, `spec.ports[${i}].`)));
  }
  if (object.kind === 'Pod') errors.push(...podSpecErrors(object.spec, 'spec.'));
  if ((object.kind === 'Deployment' || object.kind === 'ReplicaSet') && isRecord(object.spec)) {
    errors.push(...unknownFields(object.spec, object.kind === 'Deployment' ? DEPLOYMENT_SPEC : REPLICASET_SPEC, 'spec.'));
    const template = object.spec.template;
    errors.push(...unknownFields(template, ['metadata', 'spec'], 'spec.template.'));
    if (isRecord(template)) {
      errors.push(...unknownFields(template.metadata, OBJECT_META, 'spec.template.metadata.'));
      errors.push(...podSpecErrors(template.spec, 'spec.template.spec.'));
    }
  }
  if (object.kind === 'Namespace') errors.push(...unknownFields(object.spec, ['finalizers'], 'spec.'));
  return errors;
}

function typeError(object: KubeObject): string | undefined {
  for (const field of ['labels', 'annotations'] as const) {
    const map = object.metadata[field];
    if (map === undefined || map === null) continue;
    if (!isRecord(map)) return `json: cannot unmarshal ${jsonType(map)} into Go struct field ObjectMeta.metadata.${field} of type map[string]string`;
    for (const value of Object.values(map)) {
      if (typeof value !== 'string') return `json: cannot unmarshal ${jsonType(value)} into Go struct field ObjectMeta.metadata.${field} of type string`;
    }
  }
  if (object.kind === 'Pod' && isRecord(object.spec)) {
    if (object.spec.containers !== undefined && !Array.isArray(object.spec.containers)) {
      return `json: cannot unmarshal ${jsonType(object.spec.containers)} into Go struct field PodSpec.spec.containers of type []v1.Container`;
    }
    for (const container of (object.spec.containers as unknown[]) ?? []) {
      if (!isRecord(container)) continue;
      for (const port of Array.isArray(container.ports) ? container.ports : []) {
        if (isRecord(port) && port.containerPort !== undefined && !Number.isInteger(port.containerPort)) {
          return `json: cannot unmarshal ${jsonType(port.containerPort)} into Go struct field ContainerPort.spec.containers.ports.containerPort of type int32`;
        }
      }
    }
  }
  return undefined;
}

function jsonType(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (value === null) return 'null';
  return typeof value === 'object' ? 'object' : typeof value;
}

/** Throws the API server's error for a manifest it would not accept. */
export function validateObject(object: KubeObject): void {
  const decodeProblem = typeError(object) ?? (decodeErrors(object).length > 0 ? `strict decoding error: ${decodeErrors(object).join(', ')}` : undefined);
  if (decodeProblem) {
    throw new ApiError('BadRequest', `${object.kind} in version "${object.apiVersion}" cannot be handled as a ${object.kind}: ${decodeProblem}`);
  }
  const invalid: string[] = [];
  const name = object.metadata.name;
  const nameRule = object.kind === 'Namespace' ? DNS1123_LABEL : DNS1123_SUBDOMAIN;
  if (!nameRule.test(name) || name.length > (object.kind === 'Namespace' ? 63 : 253)) {
    invalid.push(
      object.kind === 'Namespace'
        ? `metadata.name: Invalid value: "${name}": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')`
        : `metadata.name: Invalid value: "${name}": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')`,
    );
  }
  for (const [key, value] of Object.entries(object.metadata.labels ?? {})) {
    if (!/^([a-z0-9]([-a-z0-9.]*[a-z0-9])?\/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$/.test(key)) {
      invalid.push(`metadata.labels: Invalid value: "${key}": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')`);
    }
    if (value !== '' && !/^[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$/.test(value)) {
      invalid.push(`metadata.labels: Invalid value: "${value}": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')`);
    }
  }
  if (object.kind === 'Pod') invalid.push(...podProblems(object.spec, 'spec.'));
  if (object.kind === 'Deployment' || object.kind === 'ReplicaSet') invalid.push(...workloadProblems(object));
  if (object.kind === 'Service') invalid.push(...serviceProblems(object));
  if (object.kind === 'ConfigMap' || object.kind === 'Secret') {
    for (const key of Object.keys((object.data as Record<string, unknown> | undefined) ?? {})) {
      if (!/^[-._a-zA-Z0-9]+$/.test(key)) invalid.push(`data[${key}]: Invalid value: "${key}": a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')`);
    }
  }
  if (invalid.length > 0) {
    const summary = invalid.length === 1 ? invalid[0] : `[${invalid.join(', ')}]`;
    throw new ApiError('Invalid', `${object.kind} "${name}" is invalid: ${summary}`);
  }
}

function serviceProblems(service: KubeObject): string[] {
  const spec = (service.spec ?? {}) as { type?: string; ports?: { port?: number; name?: string; protocol?: string }[]; clusterIP?: string };
  const problems: string[] = [];
  const type = spec.type ?? 'ClusterIP';
  if (!['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName'].includes(type)) problems.push(`spec.type: Unsupported value: "${type}": supported values: "ClusterIP", "ExternalName", "LoadBalancer", "NodePort"`);
  const ports = spec.ports ?? [];
  if (ports.length === 0 && spec.clusterIP !== 'None' && type !== 'ExternalName') problems.push('spec.ports: Required value');
  ports.forEach((port, i) => {
    if (port.port === undefined) problems.push(`spec.ports[${i}].port: Required value`);
    else if (!Number.isInteger(port.port) || port.port < 1 || port.port > 65535) problems.push(`spec.ports[${i}].port: Invalid value: ${port.port}: must be between 1 and 65535, inclusive`);
    if (ports.length > 1 && !port.name) problems.push(`spec.ports[${i}].name: Required value`);
  });
  return problems;
}

function workloadProblems(object: KubeObject): string[] {
  const spec = (object.spec ?? {}) as { selector?: { matchLabels?: Record<string, string> }; template?: { metadata?: { labels?: Record<string, string> }; spec?: Record<string, unknown> }; replicas?: number };
  const problems: string[] = [];
  const wanted = spec.selector?.matchLabels;
  if (!wanted || Object.keys(wanted).length === 0) problems.push('spec.selector: Required value');
  const labels = spec.template?.metadata?.labels ?? {};
  if (wanted && Object.entries(wanted).some(([k, v]) => labels[k] !== v)) {
    const shown = `map[string]string{${Object.entries(labels).map(([k, v]) => `"${k}":"${v}"`).join(', ')}}`;
    problems.push(`spec.template.metadata.labels: Invalid value: ${shown}: \`selector\` does not match template \`labels\``);
  }
  if (spec.replicas !== undefined && (!Number.isInteger(spec.replicas) || spec.replicas < 0)) problems.push(`spec.replicas: Invalid value: ${spec.replicas}: must be greater than or equal to 0`);
  problems.push(...podProblems(spec.template?.spec, 'spec.template.spec.'));
  return problems;
}

function podProblems(podSpec: Record<string, unknown> | undefined, path: string): string[] {
  const problems: string[] = [];
  const containers = (podSpec?.containers as Record<string, unknown>[] | undefined) ?? [];
  if (containers.length === 0) problems.push(`${path}containers: Required value`);
  const seen = new Set<string>();
  containers.forEach((container, i) => {
    const name = container.name;
    if (typeof name !== 'string' || name === '') problems.push(`${path}containers[${i}].name: Required value`);
    else if (!DNS1123_LABEL.test(name)) problems.push(`${path}containers[${i}].name: Invalid value: "${name}": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')`);
    else if (seen.has(name)) problems.push(`${path}containers[${i}].name: Duplicate value: "${name}"`);
    if (typeof name === 'string') seen.add(name);
    if (typeof container.image !== 'string' || container.image.trim() === '') problems.push(`${path}containers[${i}].image: Required value`);
    for (const [j, port] of ((container.ports as Record<string, unknown>[] | undefined) ?? []).entries()) {
      const number = port.containerPort as number | undefined;
      if (number === undefined) problems.push(`${path}containers[${i}].ports[${j}].containerPort: Required value`);
      else if (number < 1 || number > 65535) problems.push(`${path}containers[${i}].ports[${j}].containerPort: Invalid value: ${number}: must be between 1 and 65535, inclusive`);
    }
  });
  return problems;
}
