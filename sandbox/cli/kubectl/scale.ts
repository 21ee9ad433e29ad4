/** `kubectl scale`: set the replicas of a Deployment or ReplicaSet. */
import type { CommandContext } from '../command.ts';
import { notFound } from '../../world/kube/errors.ts';
import { qualifiedName, resolveResource } from '../../world/kube/kinds.ts';
import { apiErrorText, kubectlError, startKubectl } from './context.ts';
import { flag } from './flags.ts';

export const scaleHelp = `Set a new size for a deployment or replica set.

Examples:
  # Scale a deployment named 'web' to 3
  kubectl scale --replicas=3 deployment/web

Options:
    --replicas=0: The new desired number of replicas. Required.

Usage:
  kubectl scale [--resource-version=version] [--current-replicas=count] --replicas=COUNT (-f FILENAME | TYPE NAME) [options]
`;

export function kubectlScale(ctx: CommandContext, args: string[]): number {
  const run = startKubectl(ctx, 'scale', args, [{ long: 'replicas' }, { long: 'current-replicas' }]);
  if (typeof run === 'number') return run;
  const replicasText = flag(run.flags, 'replicas');
  if (replicasText === undefined) return kubectlError(ctx, 'required flag(s) "replicas" not set');
  const replicas = Number(replicasText);
  if (!Number.isInteger(replicas) || replicas < 0) return kubectlError(ctx, 'The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0');
  const [first, ...rest] = run.flags.positionals;
  if (!first) return kubectlError(ctx, 'You must provide one or more resources by argument or filename.');
  const targets = first.includes('/') ? [first.split('/', 2)] : rest.map((name) => [first, name]);
  if (targets.length === 0) return kubectlError(ctx, 'resource(s) were provided, but no name was specified');
  let status = 0;
  for (const [type, name] of targets) {
    const info = resolveResource(type);
    if (!info) return kubectlError(ctx, `the server doesn't have a resource type "${type}"`);
    if (info.kind !== 'Deployment' && info.kind !== 'ReplicaSet') return kubectlError(ctx, `cannot scale ${info.plural}: no scale subresource`);
    const current = run.cluster.store.get(info.kind, run.namespace, name);
    if (!current) {
      ctx.stderr.write(apiErrorText(notFound(`${info.plural}.apps`, name)) + '\n');
      status = 1;
      continue;
    }
    const expected = flag(run.flags, 'current-replicas');
    if (expected !== undefined && Number(expected) !== (current.spec?.replicas as number)) {
      return kubectlError(ctx, `Expected replicas to be ${expected}, was ${current.spec?.replicas as number}`);
    }
    const next = structuredClone(current);
    next.spec = { ...next.spec, replicas };
    run.cluster.store.update(next);
    ctx.world.reconcile();
    ctx.stdout.write(`${qualifiedName(info)}/${name} scaled\n`);
  }
  return status;
}
