/**
 * The production server: the prerendered course from a build folder, with precompressed
 * brotli/gzip, long caching for hashed assets, and the security headers on every response.
 * It is a plain `node:http` server, so a real-time endpoint (socket.io) can attach to the
 * same server later: `new Server(createSiteServer({ dir }))`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import sirv from 'sirv';
import { cacheControl, cacheControlFor, HASHED_ASSETS, securityHeadersFor } from './headers.mjs';

/** Paths in the build that are not pages of the site. */
const NOT_SERVED = new Set(['/404', '/404.html', '/_headers']);

const badRequestPage = `<!doctype html>
<html lang="en-GB">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>That address could not be read · Fine-tuning: an interactive course</title>
  </head>
  <body>
    <main>
      <h1>That address could not be read</h1>
      <p>The link has a broken character in it, so there is no page to show. Your progress is safe.</p>
      <p><a href="/">Go to the course map</a></p>
    </main>
  </body>
</html>
`;

/** The not-found page as the build wrote it, in every encoding it wrote, read once. */
function loadNotFoundPage(dir) {
  const file = path.join(dir, '404.html');
  if (!existsSync(file)) throw new Error(`${file} is missing: build the site first (npm run build).`);
  const read = (suffix) => (existsSync(file + suffix) ? readFileSync(file + suffix) : undefined);
  return { identity: readFileSync(file), br: read('.br'), gzip: read('.gz') };
}

/** Picks the best encoding the client accepts among those we have. */
function negotiate(acceptEncoding = '', page) {
  if (page.br && /\bbr\b/.test(acceptEncoding)) return ['br', page.br];
  if (page.gzip && /\bgzip\b/.test(acceptEncoding)) return ['gzip', page.gzip];
  return [undefined, page.identity];
}

/**
 * @param {{ dir: string, headers?: Record<string, string>, pages?: Record<string, string> }} options the build
 *   folder (`dist/`), and what the build wrote for it in `dist-server/headers.json`: the security headers
 *   for every response, and each page's own CSP by its file (`/lessons/x.html`), which allows the styles
 *   inlined into that page
 * @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void}
 */
export function createSiteHandler({ dir, headers = securityHeadersFor(), pages = {} }) {
  const pageCsp = new Map(Object.entries(pages));
  /** The CSP of the page sirv sends for an address: the file it tries first (`/x` is `/x.html`, `/` is `/index.html`). */
  const cspForAddress = (pathname) =>
    [pathname, `${pathname}.html`, `${pathname.replace(/\/$/, '')}/index.html`].map((file) => pageCsp.get(file)).find(Boolean);
  const notFoundPage = loadNotFoundPage(dir);
  const serveStatic = sirv(dir, {
    dev: false,
    etag: true,
    gzip: true,
    brotli: true,
    extensions: ['html'],
    dotfiles: false,
    setHeaders(res, pathname) {
      res.setHeader('Cache-Control', cacheControlFor(pathname, /\.html$/.test(pathname) || !path.extname(pathname)));
    },
    onNoMatch: (req, res) => notFound(req, res),
  });

  function send(res, status, type, body, extra = {}) {
    res.writeHead(status, { 'Content-Type': type, 'Content-Length': body.length, ...extra });
    res.end(res.req.method === 'HEAD' ? undefined : body);
  }

  function notFound(req, res) {
    const pathname = new URL(req.url ?? '/', 'http://x').pathname;
    // A missing script or stylesheet must fail as itself, never as an HTML page.
    if (pathname.startsWith(HASHED_ASSETS)) {
      return send(res, 404, 'text/plain; charset=utf-8', Buffer.from('Not found\n'), { 'Cache-Control': 'no-store' });
    }
    const [encoding, body] = negotiate(req.headers['accept-encoding'], notFoundPage);
    return send(res, 404, 'text/html; charset=utf-8', body, {
      ...(pageCsp.has('/404.html') ? { 'Content-Security-Policy': pageCsp.get('/404.html') } : {}),
      'Cache-Control': cacheControl.html,
      Vary: 'Accept-Encoding',
      ...(encoding ? { 'Content-Encoding': encoding } : {}),
    });
  }

  return function handle(req, res) {
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return send(res, 405, 'text/plain; charset=utf-8', Buffer.from('Method not allowed\n'), { Allow: 'GET, HEAD' });
    }
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      return send(res, 400, 'text/html; charset=utf-8', Buffer.from(badRequestPage), { 'Cache-Control': 'no-store' });
    }
    if (NOT_SERVED.has(pathname)) return notFound(req, res);
    // Before sirv: it answers a revalidation (304) without calling setHeaders, and the browser
    // would then replace the page's policy it holds with one that blocks the page's own styles.
    const csp = cspForAddress(pathname);
    if (csp) res.setHeader('Content-Security-Policy', csp);
    return serveStatic(req, res);
  };
}

/** An HTTP server for the site, not yet listening. */
export function createSiteServer(options) {
  return createServer(createSiteHandler(options));
}

/**
 * Stops taking connections, lets requests in flight finish, and resolves when the server has
 * closed (or after `graceMs`, closing whatever is left).
 */
export function shutDown(server, graceMs = 10_000) {
  return new Promise((resolve) => {
    const timer = setTimeout(() => server.closeAllConnections(), graceMs);
    timer.unref();
    server.close(() => {
      clearTimeout(timer);
      resolve();
    });
    server.closeIdleConnections();
  });
}
