#!/usr/bin/env node
// `npm run bench`: how the progress store copes with a long history. Bundles
// scripts/bench/progress-bench.ts (the real store, storage adapter and codec) with Vite's
// build() API into node_modules/.cache/bench, installs an in-memory localStorage and a
// `window` global, imports the bundle, and prints hydrate, record-an-answer and the other
// tab's merge times for 10 and 10,000 logged tries side by side. Exits 1 when, at 10,000
// tries, recording an answer takes more than 2 ms at p95 or the other tab's merge more
// than 16 ms (one frame): wall clock, or CPU time when the machine has more work than
// cores (the report says which).
import { rmSync } from 'node:fs';

import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';

const started = performance.now();
const root = path.resolve(import.meta.dirname, '..');
const outDir = path.join(root, 'node_modules/.cache/bench');
const OPTIONS = { sizes: [10, 10_000], hydrateRuns: 60, recordRuns: 200, warmup: 10 };

process.env.NODE_ENV = 'production';
await build({
  root,
  configFile: false, // the app's plugins (MDX, React) are not needed for plain TypeScript
  logLevel: 'warn',
  mode: 'production',
  build: {
    ssr: path.join(root, 'scripts/bench/progress-bench.ts'),
    outDir,
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rolldownOptions: { output: { entryFileNames: 'progress-bench.mjs', chunkFileNames: '[name]-[hash].mjs' } },
  },
});

/** localStorage in memory, with the Storage API's behaviour; counts writes and characters written. */
class MemoryStorage {
  #items = new Map();
  writes = 0;
  written = 0;
  get length() {
    return this.#items.size;
  }
  #keys = null; // cached for key(index), as browsers answer it without copying every key
  key(index) {
    this.#keys ??= [...this.#items.keys()];
    return this.#keys[index] ?? null;
  }
  getItem(key) {
    return this.#items.has(String(key)) ? this.#items.get(String(key)) : null;
  }
  setItem(key, value) {
    this.writes += 1;
    this.written += String(value).length;
    if (!this.#items.has(String(key))) this.#keys = null;
    this.#items.set(String(key), String(value));
  }
  removeItem(key) {
    this.#items.delete(String(key));
    this.#keys = null;
  }
  clear() {
    this.#items.clear();
    this.#keys = null;
  }
}

// Before the store module loads: persist hydrates as soon as the store is created.
globalThis.window = globalThis;
globalThis.localStorage = new MemoryStorage();

const bench = await import(pathToFileURL(path.join(outDir, 'progress-bench.mjs')).href);
const samples = await bench.runBench(OPTIONS);
const { text, pass } = bench.report(samples, OPTIONS);
console.log(text);
console.log(`(${((performance.now() - started) / 1000).toFixed(1)} s in all, build included)`);
rmSync(outDir, { recursive: true, force: true });
process.exitCode = pass ? 0 : 1;
