/**
 * The one home of the site's HTTP headers: the production server sends them, the build writes
 * them for other static hosts (`_headers`), and Vite puts the CSP in a meta tag and in
 * `vite preview`'s headers.
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

/** Sent with every response, whatever its status. */
export const securityHeaders = {
  'Content-Security-Policy': cspValue({ 'frame-ancestors': "'none'" }),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

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
export function staticHostHeaders() {
  const block = (pattern, headers) =>
    [pattern, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  return [
    '# Written by the build (scripts/prerender.mjs from server/headers.mjs). Netlify / Cloudflare Pages format.',
    block('/*', { ...securityHeaders, 'Cache-Control': cacheControl.html }),
    block(`${HASHED_ASSETS}*`, { 'Cache-Control': cacheControl.hashed }),
    '',
  ].join('\n\n');
}
