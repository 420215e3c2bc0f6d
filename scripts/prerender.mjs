/**
 * Writes the prerendered site into a client build (called by scripts/build.mjs):
 * every page of `prerenderedPages()` rendered by the SSR build of src/app/entry-server.tsx
 * into the HTML template, with its own title, description, canonical link and Open Graph tags;
 * then sitemap.xml, robots.txt, the headers (`_headers`, and `<dir>-server/headers.json` for the
 * production server), and a brotli and a gzip copy of every text file. SITE_ORIGIN (default
 * http://127.0.0.1:4173) makes the absolute URLs.
 *
 * The first paint waits for nothing but the HTML: each page inlines the part of the course's one
 * stylesheet that its own markup uses (the CSP allows it by hash), and public/boot.js adds the
 * whole stylesheet and the app's script once the page has been painted, instead of a stylesheet
 * link, a module tag and preloads that would share the network with it. A page that fits the
 * first round trip of a phone connection (about 14 KB) paints a round trip sooner.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import Beasties from 'beasties';
import { securityHeadersFor, siteCsp, staticHostHeaders } from '../server/headers.mjs';

export const DEFAULT_ORIGIN = 'http://127.0.0.1:4173';

const escapeHtml = (text) =>
  String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

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

const replaceOnce = (text, pattern, replacement) => {
  if (!pattern.test(text)) throw new Error(`The HTML template has no ${pattern}.`);
  return text.replace(pattern, () => replacement);
};

/** A CSP source for exactly this inline text. */
const sha256 = (text) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

/** A script from public/, to be inlined into every page: its text, checked, and its copy in the output removed. */
function publicScript(name, outDir) {
  // The build's minified copy (scripts/build.mjs), or the source when run again on a prerendered build.
  const built = path.join(outDir, name);
  const text = readFileSync(statSync(built, { throwIfNoEntry: false }) ? built : new URL(`../public/${name}`, import.meta.url), 'utf8').trim();
  if (/<\/script/i.test(text)) throw new Error(`public/${name} must not contain "</script": it is inlined into every page.`);
  // Vite copied it from public/; served on its own it would only be a stale duplicate.
  rmSync(path.join(outDir, name), { force: true });
  return text;
}

/**
 * The Vite-built index.html made into the template every page shares: the whole stylesheet
 * inlined (each page keeps only its part of it: `pageStyles`), theme.js (the colour theme, before
 * the first paint) inlined, the module script and its preloads replaced by boot.js, inlined too,
 * told where the app, the whole stylesheet and the web manifest are. Inline, no script costs the page a request
 * before its first paint: as files, each was one more round trip before the largest paint on a
 * slow phone connection. The CSP meta tag is written per page, with the hash of the page's styles.
 */
function siteTemplate(html, outDir) {
  const stylesheet = /<link rel="stylesheet"[^>]*href="\/(assets\/[^"]+\.css)"[^>]*>/.exec(html);
  const entry = /<script type="module"[^>]*src="(\/assets\/[^"]+\.js)"[^>]*><\/script>/.exec(html);
  if (!stylesheet?.[1] || !entry?.[1]) throw new Error('The built index.html has no stylesheet link or no module script.');
  const css = readFileSync(path.join(outDir, stylesheet[1]), 'utf8').trim();
  if (/<\/style/i.test(css)) throw new Error('The stylesheet must not contain "</style": it is inlined into every page.');
  const boot = publicScript('boot.js', outDir);
  const theme = publicScript('theme.js', outDir);
  const scriptHashes = [sha256(theme), sha256(boot)];
  let out = html.replace(/\s*<link rel="modulepreload"[^>]*>/g, '');
  out = replaceOnce(out, /<link rel="stylesheet"[^>]*>/, `<style>${css}</style>`);
  out = replaceOnce(out, /<script src="\/theme\.js"><\/script>/, `<script>${theme}</script>`);
  // The web manifest (and the icons it names) are fetched as soon as the link is parsed, within
  // the first paint's round trips on a slow phone: boot.js adds the link after that paint instead.
  const manifest = /\s*<link rel="manifest" href="([^"]+)"[^>]*>/.exec(out);
  if (!manifest?.[1]) throw new Error('The built index.html has no web manifest link.');
  out = out.replace(manifest[0], '');
  out = replaceOnce(
    out,
    /<script type="module"[^>]*><\/script>/,
    `<script data-app="${entry[1]}" data-style="/${stylesheet[1]}" data-manifest="${manifest[1]}">${boot}</script>`,
  );
  if (!/<meta http-equiv="Content-Security-Policy" content="[^"]*">/.test(out)) throw new Error('The built index.html has no CSP meta tag.');
  return { template: out, css, scriptHashes };
}

