/**
 * Label selectors in kubectl's string form (`app=web,tier!=db,env in (a,b),!legacy`)
 * and as the structured `matchLabels` maps objects carry.
 */

export type LabelRequirement =
  | { key: string; op: '=' | '!='; value: string }
  | { key: string; op: 'in' | 'notin'; values: string[] }
  | { key: string; op: 'exists' | '!exists' };

export class SelectorError extends Error {}

export function parseSelector(text: string): LabelRequirement[] {
  const requirements: LabelRequirement[] = [];
  const parts = text.match(/[^,(]+(\([^)]*\))?/g) ?? [];
  for (const raw of parts) {
    const part = raw.trim();
    if (part === '') continue;
    let match: RegExpExecArray | null;
    if ((match = /^([\w./-]+)\s+(in|notin)\s+\(([^)]*)\)$/.exec(part))) {
      requirements.push({ key: match[1], op: match[2] as 'in' | 'notin', values: match[3].split(',').map((v) => v.trim()) });
    } else if ((match = /^([\w./-]+)\s*(==|=|!=)\s*([\w.-]*)$/.exec(part))) {
      requirements.push({ key: match[1], op: match[2] === '!=' ? '!=' : '=', value: match[3] });
    } else if ((match = /^!([\w./-]+)$/.exec(part))) {
      requirements.push({ key: match[1], op: '!exists' });
    } else if ((match = /^([\w./-]+)$/.exec(part))) {
      requirements.push({ key: match[1], op: 'exists' });
    } else {
      throw new SelectorError(`unable to parse requirement: found '${part}', expected: '=', '!=', '==', 'in', notin'`);
    }
  }
  return requirements;
}

export function matchesSelector(labels: Record<string, string> | undefined, requirements: LabelRequirement[]): boolean {
  const have = labels ?? {};
  return requirements.every((r) => {
    const value = have[r.key];
    switch (r.op) {
      case '=':
        return value === r.value;
      case '!=':
        return value !== r.value;
      case 'in':
        return value !== undefined && r.values.includes(value);
      case 'notin':
        return value === undefined || !r.values.includes(value);
      case 'exists':
        return value !== undefined;
      case '!exists':
        return value === undefined;
    }
  });
}

export function matchLabels(labels: Record<string, string> | undefined, wanted: Record<string, string>): boolean {
  return Object.entries(wanted).every(([key, value]) => labels?.[key] === value);
}
