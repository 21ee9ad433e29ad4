/** `kubectl get`: list or fetch objects as tables, names, YAML or JSON. */
import { stringify } from 'yaml';
import type { CommandContext } from '../command.ts';
import { ApiError } from '../../world/kube/errors.ts';
import { resolveResource, type KindInfo, qualifiedName } from '../../world/kube/kinds.ts';
import { parseSelector, SelectorError } from '../../world/kube/selectors.ts';
import type { KubeObject } from '../../world/kube/types.ts';
import { apiErrorText, kubectlError, startKubectl } from './context.ts';
import { boolFlag, flag } from './flags.ts';
import { labelsColumn, PRINTERS } from './printers.ts';
import { formatTable } from './table.ts';
import { formatValue, JsonPathError, renderJsonPath, selectValues } from './jsonpath.ts';

export const getHelp = `Display one or many resources.

Examples:
  # List all pods in ps output format
  kubectl get pods

  # List all pods in ps output format with more information (such as node name)
  kubectl get pods -o wide

  # List a single pod with specified NAME in JSON output format
  kubectl get -o json pod web-pod-13je7

  # Print the IP of every pod, one per line
  kubectl get pods -o jsonpath='{range .items[*]}{.metadata.name}{"\\t"}{.status.podIP}{"\\n"}{end}'

  # List pods with chosen columns
  kubectl get pods -o custom-columns=NAME:.metadata.name,NODE:.spec.nodeName

  # List all pods in every namespace, with their labels
  kubectl get pods -A --show-labels

Options:
    -A, --all-namespaces=false: If present, list the requested object(s) across all namespaces.
    -n, --namespace='': If present, the namespace scope for this CLI request.
    -o, --output='': Output format. One of: (json, yaml, name, wide, jsonpath=TEMPLATE, custom-columns=SPEC).
    -l, --selector='': Selector (label query) to filter on, supports '=', '==', '!=', 'in', 'notin'.
        --show-labels=false: When printing, show all labels as the last column.

Usage:
  kubectl get [(-o|--output=)json|yaml|name|wide] (TYPE[.VERSION][.GROUP] [NAME | -l label] | TYPE[.VERSION][.GROUP]/NAME ...) [flags] [options]
`;

interface Request {
  info: KindInfo;
  names: string[];
}

function parseRequests(positionals: string[]): Request[] | string {
  if (positionals.some((p) => p.includes('/'))) {
    const requests: Request[] = [];
    for (const item of positionals) {
      const [type, name] = item.split('/', 2);
      if (!name) return `arguments in resource/name form must have a single resource and name`;
      const info = resolveResource(type);
      if (!info) return `the server doesn't have a resource type "${type}"`;
      const existing = requests.find((r) => r.info === info);
      if (existing) existing.names.push(name);
      else requests.push({ info, names: [name] });
    }
    return requests;
  }
  const [types, ...names] = positionals;
  const requests: Request[] = [];
  // The `all` category, as kubectl expands it (for the kinds this cluster serves).
  const expanded = types.split(',').flatMap((type) => (type === 'all' ? ['pods', 'services', 'deployments', 'replicasets'] : [type]));
  for (const type of expanded) {
    const info = resolveResource(type);
    if (!info) return `the server doesn't have a resource type "${type}"`;
    requests.push({ info, names });
  }
  return requests;
}

/** `NAME:.metadata.name,NODE:.spec.nodeName` → columns, or kubectl's error text. */
function parseCustomColumns(spec: string): { header: string; path: string }[] | string {
  if (spec === '') return 'custom-columns format specified but no custom columns given';
  const columns: { header: string; path: string }[] = [];
  for (const part of spec.split(',')) {
    const colon = part.indexOf(':');
    if (colon <= 0) return `unexpected custom-columns spec: ${part}, expected <header>:<json-path-expr>`;
    columns.push({ header: part.slice(0, colon), path: part.slice(colon + 1) });
  }
  return columns;
}

