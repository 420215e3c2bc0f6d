/**
 * The course offline: after one visit, the service worker (src/build/pwa.ts) has every page,
 * lesson and question bank, so each opens with no network. A page it does not have yet says so
 * inside the normal page, with a Retry.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import lesson1 from '../lessons/01-what-is-fine-tuning.questions';
import { expectNoA11yViolations } from './a11y';
import { expect, test } from './app-test';
import { questionForm, questionOf } from './learner';

const LESSON_1 = '/lessons/what-is-fine-tuning';
const checkDefine = questionOf(lesson1, 'wift-check-define', 'single');
const rightOption = checkDefine.options.find((option) => option.correct)?.text ?? '';

test.use({ serviceWorkers: 'allow' });

/** Every page the sitemap lists (so a new page, such as /glossary, is tested by itself). */
async function sitemapPaths(page: Page): Promise<string[]> {
  const xml = await (await page.request.get('/sitemap.xml')).text();
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '/').pathname);
}

/** Resolves once the service worker is active, which is after it has cached every file. */
async function offlineReady(page: Page) {
  await page.waitForFunction(async () => (await navigator.serviceWorker.ready).active?.state === 'activated', undefined, { timeout: 30_000 });
}

for (const width of [320, 390]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 800 } });

    test('after one visit, every page of the sitemap, every lesson and its quiz open offline', async ({ page, context }) => {
      test.slow();
      await page.goto('/');
      const paths = await sitemapPaths(page);
      expect(paths.filter((path) => path.startsWith('/lessons/'))).toHaveLength(9);
      await offlineReady(page);

      await context.setOffline(true);
      for (const path of paths) {
        const response = await page.goto(path);
        expect(response?.fromServiceWorker(), `${path} from the service worker`).toBe(true);
        await expect(page.getByRole('heading', { level: 1 }), path).toBeVisible();
        await expect(page.getByText(/didn’t load|could not be shown|Something went wrong/), path).toHaveCount(0);
        if (path.startsWith('/lessons/')) {
          // The quiz needs the lesson's question bank, a chunk of its own.
          const quiz = page.getByRole('region', { name: 'Quiz', exact: true });
          await expect(quiz, path).toBeVisible();
          await expect(quiz.getByRole('button', { name: /check/i }).first(), path).toBeVisible();
        }
      }

      // And moving between pages within the app (the route's code from the cache).
      await page.goto('/');
      await page.getByRole('list', { name: 'Lessons' }).getByRole('link').last().click();
      await expect(page.getByRole('region', { name: 'Quiz', exact: true })).toBeVisible();
    });

    test('a lesson not yet cached, offline: a notice inside the page, with the header and a Retry that works', async ({ page, context }) => {
      // Service workers blocked: as on a first visit before the worker has cached anything.
      await page.route('**/sw.js', (route) => route.fulfill({ status: 404, body: '' }));
      await page.goto('/');
      await context.setOffline(true);
      await page.getByRole('list', { name: 'Lessons' }).getByRole('link').first().click();
      const notice = page.getByRole('alert', { name: 'Part of the course didn’t load', exact: true });
      await expect(notice).toBeVisible({ timeout: 8_000 });
      await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
      await expect(page.getByText('Something went wrong')).toHaveCount(0);

      await context.setOffline(false);
      await notice.getByRole('button', { name: 'Try again', exact: true }).click();
      await expect(page.getByRole('region', { name: 'Quiz', exact: true })).toBeVisible();
    });
  });
}

test('offline, an address the service worker does not have: says the learner is offline, with Try again and the course map', async ({ page, context }) => {
  await page.goto('/');
  await offlineReady(page);
  await context.setOffline(true);
  // Unknown to this browser: a mistyped address, or a page of a newer version of the course.
  const response = await page.goto('/lessons/a-lesson-not-saved-here');
  expect(response?.fromServiceWorker(), 'the course map’s page, from the service worker, stands in').toBe(true);
  await expect(page.getByRole('heading', { level: 1, name: 'You’re offline' })).toBeVisible();
  await expect(page.getByText('We can’t find that page')).toHaveCount(0);
  const notice = page.getByRole('alert', { name: 'Part of the course didn’t load', exact: true });
  await expect(notice).toContainText('You are offline, and this page is not saved for offline use in this browser.');
  await expect(notice).toContainText('Your saved progress is safe');
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expect(page).toHaveTitle(/^You’re offline/);
  await expectNoA11yViolations(page);

  // Try again asks for the address again: still offline, the same page says so again.
  await page.evaluate(() => ((window as unknown as { beforeRetry?: boolean }).beforeRetry = true));
  await notice.getByRole('button', { name: 'Try again', exact: true }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { beforeRetry?: boolean }).beforeRetry ?? false).catch(() => true)).toBe(false);
  await expect(page.getByRole('heading', { level: 1, name: 'You’re offline' })).toBeVisible();
  // Back online, Try again asks the server, which has no such page.
  await context.setOffline(false);
  await page.getByRole('alert', { name: 'Part of the course didn’t load', exact: true }).getByRole('button', { name: 'Try again', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'We can’t find that page' })).toBeVisible();

  // The course map, from the notice (offline again: it is saved).
  await context.setOffline(true);
  await page.goto('/nowhere');
  await page.getByRole('link', { name: 'Go to the course map', exact: true }).click();
  await expect(page.getByRole('list', { name: 'Lessons' })).toBeVisible();
});

