/** `kubectl create`: from manifests (-f), or generators such as `create namespace NAME`. */
import type { CommandContext } from '../command.ts';
import { applyDefaults, base64 } from '../../world/kube/defaults.ts';
import { resolvePath } from '../../fs/path.ts';
import type { KubeObject } from '../../world/kube/types.ts';
import { ApiError } from '../../world/kube/errors.ts';
import { validateObject } from '../../world/kube/validation.ts';
import { kubectlApplyOrCreate } from './apply.ts';
import { apiErrorText, kubectlError, startKubectl, type KubectlRun } from './context.ts';
import { flag, flagList } from './flags.ts';

export const createHelp = `Create a resource from a file or from stdin.

 JSON and YAML formats are accepted.

Examples:
  # Create a pod using the data in pod.json
  kubectl create -f ./pod.json

  # Create a namespace named shop
  kubectl create namespace shop

Available Commands:
  configmap       Create a config map from a local file, directory or literal value
  namespace       Create a namespace with the specified name
  secret generic  Create a secret from a local file, directory, or literal value

Options:
    -f, --filename=[]: Filename, directory, or URL to files to use to create the resource

Usage:
  kubectl create -f FILENAME [options]
`;

/** Store a generated object the way `kubectl create GENERATOR` does, printing `kind/name created`. */
function createGenerated(ctx: CommandContext, run: KubectlRun, object: KubeObject, ref: string): number {
  try {
    const defaulted = applyDefaults(object);
    validateObject(defaulted);
    run.cluster.store.create(defaulted);
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    ctx.stderr.write(apiErrorText(error) + '\n');
    return 1;
  }
  ctx.world.reconcile();
  ctx.stdout.write(`${ref} created\n`);
  return 0;
}

/** `--from-literal=k=v` and `--from-file=[key=]path` into a data map. */
function dataFrom(ctx: CommandContext, run: KubectlRun): Record<string, string> | number {
  const data: Record<string, string> = {};
  for (const literal of flagList(run.flags, 'from-literal')) {
    const eq = literal.indexOf('=');
    if (eq <= 0) return kubectlError(ctx, `invalid literal source ${literal}, expected key=value`);
    data[literal.slice(0, eq)] = literal.slice(eq + 1);
  }
  for (const source of flagList(run.flags, 'from-file')) {
    const [key, path] = source.includes('=') ? source.split('=', 2) : [source.split('/').at(-1)!, source];
    const full = resolvePath(ctx.cwd, path);
    if (!ctx.fs.isFile(full)) return kubectlError(ctx, `error reading ${path}: no such file or directory`);
    data[key] = ctx.fs.readFile(full);
  }
  return data;
}

export async function kubectlCreate(ctx: CommandContext, args: string[]): Promise<number> {
  const [generator, ...rest] = args;
  if (generator === 'configmap' || generator === 'cm' || (generator === 'secret' && rest[0] === 'generic')) {
    const isSecret = generator === 'secret';
    const run = startKubectl(ctx, isSecret ? 'create secret generic' : 'create configmap', isSecret ? rest.slice(1) : rest, [
      { long: 'from-literal', repeat: true },
      { long: 'from-file', repeat: true },
      { long: 'type' },
    ]);
    if (typeof run === 'number') return run;
    const [name, extra] = run.flags.positionals;
    if (!name || extra) return kubectlError(ctx, 'exactly one NAME is required, got ' + run.flags.positionals.length);
    const data = dataFrom(ctx, run);
    if (typeof data === 'number') return data;
    const metadata = { name, namespace: run.namespace };
    if (isSecret) {
      const encoded = Object.fromEntries(Object.entries(data).map(([k, v]) => [k, base64(v)]));
      return createGenerated(ctx, run, { apiVersion: 'v1', kind: 'Secret', metadata, type: flag(run.flags, 'type') ?? 'Opaque', data: encoded }, `secret/${name}`);
    }
    return createGenerated(ctx, run, { apiVersion: 'v1', kind: 'ConfigMap', metadata, data }, `configmap/${name}`);
  }
  if (generator === 'namespace' || generator === 'ns') {
    const run = startKubectl(ctx, 'create namespace', rest, [{ long: 'dry-run' }]);
    if (typeof run === 'number') return run;
    const [name, extra] = run.flags.positionals;
    if (!name || extra) return kubectlError(ctx, 'exactly one NAME is required, got ' + run.flags.positionals.length);
    try {
      const namespace = applyDefaults({ apiVersion: 'v1', kind: 'Namespace', metadata: { name } });
      validateObject(namespace);
      run.cluster.store.create(namespace);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      ctx.stderr.write(apiErrorText(error) + '\n');
      return 1;
    }
    ctx.stdout.write(`namespace/${name} created\n`);
    return 0;
  }
  if (generator && !generator.startsWith('-')) {
    ctx.stderr.write(`error: unknown command "${generator}" for "kubectl create"\n\nDid you mean this?\n\tnamespace\n\tconfigmap\n\tsecret\n`);
    return 1;
  }
  return kubectlApplyOrCreate(ctx, args, 'create');
}
