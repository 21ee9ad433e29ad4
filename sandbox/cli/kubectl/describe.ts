/**
 * `kubectl describe`: a readable report of an object with its events, in kubectl's
 * layout (aligned `Key:  value` lines, nested sections, an Events table).
 */
import type { CommandContext } from '../command.ts';
import type { Cluster } from '../../world/kube/cluster.ts';
import { notFound } from '../../world/kube/errors.ts';
import { resolveResource } from '../../world/kube/kinds.ts';
import { parseSelector, SelectorError } from '../../world/kube/selectors.ts';
import type { KubeObject, Pod } from '../../world/kube/types.ts';
import { apiErrorText, kubectlError, startKubectl } from './context.ts';
import { flag } from './flags.ts';
import { ageOf, formatTable } from './table.ts';

export const describeHelp = `Show details of a specific resource or group of resources.

 Print a detailed description of the selected resources, including related resources such as events.

Examples:
  # Describe a pod
  kubectl describe pods/web

  # Describe all pods with label app=web
  kubectl describe pods -l app=web

Usage:
  kubectl describe (-f FILENAME | TYPE [NAME_PREFIX | -l label] | TYPE/NAME) [options]
`;

/** kubectl's time format in describe: RFC 1123 with a numeric zone. */
function describeTime(iso: string | undefined): string {
  if (!iso) return '<unset>';
  return new Date(iso).toUTCString().replace('GMT', '+0000');
}

/** `Key:` padded to kubectl's column for that level (values start at `width`). */
function section(lines: [string, string][], indent = '', width = 18): string {
  return lines.map(([key, value]) => `${indent}${(key + ':').padEnd(width)}${value}`.trimEnd() + '\n').join('');
}

function mapLines(map: Record<string, string> | undefined, pad: number): string {
  const entries = Object.entries(map ?? {}).sort(([a], [b]) => a.localeCompare(b));
  if (entries.length === 0) return '<none>';
  return entries.map(([k, v], i) => (i === 0 ? '' : ' '.repeat(pad)) + `${k}=${v}`).join('\n');
}

function eventsTable(cluster: Cluster, object: KubeObject, nowMs: number): string {
  const events = cluster.eventsFor(object);
  if (events.length === 0) return 'Events:  <none>\n';
  const rows = events.map((e) => [e.type, e.reason, e.count > 1 ? `${ageOf(e.lastTimestamp, nowMs)} (x${e.count} over ${ageOf(e.firstTimestamp, nowMs)})` : ageOf(e.lastTimestamp, nowMs), e.source.component, e.message]);
  const table = formatTable(['Type', 'Reason', 'Age', 'From', 'Message'], [['----', '------', '----', '----', '-------'], ...rows], 2);
  return 'Events:\n' + table.split('\n').filter(Boolean).map((line) => `  ${line}\n`).join('');
}

function describePod(cluster: Cluster, pod: Pod, nowMs: number): string {
  const pad = 18;
  let out = section([
    ['Name', pod.metadata.name],
    ['Namespace', pod.metadata.namespace ?? 'default'],
    ['Priority', String(pod.spec.priority ?? 0)],
    ['Service Account', String(pod.spec.serviceAccountName ?? 'default')],
    ['Node', pod.spec.nodeName ? `${pod.spec.nodeName}/${pod.status.hostIP ?? ''}` : '<none>'],
    ['Start Time', describeTime(pod.status.startTime)],
    ['Labels', mapLines(pod.metadata.labels, pad)],
    ['Annotations', mapLines(shownAnnotations(pod), pad)],
    ['Status', pod.status.phase],
    ['IP', pod.status.podIP ?? ''],
  ]);
  out += 'IPs:\n' + (pod.status.podIP ? `  IP:  ${pod.status.podIP}\n` : '  <none>\n');
  out += 'Containers:\n';
  for (const container of pod.spec.containers) {
    const status = pod.status.containerStatuses?.find((s) => s.name === container.name);
    const port = container.ports?.[0];
    const state = status?.state.running ? 'Running' : status?.state.waiting ? 'Waiting' : status?.state.terminated ? 'Terminated' : 'Waiting';
    out += `  ${container.name}:\n`;
    const lines: [string, string][] = [
      ['Image', container.image],
      ['Port', port ? `${port.containerPort}/${port.protocol ?? 'TCP'}` : '<none>'],
      ['Host Port', port ? `0/${port.protocol ?? 'TCP'}` : '<none>'],
      ['State', state],
    ];
    const detail: [string, string][] = status?.state.running
      ? [['Started', describeTime(status.state.running.startedAt)]]
      : [['Reason', status?.state.waiting?.reason ?? 'ContainerCreating']];
    out += section(lines, '    ', 16);
    out += section(detail, '      ', 14);
    out += section([
      ['Ready', status?.ready ? 'True' : 'False'],
      ['Restart Count', String(status?.restartCount ?? 0)],
      ['Environment', '<none>'],
    ], '    ', 16);
  }
  out += 'Conditions:\n';
  const conditions = pod.status.conditions ?? [];
  out += formatTable(['Type', 'Status'], conditions.map((c) => [c.type, c.status + ' '])).split('\n').filter(Boolean).map((l) => `  ${l}\n`).join('');
  out += section([
    ['QoS Class', String(pod.status.qosClass ?? 'BestEffort')],
    ['Node-Selectors', mapLines(pod.spec.nodeSelector, 29)],
    ['Tolerations', (pod.spec.tolerations ?? []).map((t, i) => (i === 0 ? '' : ' '.repeat(29)) + `${t.key ?? ''}${t.effect ? ':' + t.effect : ''} op=${t.operator ?? 'Equal'}${(t as { tolerationSeconds?: number }).tolerationSeconds ? ` for ${(t as { tolerationSeconds?: number }).tolerationSeconds}s` : ''}`).join('\n') || '<none>'],
  ], '', 29);
  return out + eventsTable(cluster, pod, nowMs);
}

