import { execFileSync } from 'node:child_process';
import { defineConfig, devices } from '@playwright/test';

/**
 * The tests serve the build on a port of their own, so they pass while `npm start` holds 4173.
 * The runner picks a free port once and passes it to its workers through the environment.
 */
function freePort(): number {
  const script = "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})";
  return Number(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }).trim());
}
const PORT = Number(process.env.E2E_PORT) || freePort();
process.env.E2E_PORT = String(PORT);

/** End-to-end tests against the production build and server, in Debian's Chromium. */
export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    // The build registers a service worker that serves every file from its cache: tests that
    // fail or time downloads on purpose need the network. e2e/offline.spec.ts allows it.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'] } },
    { name: 'phone', use: { ...devices['Pixel 7'] }, testMatch: /smoke/ },
  ],
  // The production build and server, built into build/e2e (not dist/, which a running
  // `npm start` may be serving) and served on this run's own port.
  webServer: {
    command: `node scripts/build.mjs --out-dir build/e2e && node server/start.mjs build/e2e`,
    env: { PORT: String(PORT), HOST: '127.0.0.1', SITE_ORIGIN: `http://127.0.0.1:${PORT}` },
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: false,
    timeout: 120_000,
  },
});
