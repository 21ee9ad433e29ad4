/**
 * `kubectl apply -f` and `kubectl create -f`: send manifests to the API server.
 * Apply creates what is missing and updates what differs (recording the
 * last-applied configuration as kubectl does), and says created, configured or
 * unchanged for each object.
 */
import type { CommandContext } from '../command.ts';
import type { Cluster } from '../../world/kube/cluster.ts';
import { applyDefaults } from '../../world/kube/defaults.ts';
import { ApiError } from '../../world/kube/errors.ts';
import { servedKind, qualifiedName } from '../../world/kube/kinds.ts';
import { clone, sameData } from '../../world/kube/store.ts';
import type { KubeObject, Pod } from '../../world/kube/types.ts';
import { validateObject } from '../../world/kube/validation.ts';
import { apiErrorText, kubectlError, startKubectl, type KubectlRun } from './context.ts';
import { boolFlag, flagList } from './flags.ts';
import { ManifestError, readManifests, type Manifest } from './manifests.ts';

const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

export const applyHelp = `Apply a configuration to a resource by file name or stdin. The resource name must be specified. This resource will be created if it doesn't exist yet.

 JSON and YAML formats are accepted.

Examples:
  # Apply the configuration in pod.yaml to a pod
  kubectl apply -f ./pod.yaml

  # Apply every manifest in a directory
  kubectl apply -f ./manifests/

  # Apply the YAML passed into stdin to a pod
  cat pod.yaml | kubectl apply -f -

Options:
    -f, --filename=[]: The files that contain the configurations to apply.
    -R, --recursive=false: Process the directory used in -f, --filename recursively.
    -n, --namespace='': If present, the namespace scope for this CLI request.

Usage:
  kubectl apply (-f FILENAME | -k DIRECTORY) [options]
`;

/** Pods are mostly immutable: only images (and a few fields) may change in place. */
function podUpdateForbidden(current: Pod, next: Pod): boolean {
  const strip = (pod: Pod) => {
    const spec = clone(pod.spec) as Record<string, unknown> & Pod['spec'];
    delete spec.nodeName;
    spec.containers = spec.containers.map((c) => ({ ...c, image: '' }));
    delete spec.activeDeadlineSeconds;
    delete spec.tolerations;
    return spec;
  };
  return !sameData(strip(current), strip(next));
}

function describeTarget(manifest: Manifest): string {
  const { object } = manifest;
  return `name: "${object.metadata?.name ?? ''}" namespace: "${object.metadata?.namespace ?? ''}" from "${manifest.source}"`;
}

/** Returns the line kubectl prints for this object. Throws ApiError or ManifestError. */
export function applyObject(run: KubectlRun, manifest: Manifest, mode: 'apply' | 'create'): string {
  const { cluster } = run;
  const object = clone(manifest.object);
  const missing = [...(object.apiVersion ? [] : ['apiVersion not set']), ...(object.kind ? [] : ['kind not set'])];
  if (missing.length > 0) {
    const list = missing.length === 1 ? missing[0] : `[${missing.join(', ')}]`;
    throw new ManifestError(`error validating "${manifest.source}": error validating data: ${list}; if you choose to ignore these errors, turn validation off with --validate=false`);
  }
  const info = servedKind(object.apiVersion, object.kind);
  if (!info) {
    throw new ManifestError(`resource mapping not found for ${describeTarget(manifest)}: no matches for kind "${object.kind}" in version "${object.apiVersion}"\nensure CRDs are installed first`);
  }
  object.metadata = object.metadata ?? ({} as KubeObject['metadata']);
  if (!object.metadata.name) {
    throw new ManifestError(`error when retrieving current configuration of:\nResource: "/${info.apiVersion}, Resource=${info.plural}", GroupVersionKind: "/${info.apiVersion}, Kind=${info.kind}"\nName: "", Namespace: "${info.namespaced ? (object.metadata.namespace ?? run.namespace) : ''}"\nfrom server for: "${manifest.source}": resource name may not be empty`);
  }
  if (info.namespaced) {
    const declared = object.metadata.namespace;
    if (declared && run.namespaceGiven && declared !== run.namespace) {
      throw new ManifestError(`the namespace from the provided object "${declared}" does not match the namespace "${run.namespace}". You must pass '--namespace=${declared}' to perform this operation.`);
    }
    object.metadata.namespace = declared ?? run.namespace;
  } else {
    delete object.metadata.namespace;
  }
  const during = (verb: string) => `error when ${verb} "${manifest.source}"`;
  try {
    validateObject(object);
  } catch (error) {
    if (error instanceof ApiError) throw Object.assign(error, { during: during('creating') });
    throw error;
  }
  const ref = `${qualifiedName(info)}/${object.metadata.name}`;
  const current = cluster.store.get(info.kind, object.metadata.namespace, object.metadata.name);
  if (mode === 'apply') {
    object.metadata.annotations = { ...(object.metadata.annotations ?? {}), [LAST_APPLIED]: JSON.stringify(manifest.object) + '\n' };
  }
  if (!current) {
    try {
      cluster.store.create(applyDefaults(object));
    } catch (error) {
      if (error instanceof ApiError) throw Object.assign(error, { during: during('creating') });
      throw error;
    }
    return `${ref} created`;
  }
  if (mode === 'create') throw Object.assign(new ApiError('AlreadyExists', `${info.plural} "${object.metadata.name}" already exists`), { during: during('creating') });
  return updateExisting(cluster, current, applyDefaults(object), ref);
}

