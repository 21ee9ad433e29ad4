/**
 * kubectl's JSONPath templates (`-o jsonpath=…`, `custom-columns`): text with `{…}`
 * expressions — fields, `['key']`, `[n]`, `[*]`, slices, `..` recursive descent,
 * `[?(@.f=="v")]` filters, `{range …}…{end}` and string literals.
 */

export class JsonPathError extends Error {}

type Segment =
  | { kind: 'field'; name: string }
  | { kind: 'recursive'; name: string }
  | { kind: 'index'; index: number }
  | { kind: 'slice'; start?: number; end?: number }
  | { kind: 'wildcard' }
  | { kind: 'filter'; path: Segment[]; op?: string; value?: string | number | boolean };

type Node = { kind: 'text'; text: string } | { kind: 'path'; segments: Segment[] } | { kind: 'range'; segments: Segment[]; body: Node[] };

function parsePath(expression: string): Segment[] {
  const segments: Segment[] = [];
  let rest = expression.trim();
  if (rest.startsWith('$')) rest = rest.slice(1);
  if (rest.startsWith('@')) rest = rest.slice(1);
  while (rest.length > 0) {
    let match: RegExpExecArray | null;
    if ((match = /^\.\.([\w-]+)/.exec(rest))) segments.push({ kind: 'recursive', name: match[1] });
    else if ((match = /^\.((?:[\w-]|\\\.)+)/.exec(rest))) segments.push({ kind: 'field', name: match[1].replace(/\\\./g, '.') });
    else if ((match = /^\.?\[\*\]/.exec(rest)) || (match = /^\.\*/.exec(rest))) segments.push({ kind: 'wildcard' });
    else if ((match = /^\[(-?\d+)\]/.exec(rest))) segments.push({ kind: 'index', index: Number(match[1]) });
    else if ((match = /^\[(-?\d*):(-?\d*)\]/.exec(rest))) segments.push({ kind: 'slice', start: match[1] ? Number(match[1]) : undefined, end: match[2] ? Number(match[2]) : undefined });
    else if ((match = /^\[\s*'([^']*)'\s*\]/.exec(rest)) || (match = /^\[\s*"([^"]*)"\s*\]/.exec(rest))) segments.push({ kind: 'field', name: match[1] });
    else if ((match = /^\[\?\(\s*@([^)=!<>\s]*)\s*(?:(==|!=|<=|>=|<|>)\s*("[^"]*"|'[^']*'|[^)\s]+))?\s*\)\]/.exec(rest))) {
      const raw = match[3];
      const value = raw === undefined ? undefined : /^["']/.test(raw) ? raw.slice(1, -1) : raw === 'true' || raw === 'false' ? raw === 'true' : Number(raw);
      segments.push({ kind: 'filter', path: parsePath(match[1]), op: match[2], value });
    } else if (rest === '.') break;
    else throw new JsonPathError(`unrecognized identifier ${rest}`);
    rest = rest.slice(match ? match[0].length : 1);
  }
  return segments;
}

function parseTemplate(template: string): Node[] {
  const stack: Node[][] = [[]];
  const ranges: Extract<Node, { kind: 'range' }>[] = [];
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf('{', i);
    if (open < 0) {
      stack.at(-1)!.push({ kind: 'text', text: template.slice(i) });
      break;
    }
    if (open > i) stack.at(-1)!.push({ kind: 'text', text: template.slice(i, open) });
    const close = template.indexOf('}', open);
    if (close < 0) throw new JsonPathError(`unclosed action`);
    const inner = template.slice(open + 1, close).trim();
    i = close + 1;
    if (inner.startsWith('range ')) {
      const node: Extract<Node, { kind: 'range' }> = { kind: 'range', segments: parsePath(inner.slice(6)), body: [] };
      stack.at(-1)!.push(node);
      ranges.push(node);
      stack.push(node.body);
    } else if (inner === 'end') {
      if (!ranges.pop()) throw new JsonPathError('not in range, nothing to end');
      stack.pop();
    } else if (/^"(?:[^"\\]|\\.)*"$/.test(inner)) {
      stack.at(-1)!.push({ kind: 'text', text: JSON.parse(inner) as string });
    } else {
      stack.at(-1)!.push({ kind: 'path', segments: parsePath(inner) });
    }
  }
  if (ranges.length > 0) throw new JsonPathError('unclosed range');
  return stack[0];
}

function step(values: unknown[], segment: Segment): unknown[] {
  const out: unknown[] = [];
  for (const value of values) {
    if (segment.kind === 'field') {
      if (value && typeof value === 'object' && !Array.isArray(value) && segment.name in value) out.push((value as Record<string, unknown>)[segment.name]);
    } else if (segment.kind === 'recursive') {
      const visit = (node: unknown) => {
        if (!node || typeof node !== 'object') return;
        if (!Array.isArray(node) && segment.name in node) out.push((node as Record<string, unknown>)[segment.name]);
        for (const child of Object.values(node)) visit(child);
      };
      visit(value);
    } else if (segment.kind === 'wildcard') {
      if (Array.isArray(value)) out.push(...value);
      else if (value && typeof value === 'object') out.push(...Object.values(value));
    } else if (Array.isArray(value)) {
      if (segment.kind === 'index') {
        const item = value[segment.index < 0 ? value.length + segment.index : segment.index];
        if (item === undefined) throw new JsonPathError(`array index out of bounds: index ${segment.index}, length ${value.length}`);
        out.push(item);
      } else if (segment.kind === 'slice') out.push(...value.slice(segment.start, segment.end));
      else if (segment.kind === 'filter') out.push(...value.filter((item) => matches(item, segment)));
    }
  }
  return out;
}

function matches(item: unknown, filter: Extract<Segment, { kind: 'filter' }>): boolean {
  const found = filter.path.reduce((values, segment) => step(values, segment), [item]);
  if (filter.op === undefined) return found.length > 0;
  return found.some((value) => {
    switch (filter.op) {
      case '==': return value === filter.value || String(value) === String(filter.value);
      case '!=': return String(value) !== String(filter.value);
      case '<': return Number(value) < Number(filter.value);
      case '>': return Number(value) > Number(filter.value);
      case '<=': return Number(value) <= Number(filter.value);
      case '>=': return Number(value) >= Number(filter.value);
      default: return false;
    }
  });
}

/** Values an expression selects from `data` (used by custom-columns). */
export function selectValues(data: unknown, expression: string): unknown[] {
  return parsePath(expression.replace(/^\{(.*)\}$/, '$1')).reduce((values, segment) => step(values, segment), [data]);
}

export function formatValue(value: unknown): string {
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

/** Render a template against data, as `kubectl get -o jsonpath=TEMPLATE` does. */
export function renderJsonPath(template: string, data: unknown): string {
  const render = (nodes: Node[], current: unknown): string =>
    nodes
      .map((node) => {
        if (node.kind === 'text') return node.text;
        const values = node.segments.reduce((acc, segment) => step(acc, segment), [current]);
        if (node.kind === 'path') return values.map(formatValue).join(' ');
        return values.map((value) => render(node.body, value)).join('');
      })
      .join('');
  return render(parseTemplate(template), data);
}
