/**
 * `kubectl label` and `kubectl annotate`: add, change (with --overwrite) or remove
 * (`key-`) labels and annotations on objects named by type and name, TYPE/NAME or -l.
 */
import type { CommandContext } from '../command.ts';
import { resolveResource, type KindInfo, qualifiedName } from '../../world/kube/kinds.ts';
import { parseSelector, SelectorError } from '../../world/kube/selectors.ts';
import { clone } from '../../world/kube/store.ts';
import { ApiError, notFound } from '../../world/kube/errors.ts';
import type { KubeObject } from '../../world/kube/types.ts';
import { validateObject } from '../../world/kube/validation.ts';
import { apiErrorText, kubectlError, startKubectl } from './context.ts';
import { boolFlag, flag } from './flags.ts';

type Field = 'labels' | 'annotations';

const VERBS: Record<Field, { command: string; done: string; undone: string; not: string }> = {
  labels: { command: 'label', done: 'labeled', undone: 'unlabeled', not: 'not labeled' },
  annotations: { command: 'annotate', done: 'annotated', undone: 'annotated', not: 'not annotated' },
};

export const labelHelp = `Update the labels on a resource.

Examples:
  # Update pod 'web' with the label 'tier' and the value 'frontend'
  kubectl label pods web tier=frontend

  # Update pod 'web' with the label 'app', overwriting any existing value
  kubectl label --overwrite pods web app=shop

  # Remove the label named 'tier' if it exists
  kubectl label pods web tier-

Options:
    --all=false: Select all resources, in the namespace of the specified resource types
    --overwrite=false: If true, allow labels to be overwritten, otherwise reject label updates that overwrite existing labels.
    -l, --selector='': Selector (label query) to filter on.

Usage:
  kubectl label [--overwrite] (-f FILENAME | TYPE NAME) KEY_1=VAL_1 ... KEY_N=VAL_N [--resource-version=version] [options]
`;

export const annotateHelp = labelHelp
  .replace('Update the labels on a resource.', 'Update the annotations on a resource.')
  .replaceAll('kubectl label', 'kubectl annotate')
  .replaceAll('label', 'annotation');

interface Change {
  set: [string, string][];
  remove: string[];
}

function parseChanges(args: string[]): { targets: string[]; change: Change } {
  const change: Change = { set: [], remove: [] };
  const targets: string[] = [];
  for (const arg of args) {
    const eq = arg.indexOf('=');
    if (eq > 0) change.set.push([arg.slice(0, eq), arg.slice(eq + 1)]);
    // Object names cannot end in '-', so `key-` (even `example.com/key-`) is a removal.
    else if (arg.endsWith('-') && arg.length > 1) change.remove.push(arg.slice(0, -1));
    else targets.push(arg);
  }
  return { targets, change };
}

export async function kubectlLabel(ctx: CommandContext, args: string[], field: Field): Promise<number> {
  const verbs = VERBS[field];
  const run = startKubectl(ctx, verbs.command, args, [
    { long: 'overwrite', boolean: true },
    { long: 'all', boolean: true },
    { long: 'selector', short: 'l' },
    { long: 'list', boolean: true },
  ]);
  if (typeof run === 'number') return run;
  const { cluster, flags } = run;
  const { targets, change } = parseChanges(flags.positionals);
  if (targets.length === 0) return kubectlError(ctx, 'one or more resources must be specified as <resource> <name> or <resource>/<name>');
  if (change.set.length === 0 && change.remove.length === 0) return kubectlError(ctx, `at least one ${field === 'labels' ? 'label' : 'annotation'} update is required`);

  const objects: { info: KindInfo; name: string }[] = [];
  if (targets.some((t) => t.includes('/'))) {
    for (const target of targets) {
      const [type, name] = target.split('/', 2);
      const info = resolveResource(type);
      if (!info) return kubectlError(ctx, `the server doesn't have a resource type "${type}"`);
      objects.push({ info, name });
    }
  } else {
    const info = resolveResource(targets[0]);
    if (!info) return kubectlError(ctx, `the server doesn't have a resource type "${targets[0]}"`);
    const selectorText = flag(flags, 'selector');
    if (selectorText !== undefined || boolFlag(flags, 'all')) {
      let selector;
      try {
        selector = selectorText ? parseSelector(selectorText) : undefined;
      } catch (error) {
        if (error instanceof SelectorError) return kubectlError(ctx, error.message);
        throw error;
      }
      for (const object of cluster.store.list(info.kind, { namespace: info.namespaced ? run.namespace : undefined, selector })) objects.push({ info, name: object.metadata.name });
    } else {
      if (targets.length < 2) return kubectlError(ctx, 'resource(s) were provided, but no name was specified');
      for (const name of targets.slice(1)) objects.push({ info, name });
    }
  }

  let status = 0;
  for (const { info, name } of objects) {
    const current = cluster.store.get<KubeObject>(info.kind, run.namespace, name);
    if (!current) {
      ctx.stderr.write(apiErrorText(notFound(info.plural, name)) + '\n');
      status = 1;
      continue;
    }
    const existing = current.metadata[field] ?? {};
    const conflict = change.set.find(([key, value]) => existing[key] !== undefined && existing[key] !== value);
    if (conflict && !boolFlag(flags, 'overwrite')) {
      ctx.stderr.write(`error: '${conflict[0]}' already has a value (${existing[conflict[0]]}), and --overwrite is false\n`);
      status = 1;
      continue;
    }
    const next = clone(current);
    const map = { ...existing };
    for (const [key, value] of change.set) map[key] = value;
    for (const key of change.remove) delete map[key];
    next.metadata[field] = map;
    if (Object.keys(map).length === 0) delete next.metadata[field];
    try {
      validateObject(next);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      ctx.stderr.write(apiErrorText(error) + '\n');
      status = 1;
      continue;
    }
    const changed = cluster.store.update(next);
    const onlyRemovals = change.set.length === 0;
    ctx.stdout.write(`${qualifiedName(info)}/${name} ${changed ? (onlyRemovals ? verbs.undone : verbs.done) : verbs.not}\n`);
  }
  ctx.world.reconcile();
  return status;
}
