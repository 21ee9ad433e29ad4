/**
 * `npm run bench`: how fast a lesson page becomes usable. Builds the site if dist/ is
 * missing, serves it locally, and loads the first lesson 5 times in fresh Chromium
 * contexts. Prints the median time to the `terminal-ready` mark and the gzip size of
 * the JavaScript loaded before the editor (Monaco) starts loading.
 */
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../tests/e2e/chromium.ts';
import { serveStatic } from './static-server.ts';

const LESSON_PATH = '/lessons/00-welcome/';
const RUNS = 5;
const TARGET_READY_MS = 1000;
const TARGET_JS_KB = 300;
/** Chunks that belong to the lazily loaded editor (Monaco and its workers). */
const EDITOR_CHUNK = /\/_astro\/(monaco|editor\.api|editor\.worker|json\.worker|jsonMode|yaml|shell)[.-][^/]*\.js$/;

interface Load {
  readyMs: number;
  pageJs: Map<string, number>;
  workerJs: Map<string, number>;
}

async function measureLoad(page: Page, url: string): Promise<Load> {
  const pageJs = new Map<string, number>();
  const workerJs = new Map<string, number>();
  let editorRequested = false;
  const pending: Promise<void>[] = [];
  page.on('request', (request) => {
    if (EDITOR_CHUNK.test(request.url())) editorRequested = true;
  });
  const record = (target: Map<string, number>) => (response: import('@playwright/test').Response) => {
    const request = response.request();
    if (editorRequested || EDITOR_CHUNK.test(request.url())) return;
    if (!['script'].includes(request.resourceType()) && !/\.m?js$/.test(new URL(request.url()).pathname)) return;
    pending.push(
      response.body().then(
        (body) => void target.set(request.url(), gzipSync(body).byteLength),
        () => undefined,
      ),
    );
  };
  page.on('response', record(pageJs));
  page.on('worker', (worker) => {
    // Dedicated workers' own imports are reported on the page in Chromium; note the worker entry.
    workerJs.set(worker.url(), 0);
  });
  await page.goto(url);
  await page.locator('[data-terminal-ready="true"]').waitFor({ timeout: 30_000 });
  const readyMs = await page.evaluate(() => performance.getEntriesByName('terminal-ready')[0]?.startTime ?? NaN);
  await Promise.all(pending);
  for (const workerUrl of workerJs.keys()) {
    if (pageJs.has(workerUrl)) {
      workerJs.set(workerUrl, pageJs.get(workerUrl)!);
      pageJs.delete(workerUrl);
    }
  }
  return { readyMs, pageJs, workerJs };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const sum = (sizes: Map<string, number>) => [...sizes.values()].reduce((a, b) => a + b, 0);

async function main() {
  const root = resolve('dist');
  if (!existsSync(resolve(root, 'index.html'))) {
    console.log('dist/ is missing: running astro build');
    const build = spawnSync('npx', ['astro', 'build'], { stdio: 'inherit' });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  const server = await serveStatic(root);
  const browser = await chromium.launch(chromiumLaunchOptions);
  const loads: Load[] = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      loads.push(await measureLoad(page, server.url + LESSON_PATH));
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }

  const last = loads[loads.length - 1];
  const pageBytes = sum(last.pageJs);
  const workerBytes = sum(last.workerJs);
  console.log(`lesson page: ${LESSON_PATH} (${RUNS} fresh loads, served from dist/)`);
  console.log(`terminal-ready runs (ms): ${loads.map((load) => load.readyMs.toFixed(0)).join(', ')}`);
  console.log(`terminal-ready median: ${median(loads.map((load) => load.readyMs)).toFixed(0)} ms (target < ${TARGET_READY_MS} ms)`);
  console.log(`JS before the editor loads, gzip: ${kb(pageBytes + workerBytes)} KB (target < ${TARGET_JS_KB} KB)`);
  console.log(`  page scripts: ${kb(pageBytes)} KB in ${last.pageJs.size} files`);
  console.log(`  sandbox worker: ${kb(workerBytes)} KB in ${last.workerJs.size} file(s)`);
  for (const [url, bytes] of [...last.pageJs, ...last.workerJs].sort((a, b) => b[1] - a[1])) {
    console.log(`    ${kb(bytes).padStart(7)} KB  ${new URL(url).pathname}`);
  }
}

await main();