test('the course can be installed: a valid manifest with icons, and a service worker', async ({ page }) => {
  await page.goto('/');
  await offlineReady(page);
  await page.reload();
  const cdp = await page.context().newCDPSession(page);
  const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: { errorId: string }[] };
  // Playwright's contexts are incognito, where Chromium never offers to install: that one is the test's, not the course's.
  expect(installabilityErrors.map((error) => error.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);
  const { url, errors } = await cdp.send('Page.getAppManifest');
  expect(url).toMatch(/\/manifest\.webmanifest$/);
  expect(errors).toEqual([]);
});

test.describe('a new version', () => {
  /** A copy of the tests' build, so that this test can change it. */
  function copyOfBuild(): string {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'course-update-')), 'site');
    cpSync('build/e2e', dir, { recursive: true });
    cpSync('build/e2e-server', `${dir}-server`, { recursive: true });
    return dir;
  }

  /** The production server on a folder (it reads the folder's files when it starts, as after a deploy). */
  async function serve(dir: string, port = 0): Promise<{ origin: string; stop: () => Promise<void> }> {
    const server = spawn(process.execPath, ['server/start.mjs', dir], { env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' } });
    const origin = await new Promise<string>((resolve, reject) => {
      server.stdout.on('data', (chunk: Buffer) => {
        const found = /at (http:\/\/[\d.:]+)\//.exec(chunk.toString());
        if (found?.[1]) resolve(found[1]);
      });
      server.on('exit', (code) => reject(new Error(`the server stopped (${code})`)));
    });
    const stop = () =>
      new Promise<void>((resolve) => {
        server.removeAllListeners('exit');
        server.once('exit', () => resolve());
        server.kill('SIGTERM');
      });
    return { origin, stop };
  }

  /**
   * What a deploy of a changed course does to the served folder: a page changes, and so does the
   * service worker's list of files (the page's revision). The precompressed copies go, so the
   * server sends the changed files.
   */
  function deployChangedVersion(dir: string) {
    const home = path.join(dir, 'index.html');
    writeFileSync(home, readFileSync(home, 'utf8').replace('Progress is saved in this browser only.', 'Progress is saved in this browser only. Version 2.'));
    const worker = path.join(dir, 'sw.js');
    const before = readFileSync(worker, 'utf8');
    const after = before.replace(/(url:"index\.html",revision:")[^"]+"/, '$1version-2"');
    expect(after, 'the service worker lists index.html with a revision').not.toBe(before);
    writeFileSync(worker, after);
    for (const file of [home, worker]) for (const suffix of ['.br', '.gz']) rmSync(file + suffix, { force: true });
  }

  test('is announced politely, applied when the learner chooses Update, and progress stays', async ({ page }) => {
    test.slow();
    const dir = copyOfBuild();
    let site = await serve(dir);
    try {
      await page.goto(`${site.origin}${LESSON_1}`);
      const form = questionForm(page, checkDefine);
      await form.getByRole('radio', { name: rightOption, exact: true }).check();
      await form.getByRole('button', { name: 'Check answer', exact: true }).click();
      await expect(form.getByRole('status')).toHaveText(/^Correct/);
      await offlineReady(page);

      // The new version is deployed: the server restarts on the same address with the changed files.
      await site.stop();
      deployChangedVersion(dir);
      site = await serve(dir, Number(new URL(site.origin).port));
      await page.goto(`${site.origin}/`);
      await page.evaluate(async () => (await navigator.serviceWorker.ready).update());

      const notice = page.getByRole('status').filter({ has: page.getByRole('heading', { name: 'A new version of the course is ready' }) });
      await expect(notice).toBeVisible({ timeout: 20_000 });
      // Until the learner chooses, the page they have stays as it was.
      await expect(page.getByText('Version 2.')).toHaveCount(0);
      await expectNoA11yViolations(page);
      await page.emulateMedia({ colorScheme: 'dark' });
      await expectNoA11yViolations(page);

      // The changed text is in the prerendered HTML only: once the app hydrates, it renders its own
      // footer again, so "applied" is shown by the reload and by the page the browser now gets.
      await page.evaluate(() => ((window as unknown as { beforeUpdate?: boolean }).beforeUpdate = true));
      await notice.getByRole('button', { name: 'Update', exact: true }).click();
      // (An evaluation cut short by the reload itself counts as "not yet".)
      const stillOld = () => page.evaluate(() => (window as unknown as { beforeUpdate?: boolean }).beforeUpdate ?? false).catch(() => true);
      await expect.poll(stillOld, { timeout: 20_000 }).toBe(false);
      await expect.poll(() => page.evaluate(async () => (await fetch('/')).text()).catch(() => ''), { timeout: 20_000 }).toContain('Version 2.');
      await expect(notice).toHaveCount(0);
      await expect(page.getByRole('link', { name: /Continue: What fine-tuning is/ })).toBeVisible();

      await page.goto(`${site.origin}${LESSON_1}`);
      await expect(questionForm(page, checkDefine).getByRole('radio', { name: rightOption, exact: true })).toBeChecked();
      await expect(questionForm(page, checkDefine).getByRole('status')).toHaveText(/^Correct/);
    } finally {
      await site.stop();
    }
  });
});
