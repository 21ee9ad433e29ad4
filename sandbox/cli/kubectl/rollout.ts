/**
 * `kubectl rollout status|history|undo` for Deployments, and `kubectl set image`.
 * History is the Deployment's ReplicaSets by their revision annotation; undo copies
 * an earlier ReplicaSet's pod template back, as kubectl does.
 */
import type { CommandContext } from '../command.ts';
import type { Cluster } from '../../world/kube/cluster.ts';
import { notFound } from '../../world/kube/errors.ts';
import { resolveResource } from '../../world/kube/kinds.ts';
import type { KubeObject } from '../../world/kube/types.ts';
import { apiErrorText, kubectlError, startKubectl, type KubectlRun } from './context.ts';
import { flag } from './flags.ts';

const REVISION = 'deployment.kubernetes.io/revision';

export const rolloutHelp = `Manage the rollout of one or many resources.

Available Commands:
  history       View rollout history
  status        Show the status of the rollout
  undo          Undo a previous rollout

Examples:
  # Roll back to the previous deployment
  kubectl rollout undo deployment/web

  # Watch the rollout status of a deployment
  kubectl rollout status deployment/web

Usage:
  kubectl rollout SUBCOMMAND [options]
`;

export const setHelp = `Configure application resources.

Available Commands:
  image         Update the image of a pod template

Examples:
  # Set a deployment's nginx container image to 'nginx:1.28'
  kubectl set image deployment/web nginx=nginx:1.28

Usage:
  kubectl set SUBCOMMAND [options]
`;

/** The Deployment named by `deployment/NAME` or `deployment NAME`, or a printed error. */
function findDeployment(run: KubectlRun, positionals: string[]): KubeObject | number {
  const { ctx } = run;
  const [first, second] = positionals;
  if (!first) return kubectlError(ctx, 'required resource not specified');
  const [type, name] = first.includes('/') ? first.split('/', 2) : [first, second];
  const info = resolveResource(type);
  if (!info) return kubectlError(ctx, `the server doesn't have a resource type "${type}"`);
  if (info.kind !== 'Deployment') return kubectlError(ctx, `no rollout support for ${info.plural}`);
  if (!name) return kubectlError(ctx, 'required resource name not specified');
  const deployment = run.cluster.store.get('Deployment', run.namespace, name);
  if (!deployment) {
    ctx.stderr.write(apiErrorText(notFound('deployments.apps', name)) + '\n');
    return 1;
  }
  return deployment;
}

function revisions(cluster: Cluster, deployment: KubeObject): KubeObject[] {
  return cluster.store
    .list('ReplicaSet', { namespace: deployment.metadata.namespace })
    .filter((rs) => ((rs.metadata.ownerReferences as { uid: string }[] | undefined) ?? []).some((ref) => ref.uid === deployment.metadata.uid))
    .sort((a, b) => Number(a.metadata.annotations?.[REVISION] ?? 0) - Number(b.metadata.annotations?.[REVISION] ?? 0));
}

function progress(deployment: KubeObject): { done: boolean; line: string } {
  const name = deployment.metadata.name;
  const desired = deployment.spec?.replicas as number;
  const status = (deployment.status ?? {}) as { updatedReplicas?: number; replicas?: number; availableReplicas?: number };
  const updated = status.updatedReplicas ?? 0;
  const available = status.availableReplicas ?? 0;
  if (updated < desired) return { done: false, line: `Waiting for deployment "${name}" rollout to finish: ${updated} out of ${desired} new replicas have been updated...` };
  if ((status.replicas ?? 0) > updated) return { done: false, line: `Waiting for deployment "${name}" rollout to finish: ${(status.replicas ?? 0) - updated} old replicas are pending termination...` };
  if (available < updated) return { done: false, line: `Waiting for deployment "${name}" rollout to finish: ${available} of ${updated} updated replicas are available...` };
  return { done: true, line: `deployment "${name}" successfully rolled out` };
}

function rolloutStatus(run: KubectlRun, deployment: KubeObject): number {
  const { ctx, cluster } = run;
  const timeoutText = flag(run.flags, 'timeout');
  const limitMs = timeoutText ? Number.parseInt(timeoutText, 10) * (timeoutText.endsWith('m') ? 60_000 : 1000) : 600_000;
  let waited = 0;
  let last = '';
  for (;;) {
    const current = cluster.store.get('Deployment', deployment.metadata.namespace, deployment.metadata.name) ?? deployment;
    const { done, line } = progress(current);
    if (line !== last) ctx.stdout.write(line + '\n');
    last = line;
    if (done) return 0;
    if (waited >= limitMs || ctx.signal.aborted) return kubectlError(ctx, 'timed out waiting for the condition');
    // Like the real command, wait: here virtual time passes until the rollout moves.
    ctx.world.advance(1000);
    waited += 1000;
  }
}

