/** JSONPath templates as kubectl documents them (kubernetes.io/docs/reference/kubectl/jsonpath/). */
import { describe, expect, it } from 'vitest';
import { JsonPathError, renderJsonPath, selectValues } from './jsonpath.ts';

const list = {
  kind: 'List',
  items: [
    { kind: 'None', metadata: { name: '127.0.0.1' }, status: { capacity: { cpu: '4' }, addresses: [{ type: 'LegacyHostIP', address: '127.0.0.1' }] } },
    { kind: 'None', metadata: { name: '127.0.0.2' }, status: { capacity: { cpu: '8' }, addresses: [{ type: 'LegacyHostIP', address: '127.0.0.2' }, { type: 'another', address: '127.0.0.3' }] } },
  ],
  users: [{ name: 'myself', user: {} }, { name: 'e2e', user: { username: 'admin', password: 'secret' } }],
};

describe('jsonpath', () => {
  it.each([
    ['{.kind}', 'List'],
    ["{['kind']}", 'List'],
    ['{..name}', '127.0.0.1 127.0.0.2 myself e2e'],
    ['{.items[*].metadata.name}', '127.0.0.1 127.0.0.2'],
    ['{.users[0].name}', 'myself'],
    ['{.items[-1:].metadata.name}', '127.0.0.2'],
    ['{.users[?(@.name=="e2e")].user.password}', 'secret'],
    ['{range .items[*]}[{.metadata.name}, {.status.capacity.cpu}] {end}', '[127.0.0.1, 4] [127.0.0.2, 8] '],
    ['{range .items[*]}{.metadata.name}{"\\t"}{end}', '127.0.0.1\t127.0.0.2\t'],
    ['names: {.items[*].metadata.name}', 'names: 127.0.0.1 127.0.0.2'],
    ['{.items[0].status.capacity}', '{"cpu":"4"}'],
  ])('%s', (template, expected) => {
    expect(renderJsonPath(template, list)).toBe(expected);
  });

  it('reports unclosed actions and ranges, and out-of-range indexes', () => {
    expect(() => renderJsonPath('{.kind', list)).toThrow(JsonPathError);
    expect(() => renderJsonPath('{range .items[*]}{.kind}', list)).toThrow('unclosed range');
    expect(() => renderJsonPath('{.users[5]}', list)).toThrow('array index out of bounds');
  });

  it('selects values for custom columns, nothing for missing fields', () => {
    expect(selectValues(list.items[1], '.status.addresses[*].address')).toEqual(['127.0.0.2', '127.0.0.3']);
    expect(selectValues(list.items[0], '.spec.nodeName')).toEqual([]);
  });
});
