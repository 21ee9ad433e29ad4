/**
 * The object store with API-server semantics: metadata is the server's (uid,
 * resourceVersion, generation, creationTimestamp), writes that change nothing do not
 * bump the resourceVersion, and namespaced objects need their namespace to exist.
 */
import type { VirtualClock } from '../clock.ts';
import type { SeededRandom } from '../random.ts';
import { ApiError, notFound } from './errors.ts';
import { kindInfo } from './kinds.ts';
import { matchesSelector, type LabelRequirement } from './selectors.ts';
import type { KubeObject } from './types.ts';

function key(kind: string, namespace: string | undefined, name: string): string {
  return `${kind}/${namespace ?? ''}/${name}`;
}

export function clone<T>(value: T): T {
  return structuredClone(value);
}

/** Deep equality for JSON-like data, key order ignored. */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

export class ObjectStore {
  private objects = new Map<string, KubeObject>();
  private version = 1000;

  constructor(
    private readonly clock: VirtualClock,
    private readonly random: SeededRandom,
  ) {}

  private nextVersion(): string {
    this.version += 1;
    return String(this.version);
  }

  get<T extends KubeObject = KubeObject>(kind: string, namespace: string | undefined, name: string): T | undefined {
    return this.objects.get(key(kind, kindInfo(kind)?.namespaced ? namespace : undefined, name)) as T | undefined;
  }

  /** Like get, but throws the API server's NotFound. */
  require<T extends KubeObject = KubeObject>(kind: string, namespace: string | undefined, name: string): T {
    const found = this.get<T>(kind, namespace, name);
    if (!found) throw notFound(kindInfo(kind)?.plural ?? kind.toLowerCase(), name);
    return found;
  }

  list<T extends KubeObject = KubeObject>(kind: string, options: { namespace?: string; selector?: LabelRequirement[] } = {}): T[] {
    const out: T[] = [];
    for (const object of this.objects.values()) {
      if (object.kind !== kind) continue;
      if (options.namespace !== undefined && object.metadata.namespace !== options.namespace) continue;
      if (options.selector && !matchesSelector(object.metadata.labels, options.selector)) continue;
      out.push(object as T);
    }
    return out.sort((a, b) => (a.metadata.namespace ?? '').localeCompare(b.metadata.namespace ?? '') || a.metadata.name.localeCompare(b.metadata.name));
  }

  create<T extends KubeObject>(object: T, options: { creationTimestamp?: string } = {}): T {
    const info = kindInfo(object.kind);
    if (!info) throw new ApiError('BadRequest', `no kind "${object.kind}" is registered`);
    const namespace = info.namespaced ? (object.metadata.namespace ?? 'default') : undefined;
    if (namespace !== undefined && !this.get('Namespace', undefined, namespace)) {
      throw new ApiError('NotFound', `namespaces "${namespace}" not found`);
    }
    const k = key(object.kind, namespace, object.metadata.name);
    if (this.objects.has(k)) throw new ApiError('AlreadyExists', `${info.plural} "${object.metadata.name}" already exists`);
    const stored = clone(object);
    stored.metadata = {
      ...stored.metadata,
      ...(namespace !== undefined ? { namespace } : {}),
      uid: this.random.uuid(),
      resourceVersion: this.nextVersion(),
      generation: stored.spec ? 1 : undefined,
      creationTimestamp: options.creationTimestamp ?? this.clock.toISOString(),
    };
    if (stored.metadata.generation === undefined) delete stored.metadata.generation;
    this.objects.set(k, stored);
    return stored;
  }

  /**
   * Replace an object. Returns whether anything changed; only then does the
   * resourceVersion move (and the generation, when the spec changed).
   */
  update(object: KubeObject): boolean {
    const k = key(object.kind, object.metadata.namespace, object.metadata.name);
    const current = this.objects.get(k);
    if (!current) throw notFound(kindInfo(object.kind)?.plural ?? object.kind, object.metadata.name);
    const next = clone(object);
    next.metadata = { ...next.metadata, uid: current.metadata.uid, creationTimestamp: current.metadata.creationTimestamp, resourceVersion: current.metadata.resourceVersion, generation: current.metadata.generation };
    if (current.metadata.generation === undefined) delete next.metadata.generation;
    if (sameData(current, next)) return false;
    if (!sameData(current.spec, next.spec) && next.metadata.generation !== undefined) next.metadata.generation += 1;
    next.metadata.resourceVersion = this.nextVersion();
    this.objects.set(k, next);
    return true;
  }

  delete(kind: string, namespace: string | undefined, name: string): KubeObject {
    const info = kindInfo(kind);
    const k = key(kind, info?.namespaced ? namespace : undefined, name);
    const current = this.objects.get(k);
    if (!current) throw notFound(info?.plural ?? kind, name);
    this.objects.delete(k);
    return current;
  }
}
