/**
 * Reads manifests for `-f FILE|DIR|-`: files in the sandbox fs or standard input,
 * multi-document YAML or JSON, with kubectl's parse errors and line numbers.
 */
import { parseAllDocuments } from 'yaml';
import type { CommandContext } from '../command.ts';
import { resolvePath } from '../../fs/path.ts';
import type { KubeObject } from '../../world/kube/types.ts';

export interface Manifest {
  /** The -f value the object came from, as kubectl names it in messages. */
  source: string;
  object: KubeObject;
}

export class ManifestError extends Error {}

/** The yaml library's message in the shape of Go's yaml errors: `yaml: line N: …`. */
function goStyleYamlError(error: { message: string; linePos?: [{ line: number; col: number }, ...unknown[]] }): string {
  const line = error.linePos?.[0]?.line;
  const first = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  const text = first.charAt(0).toLowerCase() + first.slice(1);
  return line ? `yaml: line ${line}: ${text}` : `yaml: ${text}`;
}

export function parseManifests(text: string, source: string): KubeObject[] {
  const documents = parseAllDocuments(text, { prettyErrors: true });
  const objects: KubeObject[] = [];
  for (const document of Array.isArray(documents) ? documents : [documents]) {
    const error = document.errors[0];
    if (error) throw new ManifestError(`error parsing ${source}: error converting YAML to JSON: ${goStyleYamlError(error as never)}`);
    const value = document.toJSON() as unknown;
    if (value === null || value === undefined) continue;
    if (typeof value !== 'object' || Array.isArray(value)) {
      throw new ManifestError(`error parsing ${source}: error unmarshaling JSON: while decoding JSON: json: cannot unmarshal ${Array.isArray(value) ? 'array' : typeof value} into Go value of type map[string]interface {}`);
    }
    const object = value as KubeObject;
    if (object.kind === 'List' && Array.isArray(object.items)) objects.push(...(object.items as KubeObject[]));
    else objects.push(object);
  }
  return objects;
}

const MANIFEST_FILE = /\.(ya?ml|json)$/;

export async function readManifests(ctx: CommandContext, sources: string[], recursive = false): Promise<Manifest[]> {
  const manifests: Manifest[] = [];
  for (const source of sources) {
    if (source === '-') {
      for (const object of parseManifests(await ctx.stdin.readAll(), 'STDIN')) manifests.push({ source: 'STDIN', object });
      continue;
    }
    const path = resolvePath(ctx.cwd, source);
    if (!ctx.fs.exists(path)) throw new ManifestError(`the path "${source}" does not exist`);
    const files = ctx.fs.isDirectory(path)
      ? (recursive ? ctx.fs.walkFiles(path) : ctx.fs.readdir(path).map((name) => `${path}/${name}`).filter((file) => ctx.fs.isFile(file)))
          .filter((file) => MANIFEST_FILE.test(file))
          .map((file) => (source.endsWith('/') ? source : source + '/') + file.slice(path.length + 1))
      : [source];
    for (const file of files) {
      for (const object of parseManifests(ctx.fs.readFile(resolvePath(ctx.cwd, file)), file)) manifests.push({ source: file, object });
    }
  }
  return manifests;
}
