/** Semantics of the Kubernetes slice: store, selectors, scheduler, kubelet. */
import { describe, expect, it } from 'vitest';
import { World } from '../world.ts';
import { bootstrapCluster } from './bootstrap.ts';
import { installKubeControllers } from './controllers/index.ts';
import { applyDefaults } from './defaults.ts';
import { matchesSelector, parseSelector } from './selectors.ts';
import { formatAge } from '../../cli/kubectl/table.ts';
import type { KubeObject, Pod } from './types.ts';

function world() {
  const w = new World();
  installKubeControllers(w);
  const cluster = bootstrapCluster(w, { name: 'lab', workers: 2 });
  w.reconcile();
  return { w, cluster };
}

function pod(name: string, extra: Partial<Pod['spec']> = {}, image = 'nginx'): KubeObject {
  return applyDefaults({ apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: 'default', labels: { app: name } }, spec: { containers: [{ name: 'c', image }], ...extra } } as KubeObject);
}

describe('object store', () => {
  it('assigns server metadata and bumps resourceVersion only on real changes', () => {
    const { cluster } = world();
    const created = cluster.store.create(pod('a'));
    expect(created.metadata.uid).toMatch(/^[0-9a-f-]{36}$/);
    expect(created.metadata.creationTimestamp).toBe('2026-01-05T09:00:00Z');
    const version = created.metadata.resourceVersion;
    expect(cluster.store.update(structuredClone(created))).toBe(false);
    expect(cluster.store.get('Pod', 'default', 'a')!.metadata.resourceVersion).toBe(version);
    const relabelled = structuredClone(cluster.store.get('Pod', 'default', 'a')!);
    relabelled.metadata.labels = { app: 'b' };
    expect(cluster.store.update(relabelled)).toBe(true);
    expect(Number(cluster.store.get('Pod', 'default', 'a')!.metadata.resourceVersion)).toBeGreaterThan(Number(version));
  });

  it('needs the namespace and refuses duplicates', () => {
    const { cluster } = world();
    const stray = pod('a');
    stray.metadata.namespace = 'nowhere';
    expect(() => cluster.store.create(stray)).toThrow('namespaces "nowhere" not found');
    cluster.store.create(pod('a'));
    expect(() => cluster.store.create(pod('a'))).toThrow('pods "a" already exists');
  });

  it('is deterministic: the same seed gives the same uids and pod names', () => {
    const names = () => world().cluster.pods('kube-system').map((p) => `${p.metadata.name} ${p.metadata.uid}`);
    expect(names()).toEqual(names());
  });
});

describe('label selectors', () => {
  const labels = { app: 'web', tier: 'front' };
  it.each([
    ['app=web', true],
    ['app==web,tier=front', true],
    ['app!=web', false],
    ['tier in (front,back)', true],
    ['tier notin (front)', false],
    ['app', true],
    ['!legacy', true],
    ['legacy', false],
  ])('%s → %s', (selector, expected) => {
    expect(matchesSelector(labels, parseSelector(selector as string))).toBe(expected);
  });
});

describe('scheduler', () => {
  it('spreads pods over the workers, never the tainted control plane, ties by name', () => {
    const { w, cluster } = world();
    for (const name of ['a', 'b', 'c', 'd']) cluster.store.create(pod(name));
    w.reconcile();
    expect(cluster.pods('default').map((p) => p.spec.nodeName)).toEqual(['lab-worker', 'lab-worker2', 'lab-worker', 'lab-worker2']);
  });

  it('honours nodeSelector and tolerations', () => {
    const { w, cluster } = world();
    cluster.store.create(pod('pinned', { nodeSelector: { 'kubernetes.io/hostname': 'lab-worker2' } }));
    cluster.store.create(pod('cp', { nodeSelector: { 'kubernetes.io/hostname': 'lab-control-plane' }, tolerations: [{ key: 'node-role.kubernetes.io/control-plane', operator: 'Exists', effect: 'NoSchedule' }] }));
    cluster.store.create(pod('stuck', { nodeSelector: { disk: 'ssd' } }));
    w.reconcile();
    expect(cluster.pod('default', 'pinned')!.spec.nodeName).toBe('lab-worker2');
    expect(cluster.pod('default', 'cp')!.spec.nodeName).toBe('lab-control-plane');
    const stuck = cluster.pod('default', 'stuck')!;
    expect(stuck.spec.nodeName).toBeUndefined();
    expect(stuck.status.conditions?.[0]).toMatchObject({ type: 'PodScheduled', status: 'False', reason: 'Unschedulable' });
    expect(stuck.status.conditions?.[0].message).toBe(
      "0/3 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 2 node(s) didn't match Pod's node affinity/selector. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.",
    );
  });
});

describe('kubelet', () => {
  it('runs a pod one virtual second after binding, with an IP from the node range', () => {
    const { w, cluster } = world();
    cluster.store.create(pod('web'));
    w.reconcile();
    expect(cluster.pod('default', 'web')!.status.containerStatuses?.[0].state.waiting?.reason).toBe('ContainerCreating');
    w.advance(1000);
    const running = cluster.pod('default', 'web')!;
    expect(running.status.phase).toBe('Running');
    expect(running.status.podIP).toBe('10.244.1.2');
  });

  it('fails to pull unknown images: ErrImagePull, then ImagePullBackOff', () => {
    const { w, cluster } = world();
    cluster.store.create(pod('typo', {}, 'ngnix:1.27'));
    w.reconcile();
    w.advance(1000);
    const status = () => cluster.pod('default', 'typo')!.status.containerStatuses![0].state.waiting!;
    expect(status().reason).toBe('ErrImagePull');
    expect(status().message).toContain('docker.io/library/ngnix:1.27');
    w.advance(3000);
    expect(status()).toEqual({ reason: 'ImagePullBackOff', message: 'Back-off pulling image "ngnix:1.27"' });
  });
});

describe('ages', () => {
  it.each([
    [5_000, '5s'],
    [119_000, '119s'],
    [123_000, '2m3s'],
    [600_000, '10m'],
    [3 * 3600_000 + 15 * 60_000, '3h15m'],
    [2 * 86400_000, '2d'],
  ])('%i ms → %s', (ms, text) => expect(formatAge(ms)).toBe(text));
});
