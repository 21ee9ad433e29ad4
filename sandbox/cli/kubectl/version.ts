/** `kubectl version`: client, kustomize and server versions. */
import type { CommandContext } from '../command.ts';
import { KUBERNETES_VERSION } from '../../world/kube/bootstrap.ts';
import { boolFlag, flag } from './flags.ts';
import { startKubectl } from './context.ts';

export function kubectlVersion(ctx: CommandContext, args: string[]): number {
  const run = startKubectl(ctx, 'version', args, [{ long: 'client', boolean: true }, { long: 'output', short: 'o' }]);
  if (typeof run === 'number') return run;
  const client = { gitVersion: KUBERNETES_VERSION, major: '1', minor: '31', platform: 'linux/amd64' };
  if (flag(run.flags, 'output') === 'json') {
    ctx.stdout.write(JSON.stringify({ clientVersion: client, kustomizeVersion: 'v5.4.2', ...(boolFlag(run.flags, 'client') ? {} : { serverVersion: client }) }, null, 2) + '\n');
    return 0;
  }
  ctx.stdout.write(`Client Version: ${KUBERNETES_VERSION}\nKustomize Version: v5.4.2\n`);
  if (!boolFlag(run.flags, 'client')) ctx.stdout.write(`Server Version: ${KUBERNETES_VERSION}\n`);
  return 0;
}
