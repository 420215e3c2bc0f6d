/** @jest-environment node */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { securityHeadersFor, siteCsp, staticHostHeaders } from '../../server/headers.mjs';
import { createSiteServer } from '../../server/site-server.mjs';

/** Each page inlines only the styles it uses, so each page's CSP allows its own hash. */
const STYLE_HASHES: Record<string, string> = {
  '/': 'sha256-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=',
  '/lessons/what-is-fine-tuning': 'sha256-BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB=',
  '/no/such/page': 'sha256-CCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCC=',
};
const STYLE_HASH = STYLE_HASHES['/'] as string;
/** What the build writes beside the site for the server (dist-server/headers.json). */
const built = {
  headers: securityHeadersFor(),
  pages: {
    '/index.html': siteCsp([STYLE_HASHES['/'] as string]),
    '/lessons/what-is-fine-tuning.html': siteCsp([STYLE_HASHES['/lessons/what-is-fine-tuning'] as string]),
    '/404.html': siteCsp([STYLE_HASHES['/no/such/page'] as string]),
  },
};

/** A small built site, as scripts/build.mjs lays it out: pages, hashed assets, precompressed copies. */
function makeSite(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'site-'));
  const page = (title: string) => `<!doctype html><html lang="en-GB"><head><title>${title}</title></head><body><h1>${title}</h1>${'<p>text</p>'.repeat(50)}</body></html>`;
  const files: Record<string, string> = {
    'index.html': page('Course map'),
    'lessons/what-is-fine-tuning.html': page('What fine-tuning is'),
    '404.html': page('We can’t find that page'),
    'assets/index-AbC123.js': `console.log(${JSON.stringify('x'.repeat(2000))});`,
    'robots.txt': 'User-agent: *\nAllow: /\n',
    'sw.js': 'self.addEventListener("install", () => undefined);',
    'manifest.webmanifest': '{"name":"Fine-tuning"}',
    '_headers': '/*\n  X-Test: 1\n',
  };
  for (const [name, body] of Object.entries(files)) {
    const file = path.join(dir, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, body);
    if (/\.(html|js)$/.test(name)) {
      writeFileSync(`${file}.br`, brotliCompressSync(body));
      writeFileSync(`${file}.gz`, gzipSync(body));
    }
  }
  mkdirSync(path.join(dir, '.vite'));
  writeFileSync(path.join(dir, '.vite/manifest.json'), '{"src/app/main.tsx":{}}');
  // What the build writes beside the site for the server: the headers, and each page's CSP.
  mkdirSync(`${dir}-server`);
  writeFileSync(`${dir}-server/headers.json`, JSON.stringify(built));
  return dir;
}

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

function get(port: number, pathname: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: pathname, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const raw = Buffer.concat(chunks);
        const encoding = res.headers['content-encoding'];
        const body = encoding === 'br' ? brotliDecompressSync(raw) : encoding === 'gzip' ? gunzipSync(raw) : raw;
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: body.toString('utf8') });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

let dir: string;
let server: Server;
let port: number;

beforeAll(async () => {
  dir = makeSite();
  server = createSiteServer({ dir, ...built });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
  rmSync(`${dir}-server`, { recursive: true, force: true });
});

const SECURITY = ['content-security-policy', 'x-content-type-options', 'referrer-policy', 'permissions-policy', 'cross-origin-opener-policy'];