/**
 * The rules of the whole stylesheet that a page's own markup uses (Beasties matches every
 * selector against the page, ignoring states such as :hover and :focus), plus what the page needs
 * before the app has run: the dark and light themes (theme.js sets `data-theme` on <html> before
 * the first paint, with `data-js` for the phone's header Menu), boot.js's notices, and an opened <details>. Everything else (a quiz's feedback, a popover, a menu)
 * arrives with the whole stylesheet, which the app waits for before it hydrates (src/app/main.tsx).
 */
const beasties = new Beasties({
  external: false,
  reduceInlineStyles: true,
  inlineFonts: false,
  logLevel: 'warn',
  // `[open]`: a <details> opens without JavaScript, so its open look must not wait for the whole sheet.
  // `data-js`: theme.js marks <html> before the first paint, and a phone's header then folds its
  // links into the Menu, which theme.js opens and closes until the app has started.
  // `:is(` and `:has(`: Beasties 0.5 drops a rule whose compound is only `:is(…)` (`.lesson :is(h2, #quiz)`)
  // and `html:has(…)` even where they match; the course has ten such rules, so all are kept.
  allowRules: [/data-theme/, /data-js/, /\.site-menu-button\[aria-expanded/, /\.boot-notice/, /\.notice/, /\.button/, /\[open\]/, /:is\(/, /:has\(/],
});

async function pageStyles(html) {
  const reduced = await beasties.process(html);
  const styles = [...reduced.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)];
  if (styles.length !== 1) throw new Error(`Expected one stylesheet in a page, found ${styles.length}.`);
  return styles[0][1];
}

/** The template with the page's head and markup put in: returns the page and its CSP. */
async function pageHtml({ template, css, scriptHashes }, page, html) {
  let out = replaceOnce(template, /<title>[^<]*<\/title>/, '');
  out = replaceOnce(out, /<meta name="description"[^>]*>/, headFor(page, page.origin));
  out = replaceOnce(out, /<div id="root"><\/div>/, `<div id="root">${html}</div>`);
  // Only the page's own styles, spliced into the page as rendered (Beasties' copy of the document is not used).
  const styles = await pageStyles(out);
  const policy = (header) => siteCsp([sha256(styles)], { header, scriptHashes, origin: page.origin });
  const whole = `<style>${css}</style>`;
  if (!out.includes(whole)) throw new Error(`${page.path}: the page has lost the inlined stylesheet.`);
  out = out.replace(whole, () => `<style>${styles}</style>`);
  out = replaceOnce(out, /<meta http-equiv="Content-Security-Policy" content="[^"]*">/, `<meta http-equiv="Content-Security-Policy" content="${policy(false)}">`);
  return { html: out, csp: policy(true) };
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
export async function prerenderSite({ outDir, serverDir, origin = process.env.SITE_ORIGIN || DEFAULT_ORIGIN, compress = true }) {
  origin = origin.replace(/\/+$/, '');
  if (origin === DEFAULT_ORIGIN && !process.env.CI) {
    console.warn(`SITE_ORIGIN is not set: canonical links, og:url and sitemap.xml name ${DEFAULT_ORIGIN}. Set it when you deploy (see README).`);
  }
  const { renderPage, prerenderedPages } = await import(pathToFileURL(path.join(serverDir, 'entry-server.js')).href);
  const site = siteTemplate(readFileSync(path.join(serverDir, 'template.html'), 'utf8'), outDir);

  const pages = prerenderedPages();
  /** Each page's CSP, by the file the server sends (`/lessons/what-is-fine-tuning.html`). */
  const pageCsp = {};
  for (const page of pages) {
    const { status, html } = await renderPage(page.path);
    // The not-found page is the router's catch-all route, which renders normally (200).
    if (status !== 200) throw new Error(`${page.path} rendered with status ${status}: the page failed.`);
    const target = path.join(outDir, page.file);
    mkdirSync(path.dirname(target), { recursive: true });
    const written = await pageHtml(site, { ...page, origin }, html);
    writeFileSync(target, written.html);
    pageCsp[`/${page.file}`] = written.csp;
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
  const headers = securityHeadersFor([], { scriptHashes: site.scriptHashes, origin });
  writeFileSync(path.join(serverDir, 'headers.json'), `${JSON.stringify({ headers, pages: pageCsp }, null, 2)}\n`);
  writeFileSync(path.join(outDir, '_headers'), staticHostHeaders(headers, pageCsp));
  // scripts/build.mjs compresses later itself, once the service worker has been written again.
  if (compress) precompress(outDir);
  return pages.length;
}

// Also runnable on its own after a build: node scripts/prerender.mjs [dir]
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const outDir = path.resolve(process.argv[2] || 'dist');
  if (!statSync(outDir, { throwIfNoEntry: false })) throw new Error(`${outDir} does not exist: run the build first.`);
  const count = await prerenderSite({ outDir, serverDir: `${outDir}-server` });
  console.log(`Prerendered ${count} pages into ${outDir}.`);
}