export async function kubectlGet(ctx: CommandContext, args: string[]): Promise<number> {
  const run = startKubectl(ctx, 'get', args, [
    { long: 'output', short: 'o' },
    { long: 'selector', short: 'l' },
    { long: 'all-namespaces', short: 'A', boolean: true },
    { long: 'show-labels', boolean: true },
    { long: 'no-headers', boolean: true },
    { long: 'watch', short: 'w', boolean: true },
  ]);
  if (typeof run === 'number') return run;
  const { cluster, flags } = run;
  if (flags.positionals.length === 0) {
    ctx.stderr.write('You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.\n\nerror: Required resource not specified.\nUse "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).\nSee \'kubectl get -h\' for help and examples\n');
    return 1;
  }
  const output = flag(flags, 'output') ?? '';
  const [format, template = ''] = output.split(/=(.*)/s, 2);
  if (!['', 'wide', 'name', 'yaml', 'json', 'jsonpath', 'custom-columns'].includes(format)) {
    return kubectlError(ctx, `unable to match a printer suitable for the output format "${output}", allowed formats are: custom-columns,json,jsonpath,name,wide,yaml`);
  }
  if (format === 'jsonpath') {
    try {
      renderJsonPath(template, {});
    } catch (error) {
      if (error instanceof JsonPathError) return kubectlError(ctx, `error parsing jsonpath ${template}, ${error.message}`);
      throw error;
    }
  }
  const columns = format === 'custom-columns' ? parseCustomColumns(template) : undefined;
  if (typeof columns === 'string') return kubectlError(ctx, columns);
  const requests = parseRequests(flags.positionals);
  if (typeof requests === 'string') return kubectlError(ctx, requests);
  let selector;
  try {
    selector = flag(flags, 'selector') !== undefined ? parseSelector(flag(flags, 'selector')!) : undefined;
  } catch (error) {
    if (error instanceof SelectorError) return kubectlError(ctx, error.message);
    throw error;
  }
  const allNamespaces = boolFlag(flags, 'all-namespaces');
  const now = ctx.world.clock.now();
  let status = 0;
  const found: { info: KindInfo; objects: KubeObject[] }[] = [];
  for (const { info, names } of requests) {
    const namespace = info.namespaced && !allNamespaces ? run.namespace : undefined;
    let objects: KubeObject[];
    if (names.length > 0) {
      objects = [];
      for (const name of names) {
        const object = cluster.store.get(info.kind, namespace ?? run.namespace, name);
        if (object) objects.push(object);
        else {
          ctx.stderr.write(apiErrorText(new ApiError('NotFound', `${info.plural} "${name}" not found`)) + '\n');
          status = 1;
        }
      }
    } else {
      objects = cluster.store.list(info.kind, { namespace, selector });
    }
    found.push({ info, objects });
  }

  const total = found.reduce((sum, f) => sum + f.objects.length, 0);
  if (total === 0 && status === 0) {
    const scoped = requests.some((r) => r.info.namespaced) && !allNamespaces;
    ctx.stderr.write(scoped ? `No resources found in ${run.namespace} namespace.\n` : 'No resources found\n');
    return 0;
  }
  if (output === 'name') {
    for (const { info, objects } of found) for (const o of objects) ctx.stdout.write(`${qualifiedName(info)}/${o.metadata.name}\n`);
    return status;
  }
  if (format === 'yaml' || format === 'json' || format === 'jsonpath') {
    const all = found.flatMap((f) => f.objects);
    const single = all.length === 1 && requests.every((r) => r.names.length > 0);
    const document = single ? all[0] : { apiVersion: 'v1', items: all, kind: 'List', metadata: { resourceVersion: '' } };
    if (format === 'jsonpath') {
      try {
        ctx.stdout.write(renderJsonPath(template, document));
      } catch (error) {
        if (error instanceof JsonPathError) return kubectlError(ctx, `error executing jsonpath "${template}": ${error.message}`);
        throw error;
      }
      return status;
    }
    ctx.stdout.write(format === 'json' ? JSON.stringify(document, null, 4) + '\n' : stringify(document, { lineWidth: 0 }));
    return status;
  }
  if (columns) {
    const rows = found.flatMap((f) => f.objects).map((object) =>
      columns.map(({ path }) => {
        const values = selectValues(object, path);
        return values.length === 0 ? '<none>' : values.map(formatValue).join(',');
      }),
    );
    ctx.stdout.write(formatTable(columns.map((c) => c.header), rows));
    return status;
  }
  const multipleKinds = found.filter((f) => f.objects.length > 0).length > 1;
  const tables: string[] = [];
  for (const { info, objects } of found) {
    if (objects.length === 0) continue;
    const printer = PRINTERS[info.kind];
    const wide = output === 'wide';
    const withNamespace = allNamespaces && info.namespaced;
    const header = [...(withNamespace ? ['NAMESPACE'] : []), ...printer.header(wide), ...(boolFlag(flags, 'show-labels') ? ['LABELS'] : [])];
    const rows = objects.map((object) => {
      const row = printer.row(object, now, wide);
      if (multipleKinds) row[0] = `${qualifiedName(info)}/${row[0]}`;
      return [...(withNamespace ? [object.metadata.namespace ?? ''] : []), ...row, ...(boolFlag(flags, 'show-labels') ? [labelsColumn(object)] : [])];
    });
    const table = formatTable(header, rows);
    tables.push(boolFlag(flags, 'no-headers') ? table.split('\n').slice(1).join('\n') : table);
  }
  ctx.stdout.write(tables.join('\n'));
  return status;
}