describe('the production server', () => {
  it.each(['/', '/lessons/what-is-fine-tuning', '/no/such/page', '/assets/missing.js', '/%E0%A4%A'])('sends the security headers on %s', async (pathname) => {
    const { headers } = await get(port, pathname);
    for (const name of SECURITY) expect(headers[name]).toBeTruthy();
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    // A page's inlined styles are allowed by their hash, and nothing else inline; scripts only from the site itself.
    const hash = STYLE_HASHES[pathname];
    expect(headers['content-security-policy']).toContain(hash ? `style-src 'self' '${hash}';` : "style-src 'self';");
    expect(headers['content-security-policy']).toContain("script-src 'self';");
    expect(headers['x-content-type-options']).toBe('nosniff');
  });

  it('writes the same policies for other static hosts: each page’s at its addresses, none that the hosts would join to it', () => {
    const file = staticHostHeaders(built.headers, built.pages);
    const rules = file.split(/\n\n/).filter((block) => block.startsWith('/'));
    const rule = (address: string) => rules.find((block) => block.split('\n')[0] === address) ?? '';
    expect(rule('/*')).toContain('X-Frame-Options: DENY');
    expect(rule('/*')).not.toContain('Content-Security-Policy');
    for (const address of ['/', '/index.html']) expect(rule(address)).toContain(`'${STYLE_HASHES['/']}'`);
    for (const address of ['/lessons/what-is-fine-tuning', '/lessons/what-is-fine-tuning.html']) {
      expect(rule(address)).toContain(`'${STYLE_HASHES['/lessons/what-is-fine-tuning']}'`);
    }
  });

  it('sends a page’s own policy when it answers that the browser’s copy is current (304)', async () => {
    const first = await get(port, '/lessons/what-is-fine-tuning');
    const etag = first.headers.etag;
    expect(etag).toBeTruthy();
    const again = await get(port, '/lessons/what-is-fine-tuning', { 'If-None-Match': etag as string });
    expect(again.status).toBe(304);
    // The browser keeps the stored page but takes the new headers: a policy without the page's
    // hash would block the page's styles.
    expect(again.headers['content-security-policy']).toContain(`'${STYLE_HASHES['/lessons/what-is-fine-tuning']}'`);
  });

  it('serves a page by its address, as HTML that must be revalidated', async () => {
    const reply = await get(port, '/lessons/what-is-fine-tuning');
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toMatch(/^text\/html/);
    expect(reply.headers['cache-control']).toBe('no-cache');
    expect(reply.body).toContain('<h1>What fine-tuning is</h1>');
  });

  it('caches hashed assets for a year, immutable', async () => {
    const reply = await get(port, '/assets/index-AbC123.js');
    expect(reply.status).toBe(200);
    expect(reply.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('has the service worker and the web manifest revalidated, so a new version is found at once', async () => {
    for (const address of ['/sw.js', '/manifest.webmanifest']) {
      const reply = await get(port, address);
      expect(reply.status).toBe(200);
      expect(reply.headers['cache-control']).toBe('no-cache');
      // The policy lets the page register this worker and read this manifest.
      expect(reply.headers['content-security-policy']).toContain("worker-src 'self'");
      expect(reply.headers['content-security-policy']).toContain("manifest-src 'self'");
    }
  });

  it('sends the brotli copy to a client that accepts it, else gzip, else the original', async () => {
    const br = await get(port, '/', { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toMatch(/Accept-Encoding/i);
    expect(br.body).toContain('<h1>Course map</h1>');
    const gz = await get(port, '/', { 'Accept-Encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.body).toContain('<h1>Course map</h1>');
    const plain = await get(port, '/');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toContain('<h1>Course map</h1>');
  });

  it('answers an unknown address with 404 and the not-found page, compressed when asked', async () => {
    const reply = await get(port, '/no/such/page', { 'Accept-Encoding': 'br' });
    expect(reply.status).toBe(404);
    expect(reply.headers['content-type']).toMatch(/^text\/html/);
    expect(reply.headers['content-encoding']).toBe('br');
    expect(reply.body).toContain('We can’t find that page');
  });

  it('answers a missing asset with a plain-text 404, never HTML', async () => {
    const reply = await get(port, '/assets/index-Gone99.js');
    expect(reply.status).toBe(404);
    expect(reply.headers['content-type']).toMatch(/^text\/plain/);
    expect(reply.body).not.toContain('<');
  });

  it('answers a malformed address with 400 and a readable page', async () => {
    const reply = await get(port, '/%E0%A4%A');
    expect(reply.status).toBe(400);
    expect(reply.headers['content-type']).toMatch(/^text\/html/);
    expect(reply.body).toContain('That address could not be read');
    expect(reply.body).toContain('href="/"');
  });

  it.each(['/.vite/manifest.json', '/_headers', '/404', '/404.html'])('does not serve %s as a page of its own', async (pathname) => {
    const reply = await get(port, pathname);
    expect(reply.status).toBe(404);
    expect(reply.body).not.toContain('src/app');
  });

  it('refuses methods other than GET and HEAD', async () => {
    const reply = await get(port, '/', {}, 'POST');
    expect(reply.status).toBe(405);
    expect(reply.headers.allow).toBe('GET, HEAD');
  });
});

describe('npm run serve (server/start.mjs)', () => {
  let child: ChildProcess;
  afterEach(() => {
    if (child.exitCode === null) child.kill('SIGKILL');
  });

  it('listens on PORT and HOST, and on SIGTERM stops taking connections and exits cleanly', async () => {
    child = spawn(process.execPath, ['server/start.mjs', dir], { env: { ...process.env, PORT: '0', HOST: '127.0.0.1' } });
    const childPort = await new Promise<number>((resolve, reject) => {
      child.stdout?.on('data', (data: Buffer) => {
        const match = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(data.toString());
        if (match) resolve(Number(match[1]));
      });
      child.on('exit', (code) => reject(new Error(`exited early with ${code}`)));
    });
    const home = await get(childPort, '/');
    expect(home.status).toBe(200);
    expect(home.headers['content-security-policy']).toContain(STYLE_HASH);

    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    await expect(get(childPort, '/')).rejects.toThrow(/ECONNREFUSED/);
  });
});
