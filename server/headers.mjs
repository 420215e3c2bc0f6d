/**
 * The one home of the site's HTTP headers. The build (scripts/prerender.mjs) completes them with
 * the inlined stylesheet's hash and writes them twice: `<dir>-server/headers.json`, which the
 * production server sends, and `<dir>/_headers` for other static hosts. Each page also carries
 * the CSP as a meta tag.
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
 * The CSP for the built site: the build inlines the course's one stylesheet and its small boot
 * script (public/boot.js) into every page, and allows exactly those by their hashes (`'sha256-…'`).
 */
export function siteCsp(styleHashes = [], { header = true, scriptHashes = [] } = {}) {
  return cspValue({
    'script-src': withHashes(scriptHashes),
    'style-src': withHashes(styleHashes),
    ...(header ? { 'frame-ancestors': "'none'" } : {}),
  });
}

/** Sent with every response, whatever its status. The hashes come from the build. */
export const securityHeadersFor = (styleHashes = [], scriptHashes = []) => ({
  'Content-Security-Policy': siteCsp(styleHashes, { scriptHashes }),
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
