/**
 * The one home of the site's HTTP headers. The build (scripts/prerender.mjs) completes them with
 * the inlined scripts' hashes and each page's CSP (which allows that page's inlined styles by their
 * hash) and writes them twice: `<dir>-server/headers.json` (`{ headers, pages }`), which the
 * production server sends, and `<dir>/_headers` for other static hosts. Each page also carries
 * its CSP as a meta tag.
 */

/**
 * The Content-Security-Policy directives. No inline scripts or styles, except the two the build
 * inlines into every page (the stylesheet and boot.js), each allowed by its hash.
 */
export const cspDirectives = {
  'default-src': "'self'",
  'script-src': "'self'",
  'style-src': "'self'",
  'img-src': "'self' data: blob:",
  'font-src': "'self'",
  'connect-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'self'",
  'manifest-src': "'self'",
  'worker-src': "'self'",
};

/** The CSP as one header value. `frame-ancestors` works only as a header, so the meta tag leaves it out. */
export function cspValue(extra = {}) {
  return Object.entries({ ...cspDirectives, ...extra })
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');
}

const withHashes = (hashes) => ["'self'", ...hashes.map((hash) => `'${hash}'`)].join(' ');

/**
 * The CSP for the built site: the build inlines the course's one stylesheet and its two small
 * scripts (public/theme.js, public/boot.js) into every page, and allows exactly those by their
 * hashes (`'sha256-…'`). With the site's `origin`, `connect-src` also names its WebSocket (the live class).
 * @param {string[]} [styleHashes]
 * @param {{ header?: boolean, scriptHashes?: string[], origin?: string }} [options]
 */
export function siteCsp(styleHashes = [], { header = true, scriptHashes = [], origin = undefined } = {}) {
  return cspValue({
    'script-src': withHashes(scriptHashes),
    'style-src': withHashes(styleHashes),
    ...(origin ? { 'connect-src': `'self' ${websocketSource(origin)}` } : {}),
    ...(header ? { 'frame-ancestors': "'none'" } : {}),
  });
}

/**
 * The live class's WebSocket on the site's own origin (`ws://` for http, `wss://` for https).
 * CSP level 3 lets 'self' cover it; naming it serves browsers that do not.
 */
export function websocketSource(origin) {
  const url = new URL(origin);
  return `${url.protocol === 'https:' ? 'wss' : 'ws'}://${url.host}`;
}

/**
 * Sent with every response, whatever its status. The hashes and `origin` come from the build.
 * @param {string[]} [styleHashes]
 * @param {{ scriptHashes?: string[], origin?: string }} [options]
 */
export const securityHeadersFor = (styleHashes = [], { scriptHashes = [], origin = undefined } = {}) => ({
  'Content-Security-Policy': siteCsp(styleHashes, { scriptHashes, origin }),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
});

/** Files under /assets/ have a content hash in their name: they never change. */
export const HASHED_ASSETS = '/assets/';

export const cacheControl = {
  hashed: 'public, max-age=31536000, immutable',
  html: 'no-cache',
  /** favicon, robots.txt, sitemap.xml: not hashed, so checked again after a day. */
  other: 'public, max-age=86400',
};

/** Not hashed, and how a browser finds a new version of the course: checked on every use, like pages. */
const REVALIDATED = new Set(['/sw.js', '/manifest.webmanifest']);

/** The `Cache-Control` for a served path. */
export function cacheControlFor(pathname, isHtml) {
  if (pathname.startsWith(HASHED_ASSETS)) return cacheControl.hashed;
  return isHtml || REVALIDATED.has(pathname) ? cacheControl.html : cacheControl.other;
}

/**
 * The same headers in the `_headers` format that Netlify and Cloudflare Pages read. Each page's
 * CSP allows its own inlined styles, so it is a rule of its own (at the page's address with and
 * without `.html`); those hosts join the values of a header that several rules set, so the rule
 * for every path carries no CSP (a page also carries its CSP as a meta tag) but forbids framing
 * with `X-Frame-Options`, which `frame-ancestors` would otherwise do.
 * @param {Record<string, string>} securityHeaders
 * @param {Record<string, string>} [pageCsp] each page's CSP by its file (`/lessons/x.html`)
 */
export function staticHostHeaders(securityHeaders, pageCsp = {}) {
  const block = (pattern, headers) =>
    [pattern, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  const common = Object.fromEntries(Object.entries(securityHeaders).filter(([name]) => name !== 'Content-Security-Policy'));
  const addresses = (file) => {
    if (file === '/404.html') return [file];
    if (file.endsWith('/index.html')) return [file.slice(0, -'index.html'.length), file];
    return [file.slice(0, -'.html'.length), file];
  };
  return [
    '# Written by the build (scripts/prerender.mjs from server/headers.mjs). Netlify / Cloudflare Pages format.',
    block('/*', { ...common, 'X-Frame-Options': 'DENY', 'Cache-Control': cacheControl.html }),
    block(`${HASHED_ASSETS}*`, { 'Cache-Control': cacheControl.hashed }),
    ...Object.entries(pageCsp).flatMap(([file, csp]) => addresses(file).map((address) => block(address, { 'Content-Security-Policy': csp }))),
    '',
  ].join('\n\n');
}
