/** `kubectl delete`: by type and name, by label selector, or from manifests (-f). */
import type { CommandContext } from '../command.ts';
import { ApiError } from '../../world/kube/errors.ts';
import { kindInfo, resolveResource, type KindInfo, qualifiedName } from '../../world/kube/kinds.ts';
import { parseSelector, SelectorError } from '../../world/kube/selectors.ts';
import { apiErrorText, kubectlError, startKubectl, type KubectlRun } from './context.ts';
import { boolFlag, flag, flagList } from './flags.ts';
import { ManifestError, readManifests } from './manifests.ts';

export const deleteHelp = `Delete resources by file names, stdin, resources and names, or by resources and label selector.

Examples:
  # Delete a pod using the type and name specified in pod.yaml
  kubectl delete -f ./pod.yaml

  # Delete pods and services with label name=myLabel
  kubectl delete pods -l name=myLabel

  # Delete a pod with a given name
  kubectl delete pod web

Options:
    -f, --filename=[]: containing the resource to delete.
    -l, --selector='': Selector (label query) to filter on.
        --all=false: Delete all resources, in the namespace of the specified resource types.
    -n, --namespace='': If present, the namespace scope for this CLI request.

Usage:
  kubectl delete ([-f FILENAME] | TYPE [(NAME | -l label | --all)]) [options]
`;

const NOTHING_GIVEN = `You must provide one or more resources by argument or filename.
Example resource specifications include:
   '-f rsrc.yaml'
   '--filename=rsrc.json'
   '<resource> <name>'
   '<resource>'`;

function deleteOne(run: KubectlRun, info: KindInfo, namespace: string, name: string, during?: string): boolean {
  const { ctx, cluster } = run;
  try {
    if (info.kind === 'Namespace') cluster.deleteNamespace(name);
    else cluster.store.delete(info.kind, namespace, name);
    ctx.stdout.write(`${qualifiedName(info)} "${name}" deleted\n`);
    return true;
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    ctx.stderr.write(apiErrorText(error, during) + '\n');
    return false;
  }
}

export async function kubectlDelete(ctx: CommandContext, args: string[]): Promise<number> {
  const run = startKubectl(ctx, 'delete', args, [
    { long: 'filename', short: 'f', repeat: true },
    { long: 'selector', short: 'l' },
    { long: 'all', boolean: true },
    { long: 'recursive', short: 'R', boolean: true },
    { long: 'wait', boolean: true },
    { long: 'now', boolean: true },
    { long: 'force', boolean: true },
    { long: 'grace-period' },
  ]);
  if (typeof run === 'number') return run;
  const { flags, cluster } = run;
  let ok = true;
  const files = flagList(flags, 'filename');
  if (files.length > 0) {
    try {
      for (const { source, object } of await readManifests(ctx, files, boolFlag(flags, 'recursive'))) {
        const info = kindInfo(object.kind);
        if (!info) return kubectlError(ctx, `resource mapping not found for name: "${object.metadata?.name ?? ''}" namespace: "" from "${source}": no matches for kind "${object.kind}" in version "${object.apiVersion}"\nensure CRDs are installed first`);
        ok = deleteOne(run, info, object.metadata.namespace ?? run.namespace, object.metadata.name, `error when deleting "${source}"`) && ok;
      }
    } catch (error) {
      if (error instanceof ManifestError) return kubectlError(ctx, error.message);
      throw error;
    }
    return ok ? 0 : 1;
  }
  const positionals = flags.positionals;
  if (positionals.length === 0) return kubectlError(ctx, NOTHING_GIVEN);
  const targets: { info: KindInfo; name: string }[] = [];
  if (positionals.some((p) => p.includes('/'))) {
    for (const item of positionals) {
      const [type, name] = item.split('/', 2);
      const info = resolveResource(type);
      if (!info) return kubectlError(ctx, `the server doesn't have a resource type "${type}"`);
      targets.push({ info, name });
    }
  } else {
    const info = resolveResource(positionals[0]);
    if (!info) return kubectlError(ctx, `the server doesn't have a resource type "${positionals[0]}"`);
    const names = positionals.slice(1);
    const selectorText = flag(flags, 'selector');
    if (names.length === 0 && !selectorText && !boolFlag(flags, 'all')) {
      return kubectlError(ctx, 'resource(s) were provided, but no name was specified');
    }
    if (selectorText !== undefined || boolFlag(flags, 'all')) {
      let selector;
      try {
        selector = selectorText ? parseSelector(selectorText) : undefined;
      } catch (error) {
        if (error instanceof SelectorError) return kubectlError(ctx, error.message);
        throw error;
      }
      const matched = cluster.store.list(info.kind, { namespace: info.namespaced ? run.namespace : undefined, selector });
      if (matched.length === 0) {
        ctx.stderr.write(info.namespaced ? `No resources found\n` : 'No resources found\n');
        return 0;
      }
      for (const object of matched) targets.push({ info, name: object.metadata.name });
    } else {
      for (const name of names) targets.push({ info, name });
    }
  }
  for (const { info, name } of targets) ok = deleteOne(run, info, run.namespace, name) && ok;
  ctx.world.reconcile();
  return ok ? 0 : 1;
}