/** The API server keeps a Service's allocated ClusterIP and node ports when a manifest leaves them out. */
function keepAllocations(current: KubeObject, next: KubeObject): void {
  const was = current.spec as { clusterIP?: string; clusterIPs?: string[]; ports?: { port: number; nodePort?: number }[] };
  const now = next.spec as typeof was;
  now.clusterIP ??= was.clusterIP;
  now.clusterIPs ??= was.clusterIPs;
  for (const port of now.ports ?? []) port.nodePort ??= was.ports?.find((p) => p.port === port.port)?.nodePort;
}

function updateExisting(cluster: Cluster, current: KubeObject, desired: KubeObject, ref: string): string {
  const next = clone(current);
  next.metadata.labels = desired.metadata.labels;
  next.metadata.annotations = desired.metadata.annotations;
  if (!next.metadata.labels) delete next.metadata.labels;
  if (current.kind === 'Pod') {
    const pod = next as Pod;
    const wanted = desired as Pod;
    if (podUpdateForbidden(current as Pod, wanted)) {
      throw new ApiError(
        'Invalid',
        `Pod "${current.metadata.name}" is invalid: spec: Forbidden: pod updates may not change fields other than \`spec.containers[*].image\`,\`spec.initContainers[*].image\`,\`spec.activeDeadlineSeconds\`,\`spec.tolerations\` (only additions to existing tolerations),\`spec.terminationGracePeriodSeconds\` (allow it to be set to 1 if it was previously negative)`,
      );
    }
    pod.spec.containers = pod.spec.containers.map((c, i) => ({ ...c, image: wanted.spec.containers[i].image }));
  } else if (desired.spec) {
    next.spec = desired.spec;
    if (current.kind === 'Service') keepAllocations(current, next);
  }
  for (const field of ['data', 'binaryData', 'type', 'immutable', 'secrets', 'automountServiceAccountToken']) {
    if (field in desired) next[field] = desired[field];
    else if (current.kind === 'ConfigMap' || current.kind === 'Secret') delete next[field];
  }
  return cluster.store.update(next) ? `${ref} configured` : `${ref} unchanged`;
}

export async function kubectlApplyOrCreate(ctx: CommandContext, args: string[], mode: 'apply' | 'create'): Promise<number> {
  const run = startKubectl(ctx, mode, args, [
    { long: 'filename', short: 'f', repeat: true },
    { long: 'recursive', short: 'R', boolean: true },
    { long: 'kustomize', short: 'k' },
    { long: 'validate' },
  ]);
  if (typeof run === 'number') return run;
  const files = flagList(run.flags, 'filename');
  if (files.length === 0) return kubectlError(ctx, mode === 'apply' ? 'must specify one of -f and -k' : 'must specify one of -f and -k');
  let manifests: Manifest[];
  try {
    manifests = await readManifests(ctx, files, boolFlag(run.flags, 'recursive'));
  } catch (error) {
    if (error instanceof ManifestError) return kubectlError(ctx, error.message);
    throw error;
  }
  if (manifests.length === 0) return kubectlError(ctx, 'no objects passed to ' + mode);
  let status = 0;
  for (const manifest of manifests) {
    try {
      ctx.stdout.write(applyObject(run, manifest, mode) + '\n');
      ctx.world.reconcile();
    } catch (error) {
      status = 1;
      if (error instanceof ManifestError) ctx.stderr.write(`error: ${error.message}\n`);
      else if (error instanceof ApiError) ctx.stderr.write(apiErrorText(error, (error as ApiError & { during?: string }).during) + '\n');
      else throw error;
    }
  }
  return status;
}
