/**
 * What every kubectl subcommand needs: the cluster of the current context, the
 * namespace from -n (or "default"), and kubectl's ways of reporting errors.
 */
import type { CommandContext } from '../command.ts';
import type { Cluster } from '../../world/kube/cluster.ts';
import { ApiError } from '../../world/kube/errors.ts';
import { flag, FlagError, parseFlags, type FlagSpec, type ParsedFlags } from './flags.ts';

export interface KubectlRun {
  ctx: CommandContext;
  cluster: Cluster;
  flags: ParsedFlags;
  namespace: string;
  /** True when -n/--namespace was given. */
  namespaceGiven: boolean;
}

/** Print `error: …` the way kubectl does; returns kubectl's exit status for it. */
export function kubectlError(ctx: CommandContext, message: string): number {
  ctx.stderr.write(`error: ${message}\n`);
  return 1;
}

/** An API error as kubectl prints it: Invalid errors bare, others after "Error from server (Reason)". */
export function apiErrorText(error: ApiError, during?: string): string {
  if (error.reason === 'Invalid') return `The ${error.message}`;
  return `Error from server (${error.reason}): ${during ? `${during}: ` : ''}${error.message}`;
}

export function startKubectl(ctx: CommandContext, subcommand: string, args: string[], specs: FlagSpec[]): KubectlRun | number {
  let flags: ParsedFlags;
  try {
    flags = parseFlags(args, specs);
  } catch (error) {
    if (!(error instanceof FlagError)) throw error;
    ctx.stderr.write(`error: ${error.message}\nSee 'kubectl ${subcommand} --help' for usage.\n`);
    return 1;
  }
  if (!ctx.world.hasCluster()) {
    ctx.stderr.write('E0105 09:00:00.000000    4242 memcache.go:265] couldn\'t get current server API group list: Get "http://localhost:8080/api?timeout=32s": dial tcp [::1]:8080: connect: connection refused\nThe connection to the server localhost:8080 was refused - did you specify the right host or port?\n');
    return 1;
  }
  const context = flag(flags, 'context');
  const cluster = context ? [...ctx.world.clusters.values()].find((c) => c.contextName === context) : ctx.world.cluster();
  if (!cluster) return kubectlError(ctx, `context was not found for specified context: ${context}`);
  const namespace = flag(flags, 'namespace');
  return { ctx, cluster, flags, namespace: namespace ?? 'default', namespaceGiven: namespace !== undefined };
}
