#!/usr/bin/env node
/**
 * The production build: `node scripts/build.mjs [--out-dir dir]` (default `dist`).
 * 1. Vite's client build into <dir>/.
 * 2. Vite's SSR build of src/app/entry-server.tsx into <dir>-server/ (never served).
 * 3. The build manifest and the HTML template move to <dir>-server/ too, so nothing in <dir>/
 *    names source files.
 * 4. scripts/prerender.mjs writes every page, sitemap.xml, robots.txt and _headers.
 * 5. The service worker is written again, now that the pages exist, so that it precaches them
 *    (vite-plugin-pwa writes it at the end of step 1, before there are pages: src/build/pwa.ts).
 * 6. The brotli and gzip copies of every text file.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { minifySync } from '@swc/core';
import { build } from 'vite';
import { precompress, prerenderSite } from './prerender.mjs';

const { values } = parseArgs({ options: { 'out-dir': { type: 'string', default: process.env.DIST_DIR || 'dist' } } });
const outDir = path.resolve(values['out-dir']);
const serverDir = `${outDir}-server`;

const started = Date.now();
/** vite-plugin-pwa's API, taken from the client build's resolved config. */
let serviceWorker;
const captureServiceWorker = {
  name: 'capture-service-worker-api',
  configResolved(config) {
    serviceWorker = config.plugins.find((plugin) => plugin.name === 'vite-plugin-pwa')?.api;
  },
};
await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true }, plugins: [captureServiceWorker] });
if (!serviceWorker) throw new Error('vite-plugin-pwa is not among the build plugins: no service worker.');
await build({
  logLevel: 'warn',
  build: { ssr: 'src/app/entry-server.tsx', outDir: serverDir, emptyOutDir: true, manifest: false, copyPublicDir: false },
});
// The hand-written scripts every page loads before the app (public/: Vite copies them as they
// are) ship minified: readable in the repository, about 0.35 KB smaller on the first page.
for (const script of ['theme.js', 'boot.js']) {
  const file = path.join(outDir, script);
  if (existsSync(file)) writeFileSync(file, minifySync(readFileSync(file, 'utf8'), { compress: true, mangle: true }).code);
}
mkdirSync(serverDir, { recursive: true });
renameSync(path.join(outDir, '.vite/manifest.json'), path.join(serverDir, 'manifest.json'));
rmSync(path.join(outDir, '.vite'), { recursive: true, force: true });
cpSync(path.join(outDir, 'index.html'), path.join(serverDir, 'template.html'));

const pages = await prerenderSite({ outDir, serverDir, compress: false });
await serviceWorker.generateSW();
precompress(outDir);
console.log(`Built ${path.relative(process.cwd(), outDir)}/ with ${pages} prerendered pages in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
