/**
 * The one home of the site's HTTP headers. The build (scripts/prerender.mjs) completes them with
 * the inlined stylesheet's hash and writes them twice: `<dir>-server/headers.json`, which the
 * production server sends, and `<dir>/_headers` for other static hosts. Each page also carries
 * the CSP as a meta tag.
 */

/** The Content-Security-Policy directives. No inline scripts or styles anywhere. */
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

/**
 * The CSP for the built site: the build inlines the course's one stylesheet into every page,
 * and allows exactly that stylesheet by its hash (`'sha256-…'`); scripts stay 'self' only.
 * With the site's `origin`, `connect-src` also names its WebSocket (the live class).
 * @param {string[]} [styleHashes]
 * @param {{ header?: boolean, origin?: string }} [options]
 */
export function siteCsp(styleHashes = [], { header = true, origin = undefined } = {}) {
  const styleSrc = ["'self'", ...styleHashes.map((hash) => `'${hash}'`)].join(' ');
  return cspValue({
    'style-src': styleSrc,
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
 * Sent with every response, whatever its status. `styleHashes` and `origin` come from the build.
 * @param {string[]} [styleHashes]
 * @param {string} [origin]
 */
export const securityHeadersFor = (styleHashes = [], origin = undefined) => ({
  'Content-Security-Policy': siteCsp(styleHashes, { origin }),
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

/** The `Cache-Control` for a served path. */
export function cacheControlFor(pathname, isHtml) {
  if (pathname.startsWith(HASHED_ASSETS)) return cacheControl.hashed;
  return isHtml ? cacheControl.html : cacheControl.other;
}

/** The same headers in the `_headers` format that Netlify and Cloudflare Pages read. */
export function staticHostHeaders(securityHeaders) {
  const block = (pattern, headers) =>
    [pattern, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  return [
    '# Written by the build (scripts/prerender.mjs from server/headers.mjs). Netlify / Cloudflare Pages format.',
    block('/*', { ...securityHeaders, 'Cache-Control': cacheControl.html }),
    block(`${HASHED_ASSETS}*`, { 'Cache-Control': cacheControl.hashed }),
    '',
  ].join('\n\n');
}
