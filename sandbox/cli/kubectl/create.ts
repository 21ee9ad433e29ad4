/** `kubectl create`: from manifests (-f), or generators such as `create namespace NAME`. */
import type { CommandContext } from '../command.ts';
import { applyDefaults } from '../../world/kube/defaults.ts';
import { ApiError } from '../../world/kube/errors.ts';
import { validateObject } from '../../world/kube/validation.ts';
import { kubectlApplyOrCreate } from './apply.ts';
import { apiErrorText, kubectlError, startKubectl } from './context.ts';

export const createHelp = `Create a resource from a file or from stdin.

 JSON and YAML formats are accepted.

Examples:
  # Create a pod using the data in pod.json
  kubectl create -f ./pod.json

  # Create a namespace named shop
  kubectl create namespace shop

Available Commands:
  namespace       Create a namespace with the specified name

Options:
    -f, --filename=[]: Filename, directory, or URL to files to use to create the resource

Usage:
  kubectl create -f FILENAME [options]
`;

export async function kubectlCreate(ctx: CommandContext, args: string[]): Promise<number> {
  const [generator, ...rest] = args;
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
    ctx.stderr.write(`error: unknown command "${generator}" for "kubectl create"\n\nDid you mean this?\n\tnamespace\n`);
    return 1;
  }
  return kubectlApplyOrCreate(ctx, args, 'create');
}
