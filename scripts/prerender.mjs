/**
 * Writes the prerendered site into a client build (called by scripts/build.mjs):
 * every page of `prerenderedPages()` rendered by the SSR build of src/app/entry-server.tsx
 * into the HTML template, with its own title, description, canonical link and Open Graph tags,
 * and preloads for its lazy chunks; then sitemap.xml, robots.txt, `_headers`, and a brotli and
 * a gzip copy of every text file. SITE_ORIGIN (default http://127.0.0.1:4173) makes the
 * absolute URLs.
 */
import { readdirSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { staticHostHeaders } from '../server/headers.mjs';

export const DEFAULT_ORIGIN = 'http://127.0.0.1:4173';

const escapeHtml = (text) =>
  String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A chunk's file plus every chunk it imports statically, recursively; and their CSS. */
function closure(manifest, key, files = new Set(), css = new Set()) {
  const chunk = manifest[key];
  if (!chunk) throw new Error(`The build manifest has no entry for ${key}: update modules in src/app/pages.ts.`);
  if (files.has(chunk.file)) return { files, css };
  files.add(chunk.file);
  for (const file of chunk.css ?? []) css.add(file);
  for (const imported of chunk.imports ?? []) closure(manifest, imported, files, css);
  return { files, css };
}

function headFor(page, origin) {
  const url = `${origin}${page.path}`;
  const tags = [
    `<title>${escapeHtml(page.title)}</title>`,
    `<meta name="description" content="${escapeHtml(page.description)}" />`,
  ];
  if (page.indexable) tags.push(`<link rel="canonical" href="${escapeHtml(url)}" />`);
  else tags.push('<meta name="robots" content="noindex" />');
  tags.push(
    `<meta property="og:type" content="${page.path.startsWith('/lessons/') ? 'article' : 'website'}" />`,
    `<meta property="og:site_name" content="Fine-tuning: an interactive course" />`,
    `<meta property="og:locale" content="en_GB" />`,
    `<meta property="og:title" content="${escapeHtml(page.title)}" />`,
    `<meta property="og:description" content="${escapeHtml(page.description)}" />`,
  );
  if (page.indexable) tags.push(`<meta property="og:url" content="${escapeHtml(url)}" />`);
  return tags.join('\n    ');
}

/** The template with the page's head and markup put in. */
function pageHtml(template, page, html, preloads) {
  const replaceOnce = (text, pattern, replacement) => {
    if (!pattern.test(text)) throw new Error(`The HTML template has no ${pattern}.`);
    return text.replace(pattern, () => replacement);
  };
  let out = replaceOnce(template, /<title>[^<]*<\/title>/, '');
  out = replaceOnce(out, /<meta name="description"[^>]*>/, headFor(page, page.origin));
  out = replaceOnce(out, /<\/head>/, `${preloads}</head>`);
  return replaceOnce(out, /<div id="root"><\/div>/, `<div id="root">${html}</div>`);
}

const COMPRESSIBLE = /\.(html|js|css|svg|xml|txt|json|webmanifest)$/;

function* walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else yield full;
  }
}

/** A .br and a .gz beside every text file (only where they are smaller). Returns how many. */
export function precompress(outDir) {
  let written = 0;
  for (const file of [...walk(outDir)]) {
    if (!COMPRESSIBLE.test(file)) continue;
    const raw = readFileSync(file);
    const br = brotliCompressSync(raw, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
    });
    const gz = gzipSync(raw, { level: 9 });
    for (const [suffix, body] of [['.br', br], ['.gz', gz]]) {
      if (body.length >= raw.length) continue;
      writeFileSync(file + suffix, body);
      written += 1;
    }
  }
  return written;
}

/** Writes the prerendered pages and the files generated from them. Returns the number of pages. */
export async function prerenderSite({ outDir, serverDir, origin = process.env.SITE_ORIGIN || DEFAULT_ORIGIN }) {
  origin = origin.replace(/\/+$/, '');
  const { renderPage, prerenderedPages } = await import(pathToFileURL(path.join(serverDir, 'entry-server.js')).href);
  const manifest = JSON.parse(readFileSync(path.join(serverDir, 'manifest.json'), 'utf8'));
  const template = readFileSync(path.join(serverDir, 'template.html'), 'utf8');
  const entry = closure(manifest, 'index.html');

  const pages = prerenderedPages();
  for (const page of pages) {
    const { status, html } = await renderPage(page.path);
    // The not-found page is the router's catch-all route, which renders normally (200).
    if (status !== 200) throw new Error(`${page.path} rendered with status ${status}: the page failed.`);
    const files = new Set();
    const css = new Set();
    for (const module of page.modules) closure(manifest, module, files, css);
    const preloads = [
      ...[...css].filter((file) => !entry.css.has(file)).map((file) => `  <link rel="stylesheet" crossorigin href="/${file}">\n`),
      ...[...files].filter((file) => !entry.files.has(file)).map((file) => `  <link rel="modulepreload" crossorigin href="/${file}">\n`),
    ].join('');
    const target = path.join(outDir, page.file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, pageHtml(template, { ...page, origin }, html, preloads));
  }

  const indexed = pages.filter((page) => page.indexable);
  const sitemap = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...indexed.map((page) => `  <url><loc>${escapeHtml(`${origin}${page.path}`)}</loc></url>`),
    '</urlset>',
    '',
  ].join('\n');
  writeFileSync(path.join(outDir, 'sitemap.xml'), sitemap);
  writeFileSync(path.join(outDir, 'robots.txt'), `User-agent: *\nAllow: /\n\nSitemap: ${origin}/sitemap.xml\n`);
  writeFileSync(path.join(outDir, '_headers'), staticHostHeaders());
  precompress(outDir);
  return pages.length;
}

// Also runnable on its own after a build: node scripts/prerender.mjs [dir]
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const outDir = path.resolve(process.argv[2] || 'dist');
  if (!statSync(outDir, { throwIfNoEntry: false })) throw new Error(`${outDir} does not exist: run the build first.`);
  const count = await prerenderSite({ outDir, serverDir: `${outDir}-server` });
  console.log(`Prerendered ${count} pages into ${outDir}.`);
}