function rolloutHistory(run: KubectlRun, deployment: KubeObject): number {
  const rows = revisions(run.cluster, deployment).map((rs) => [rs.metadata.annotations?.[REVISION] ?? '0', rs.metadata.annotations?.['kubernetes.io/change-cause'] ?? '<none>']);
  const out = [`deployment.apps/${deployment.metadata.name} `, 'REVISION  CHANGE-CAUSE', ...rows.map(([rev, cause]) => `${rev.padEnd(10)}${cause}`), ''];
  run.ctx.stdout.write(out.join('\n') + '\n');
  return 0;
}

function rolloutUndo(run: KubectlRun, deployment: KubeObject): number {
  const { ctx, cluster } = run;
  const history = revisions(cluster, deployment);
  const wanted = flag(run.flags, 'to-revision');
  const target = wanted && wanted !== '0' ? history.find((rs) => rs.metadata.annotations?.[REVISION] === wanted) : history.at(-2);
  if (!target) return kubectlError(ctx, wanted && wanted !== '0' ? `unable to find specified revision ${wanted} in history` : `no rollout history found for deployment "${deployment.metadata.name}"`);
  const template = structuredClone((target.spec as { template: { metadata: { labels?: Record<string, string> } } }).template);
  delete template.metadata.labels?.['pod-template-hash'];
  const next = structuredClone(deployment);
  next.spec = { ...next.spec, template };
  if (!cluster.store.update(next)) {
    ctx.stdout.write(`deployment.apps/${deployment.metadata.name} skipped rollback (current template already matches revision ${target.metadata.annotations?.[REVISION]})\n`);
    return 0;
  }
  // The ReplicaSet brought back becomes the newest revision.
  const latest = Math.max(...history.map((rs) => Number(rs.metadata.annotations?.[REVISION] ?? 0)));
  const revived = structuredClone(target);
  revived.metadata.annotations = { ...revived.metadata.annotations, [REVISION]: String(latest + 1) };
  cluster.store.update(revived);
  ctx.world.reconcile();
  ctx.stdout.write(`deployment.apps/${deployment.metadata.name} rolled back\n`);
  return 0;
}

export function kubectlRollout(ctx: CommandContext, args: string[]): number {
  const [subcommand, ...rest] = args;
  if (!['status', 'history', 'undo'].includes(subcommand ?? '')) {
    if (subcommand === undefined) {
      ctx.stdout.write(rolloutHelp);
      return 0;
    }
    return kubectlError(ctx, `unknown command "${subcommand}" for "kubectl rollout"`);
  }
  const run = startKubectl(ctx, `rollout ${subcommand}`, rest, [{ long: 'to-revision' }, { long: 'timeout' }, { long: 'watch', short: 'w' }]);
  if (typeof run === 'number') return run;
  const deployment = findDeployment(run, run.flags.positionals);
  if (typeof deployment === 'number') return deployment;
  if (subcommand === 'status') return rolloutStatus(run, deployment);
  if (subcommand === 'history') return rolloutHistory(run, deployment);
  return rolloutUndo(run, deployment);
}

export function kubectlSet(ctx: CommandContext, args: string[]): number {
  const [subcommand, ...rest] = args;
  if (subcommand !== 'image') return kubectlError(ctx, subcommand ? `unknown command "${subcommand}" for "kubectl set"` : 'You must specify a subcommand: image');
  const run = startKubectl(ctx, 'set image', rest, []);
  if (typeof run === 'number') return run;
  const assignments = run.flags.positionals.filter((p) => p.includes('='));
  const targets = run.flags.positionals.filter((p) => !p.includes('='));
  if (assignments.length === 0) return kubectlError(ctx, 'at least one image update is required');
  const deployment = findDeployment(run, targets);
  if (typeof deployment === 'number') return deployment;
  const next = structuredClone(deployment);
  const containers = (next.spec as { template: { spec: { containers: { name: string; image: string }[] } } }).template.spec.containers;
  for (const assignment of assignments) {
    const [name, image] = assignment.split('=', 2);
    const matching = name === '*' ? containers : containers.filter((c) => c.name === name);
    if (matching.length === 0) return kubectlError(ctx, `unable to find container named "${name}"`);
    for (const container of matching) container.image = image;
  }
  const changed = run.cluster.store.update(next);
  ctx.world.reconcile();
  if (changed) ctx.stdout.write(`deployment.apps/${deployment.metadata.name} image updated\n`);
  return 0;
}
