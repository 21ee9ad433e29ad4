/**
 * kubectl: dispatches to one module per subcommand. Help and completion live here;
 * every subcommand parses its own flags with kubectl's rules.
 */
import type { CommandContext, CommandDefinition, CompletionContext } from '../command.ts';
import { KINDS, resolveResource } from '../../world/kube/kinds.ts';
import { applyHelp, kubectlApplyOrCreate } from './apply.ts';
import { createHelp, kubectlCreate } from './create.ts';
import { deleteHelp, kubectlDelete } from './delete.ts';
import { describeHelp, kubectlDescribe } from './describe.ts';
import { getHelp, kubectlGet } from './get.ts';
import { annotateHelp, kubectlLabel, labelHelp } from './label.ts';
import { kubectlRollout, kubectlSet, rolloutHelp, setHelp } from './rollout.ts';
import { kubectlScale, scaleHelp } from './scale.ts';
import { kubectlVersion } from './version.ts';

const HELP = `kubectl controls the Kubernetes cluster manager.

 Find more information at: https://kubernetes.io/docs/reference/kubectl/

Basic Commands (Beginner):
  create          Create a resource from a file or from stdin

Basic Commands (Intermediate):
  describe        Show details of a specific resource or group of resources
  get             Display one or many resources
  delete          Delete resources by file names, stdin, resources and names, or by resources and label selector

Deploy Commands:
  rollout         Manage the rollout of a resource
  scale           Set a new size for a deployment or replica set

Advanced Commands:
  apply           Apply a configuration to a resource by file name or stdin

Settings Commands:
  set             Set specific features on objects
  label           Update the labels on a resource
  annotate        Update the annotations on a resource

Other Commands:
  api-resources   Print the supported API resources on the server
  version         Print the client and server version information

Usage:
  kubectl [flags] [options]

Use "kubectl <command> --help" for more information about a given command.
`;

interface Subcommand {
  help: string;
  run(ctx: CommandContext, args: string[]): Promise<number> | number;
}

function apiResources(ctx: CommandContext): number {
  const rows = KINDS.map((k) => [k.plural, k.shortNames.join(','), k.apiVersion, String(k.namespaced), k.kind]);
  const header = ['NAME', 'SHORTNAMES', 'APIVERSION', 'NAMESPACED', 'KIND'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  for (const row of [header, ...rows]) ctx.stdout.write(row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i] + 3))).join('') + '\n');
  return 0;
}

const SUBCOMMANDS: Record<string, Subcommand> = {
  get: { help: getHelp, run: kubectlGet },
  describe: { help: describeHelp, run: kubectlDescribe },
  apply: { help: applyHelp, run: (ctx, args) => kubectlApplyOrCreate(ctx, args, 'apply') },
  create: { help: createHelp, run: kubectlCreate },
  delete: { help: deleteHelp, run: kubectlDelete },
  scale: { help: scaleHelp, run: kubectlScale },
  rollout: { help: rolloutHelp, run: kubectlRollout },
  set: { help: setHelp, run: kubectlSet },
  label: { help: labelHelp, run: (ctx, args) => kubectlLabel(ctx, args, 'labels') },
  annotate: { help: annotateHelp, run: (ctx, args) => kubectlLabel(ctx, args, 'annotations') },
  version: { help: 'Print the client and server version information for the current context.\n\nUsage:\n  kubectl version [flags] [options]\n', run: kubectlVersion },
  'api-resources': { help: 'Print the supported API resources on the server.\n\nUsage:\n  kubectl api-resources [flags] [options]\n', run: apiResources },
};

function completeKubectl(words: string[], ctx: CompletionContext): string[] {
  if (words.length <= 1) return Object.keys(SUBCOMMANDS);
  const [subcommand, ...rest] = words;
  const args = rest.filter((w, i) => !w.startsWith('-') && !['-n', '--namespace', '-o', '-l', '-f'].includes(rest[i - 1] ?? ''));
  const previous = rest[rest.length - 2];
  if (!ctx.world.hasCluster()) return [];
  const cluster = ctx.world.cluster();
  if (previous === '-n' || previous === '--namespace') return cluster.store.list('Namespace').map((n) => n.metadata.name);
  if (previous === '-f' || previous === '--filename') return [];
  if (!['get', 'describe', 'delete', 'label', 'annotate', 'scale'].includes(subcommand)) return [];
  if (args.length <= 1) return KINDS.map((k) => k.plural);
  const info = resolveResource(args[0]);
  if (!info) return [];
  const nsIndex = rest.findIndex((w) => w === '-n' || w === '--namespace');
  const namespace = nsIndex >= 0 ? rest[nsIndex + 1] : 'default';
  return cluster.store.list(info.kind, { namespace: info.namespaced ? namespace : undefined }).map((o) => o.metadata.name);
}

export const kubectl: CommandDefinition = {
  name: 'kubectl',
  summary: 'talk to the Kubernetes cluster',
  help: HELP,
  handlesHelp: true,
  complete: completeKubectl,
  async run(ctx) {
    const [subcommand, ...args] = ctx.argv.slice(1);
    if (subcommand === undefined || subcommand === '--help' || subcommand === '-h' || subcommand === 'help') {
      ctx.stdout.write(HELP);
      return 0;
    }
    const command = SUBCOMMANDS[subcommand];
    if (!command) {
      if (subcommand.startsWith('-')) {
        ctx.stderr.write(`error: unknown flag: ${subcommand}\nSee 'kubectl --help' for usage.\n`);
        return 1;
      }
      ctx.stderr.write(`error: unknown command "${subcommand}" for "kubectl"\n`);
      const near = Object.keys(SUBCOMMANDS).filter((name) => name.startsWith(subcommand.slice(0, 2)));
      if (near.length > 0) ctx.stderr.write(`\nDid you mean this?\n${near.map((n) => `\t${n}`).join('\n')}\n`);
      return 1;
    }
    if (args.includes('--help') || args.includes('-h')) {
      ctx.stdout.write(command.help);
      return 0;
    }
    return command.run(ctx, args);
  },
};
