#!/usr/bin/env node
// Prints the gzip size of the JavaScript the first page loads and of each lesson's chunks, and the
// brotli size of the largest pages' HTML,
// read from the Vite manifest of the build (which `npm run build` moves out of `dist/` into
// `dist-server/`, so it is never served), and exits 1 when a budget is exceeded.
// Run after `npm run build`.
import { existsSync, readFileSync } from 'node:fs';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import path from 'node:path';

const BUDGET = { firstPage: 105 * 1024, lesson: 20 * 1024 };
const dist = path.resolve(process.env.DIST_DIR || 'dist');
const manifestFile = [path.join(`${dist}-server`, 'manifest.json'), path.join(dist, '.vite/manifest.json')].find((file) => existsSync(file));
if (!manifestFile) throw new Error(`No build manifest for ${dist}: run npm run build first.`);
const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
const gz = (file) => gzipSync(readFileSync(path.join(dist, file)), { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** A chunk's file plus every chunk it imports statically, recursively. */
function closure(key, seen = new Set()) {
  const chunk = manifest[key];
  if (!chunk || seen.has(chunk.file)) return seen;
  seen.add(chunk.file);
  for (const imported of chunk.imports ?? []) closure(imported, seen);
  return seen;
}

const firstPageFiles = closure('index.html');
// public/theme.js applies the colour theme before the page is painted and runs the theme button;
// public/boot.js starts the entry once the prerendered page has been painted. The build inlines
// both (minified) into every page: counted as the course map's HTML carries them.
const homeHtml = readFileSync(path.join(dist, 'index.html'), 'utf8');
const inlineScripts = [...homeHtml.matchAll(/<script(?: [^>]*)?>([\s\S]+?)<\/script>/g)].map((m) => m[1]);
if (inlineScripts.length !== 2) throw new Error(`Expected the two inline scripts (theme.js, boot.js) in ${dist}/index.html, found ${inlineScripts.length}.`);
const inlined = inlineScripts.reduce((sum, text) => sum + gzipSync(text, { level: 9 }).length, 0);
const firstPage = [...firstPageFiles].reduce((sum, file) => sum + gz(file), inlined);
const failures = [];
const rows = [['first page (inline theme.js and boot.js, entry + static imports)', firstPage, BUDGET.firstPage]];
if (firstPage > BUDGET.firstPage) failures.push('first page');

const lessonKeys = Object.keys(manifest).filter((key) => /^lessons\/.+\.mdx$/.test(key)).sort();
for (const key of lessonKeys) {
  // The lesson body, its question bank, and anything only it imports (not already on the first page).
  const bankKey = key.replace(/\.mdx$/, '.questions.ts');
  const files = new Set([...closure(key), ...closure(bankKey)]);
  const shared = new Set([...closure('src/course/lesson-route.tsx'), ...firstPageFiles]);
  const own = [...files].filter((file) => !shared.has(file) && !isSharedByOthers(file, key, bankKey));
  const size = own.reduce((sum, file) => sum + gz(file), 0);
  rows.push([`lesson ${path.basename(key)} (body + questions)`, size, BUDGET.lesson]);
  if (size > BUDGET.lesson) failures.push(key);
}

function isSharedByOthers(file, key, bankKey) {
  return Object.entries(manifest).some(
    ([other, chunk]) => other !== key && other !== bankKey && /^lessons\//.test(other) && chunk.file !== file && closure(other).has(file),
  );
}

const lessonRoute = [...closure('src/course/lesson-route.tsx')].filter((f) => !firstPageFiles.has(f)).reduce((s, f) => s + gz(f), 0);
rows.push(['lesson page code, shared by all lessons (loaded on first lesson)', lessonRoute, null]);

// Loaded on every first visit, but after the first paint: reading saved progress (zod schemas, migrations).
const codecKey = Object.keys(manifest).find((key) => key.endsWith('src/progress/progress-codec.ts'));
if (codecKey) {
  const codec = [...closure(codecKey)].filter((f) => !firstPageFiles.has(f)).reduce((s, f) => s + gz(f), 0);
  rows.push(['saved-progress reader (loaded after first paint)', codec, null]);
}

const width = Math.max(...rows.map(([name]) => name.length));
console.log('JavaScript, gzip -9:');
for (const [name, size, budget] of rows) {
  const verdict = budget === null ? '' : size > budget ? `  OVER budget ${kb(budget)}` : `  (budget ${kb(budget)})`;
  console.log(`  ${name.padEnd(width)}  ${kb(size).padStart(9)}${verdict}`);
}
// The pages' HTML, as the server sends it (brotli). A phone connection's first round trip carries
// ten TCP segments, 14,600 bytes, of which the response's headers take about 1,010; each further
// window costs a round trip before the first paint (decision 007). The budget keeps every page in
// the sitemap within two.
const PAGE_BUDGET = 17 * 1024;
const ONE_ROUND_TRIP = 14_600 - 1_010;
const sitemapFile = path.join(dist, 'sitemap.xml');
if (existsSync(sitemapFile)) {
  const pages = [...readFileSync(sitemapFile, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
  const fileOf = (page) => path.join(dist, page === '/' ? 'index.html' : `${page.slice(1)}.html`);
  const sized = pages.map((page) => {
    const file = fileOf(page);
    const size = existsSync(`${file}.br`) ? readFileSync(`${file}.br`).length : brotliCompressSync(readFileSync(file)).length;
    return [page, size];
  });
  sized.sort((a, b) => b[1] - a[1]);
  const over = sized.filter(([, size]) => size > PAGE_BUDGET);
  const oneTrip = sized.filter(([, size]) => size <= ONE_ROUND_TRIP).length;
  console.log(`Pages' HTML, brotli (${sized.length} pages in the sitemap; ${oneTrip} fit the first round trip, ${kb(ONE_ROUND_TRIP)}):`);
  for (const [page, size] of sized.slice(0, 6)) console.log(`  ${page.padEnd(width - 0)}  ${kb(size).padStart(9)}  ${size > PAGE_BUDGET ? `OVER budget ${kb(PAGE_BUDGET)}` : `(budget ${kb(PAGE_BUDGET)})`}`);
  for (const [page] of over) failures.push(`page ${page}`);
}

if (failures.length) {
  console.error(`Over budget: ${failures.join(', ')}`);
  process.exit(1);
}
console.log('All within budget.');