/** Annotations describe leaves out, as kubectl does. */
function shownAnnotations(object: KubeObject): Record<string, string> {
  return Object.fromEntries(Object.entries(object.metadata.annotations ?? {}).filter(([key]) => key !== 'kubectl.kubernetes.io/last-applied-configuration'));
}

function describeGeneric(cluster: Cluster, object: KubeObject, nowMs: number): string {
  // kubectl aligns each kind's report to its own column.
  const width = object.kind === 'Namespace' ? 14 : 20;
  let out = section([
    ['Name', object.metadata.name],
    ...(object.metadata.namespace ? [['Namespace', object.metadata.namespace] as [string, string]] : []),
    ['Labels', mapLines(object.metadata.labels, width)],
    ['Annotations', mapLines(shownAnnotations(object), width)],
    ...(object.kind === 'Namespace' ? [['Status', String(object.status?.phase ?? 'Active')] as [string, string]] : [['CreationTimestamp', describeTime(object.metadata.creationTimestamp)] as [string, string]]),
  ], '', width);
  if (object.kind === 'Namespace') out += `\nNo resource quota.\n\nNo LimitRange resource.\n`;
  if (object.kind === 'Node') {
    const status = object.status as { addresses: { type: string; address: string }[]; nodeInfo: Record<string, string> };
    out += `Taints:             ${((object.spec?.taints as { key: string; effect: string }[]) ?? []).map((t) => `${t.key}:${t.effect}`).join(', ') || '<none>'}\n`;
    out += `Addresses:\n${section(status.addresses.map((a) => [a.type, a.address]), '  ', 13)}`;
    out += `PodCIDR:                      ${object.spec?.podCIDR}\n`;
    const pods = cluster.pods().filter((p) => p.spec.nodeName === object.metadata.name);
    out += `Non-terminated Pods:          (${pods.length} in total)\n`;
    out += formatTable(['Namespace', 'Name', 'Age'], [['---------', '----', '---'], ...pods.map((p) => [p.metadata.namespace ?? '', p.metadata.name, ageOf(p.metadata.creationTimestamp, nowMs)])])
      .split('\n').filter(Boolean).map((l) => `  ${l}\n`).join('');
  }
  return out + eventsTable(cluster, object, nowMs);
}

export function kubectlDescribe(ctx: CommandContext, args: string[]): number {
  const run = startKubectl(ctx, 'describe', args, [{ long: 'selector', short: 'l' }, { long: 'all-namespaces', short: 'A', boolean: true }]);
  if (typeof run === 'number') return run;
  const { cluster, flags } = run;
  const [first, ...names] = flags.positionals;
  if (!first) return kubectlError(ctx, 'You must specify the type of resource to describe. Use "kubectl api-resources" for a complete list of supported resources.');
  const [type, slashName] = first.split('/', 2);
  const info = resolveResource(type);
  if (!info) return kubectlError(ctx, `the server doesn't have a resource type "${type}"`);
  const wanted = slashName ? [slashName] : names;
  const namespace = info.namespaced ? run.namespace : undefined;
  let objects: KubeObject[];
  let status = 0;
  if (wanted.length > 0) {
    objects = [];
    for (const name of wanted) {
      // kubectl describe matches a name prefix when there is no exact match.
      const exact = cluster.store.get(info.kind, namespace, name);
      const byPrefix = exact ? [exact] : cluster.store.list(info.kind, { namespace }).filter((o) => o.metadata.name.startsWith(name));
      if (byPrefix.length === 0) {
        ctx.stderr.write(apiErrorText(notFound(info.plural, name)) + '\n');
        status = 1;
      }
      objects.push(...byPrefix);
    }
  } else {
    let selector;
    try {
      selector = flag(flags, 'selector') ? parseSelector(flag(flags, 'selector')!) : undefined;
    } catch (error) {
      if (error instanceof SelectorError) return kubectlError(ctx, error.message);
      throw error;
    }
    objects = cluster.store.list(info.kind, { namespace, selector });
    if (objects.length === 0) {
      ctx.stderr.write(info.namespaced ? `No resources found in ${run.namespace} namespace.\n` : 'No resources found\n');
      return 0;
    }
  }
  const now = ctx.world.clock.now();
  ctx.stdout.write(objects.map((o) => (o.kind === 'Pod' ? describePod(cluster, o as Pod, now) : describeGeneric(cluster, o, now))).join('\n\n'));
  return status;
}
