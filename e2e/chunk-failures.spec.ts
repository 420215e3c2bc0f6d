/**
 * Every lazily loaded file can fail to arrive: the learner goes offline, or a new version
 * of the course replaced the hashed files since the page was opened. Whichever it is, the
 * page keeps its header, says within a few seconds what happened and that saved progress
 * is safe, and "Try again" really tries again once the file can be fetched. Never an
 * endless loading message, never "Not started" where progress exists.
 */
import type { Page, Route } from '@playwright/test';
import { expect, test } from './app-test';
import { PROGRESS_VERSION } from '../src/progress/progress-types';
import { stored, STORAGE_KEY } from './learner';

const LESSON_1 = '/lessons/what-is-fine-tuning';
const TITLE_1 = 'What fine-tuning is';
const TITLE_2 = 'The graduate analogy';

/** Saved progress: lesson 2 visited, so the course map offers to continue it. */
const saved = JSON.stringify({
  state: {
    answers: {},
    quizzes: {},
    tries: [],
    lessons: { 'graduate-analogy': { visitedAt: 1_700_000_000_000 } },
    lastLesson: 'graduate-analogy',
    reading: {},
    resetAt: 0,
    reviews: {},
    finalAttempt: null,
    finalResults: [],
    certificateName: null,
  },
  version: PROGRESS_VERSION,
});

const chunks = {
  'progress reader': /\/assets\/progress-codec-[\w-]+\.js$/,
  // The storage adapter, loaded on first use so that it is not part of the first page.
  'storage adapter': /\/assets\/progress-storage-[\w-]+\.js$/,
  'lesson page': /\/assets\/lesson-route-[\w-]+\.js$/,
  'progress page': /\/assets\/progress-route-[\w-]+\.js$/,
  'lesson body': /\/assets\/01-what-is-fine-tuning-[\w-]+\.js$/,
  'question bank': /\/assets\/01-what-is-fine-tuning\.questions-[\w-]+\.js$/,
  'storage notice': /\/assets\/storage-notice-[\w-]+\.js$/,
  'progress merge': /\/assets\/merge-[\w-]+\.js$/,
  'progress page parts': /\/assets\/download-progress-button-[\w-]+\.js$/,
} as const;

/**
 * Fails every request for a chunk until `unblock()`: "abort" as when offline, "404" as
 * when a new deploy removed the file.
 */
async function block(page: Page, pattern: RegExp, how: 'abort' | '404' = 'abort') {
  let blocked = true;
  let hits = 0;
  await page.route(pattern, (route: Route) => {
    if (!blocked) return route.continue();
    hits += 1;
    return how === 'abort' ? route.abort('internetdisconnected') : route.fulfill({ status: 404, body: 'Not found' });
  });
  return {
    unblock: () => {
      blocked = false;
    },
    hits: () => hits,
  };
}

async function withSavedProgress(page: Page) {
  await page.goto('/');
  await page.evaluate(([key, value]) => window.localStorage.setItem(key, value), [STORAGE_KEY, saved] as const);
}

const failure = (page: Page) => page.getByRole('alert', { name: 'Part of the course didn’t load', exact: true });

/** The notice is there within a few seconds, says progress is safe, and the header stays. */
async function expectFailureNotice(page: Page) {
  const notice = failure(page);
  await expect(notice).toBeVisible({ timeout: 5_000 });
  await expect(notice).toContainText('Your saved progress is safe');
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expect(page.getByText(/Reading your progress…|Loading the lesson…|^Loading…$/)).toHaveCount(0);
  return notice;
}

test.describe('a file that does not arrive', () => {
  for (const kind of ['progress reader', 'storage adapter'] as const) {
    test(`${kind}, on the course map: a notice, nothing saved over, and Try again reads the progress`, async ({ page }) => {
      await withSavedProgress(page);
      const reader = await block(page, chunks[kind]);
      await page.reload();
      const notice = await expectFailureNotice(page);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByText('Not started')).toHaveCount(0);
      expect(await stored(page)).toBe(saved);

      // Trying while still offline fails again, visibly.
      await notice.getByRole('button', { name: 'Try again', exact: true }).click();
      await expectFailureNotice(page);
      expect(reader.hits()).toBeGreaterThanOrEqual(2);

      reader.unblock();
      await failure(page).getByRole('button', { name: 'Try again', exact: true }).click();
      await expect(page.getByRole('link', { name: `Continue: ${TITLE_2}` })).toBeVisible();
      await expect(failure(page)).toHaveCount(0);
      expect(await stored(page)).toBe(saved);

      if (kind === 'storage adapter') {
        // Two-tab merging needs the adapter too: after the retry it runs, so another tab's visit reaches this one.
        const other = await page.context().newPage();
        await other.goto(LESSON_1);
        await expect(other.getByRole('heading', { level: 1, name: TITLE_1 })).toBeVisible();
        await expect(page.getByRole('link', { name: `Continue: ${TITLE_1}` })).toBeVisible();
      }
    });
  }

  test('progress reader, on the progress page: no "Not started" for visited lessons, and Try again shows them', async ({ page }) => {
    await withSavedProgress(page);
    const reader = await block(page, chunks['progress reader']);
    await page.goto('/progress');
    await expectFailureNotice(page);
    await expect(page.getByRole('table')).toHaveCount(0);

    reader.unblock();
    await failure(page).getByRole('button', { name: 'Try again', exact: true }).click();
    const row = page.getByRole('row', { name: new RegExp(TITLE_2) });
    await expect(row).toContainText('Not finished');
    expect(await stored(page)).toBe(saved);
  });

  test('progress reader, on a lesson opened directly: a notice instead of "Loading the lesson…"', async ({ page }) => {
    await withSavedProgress(page);
    const reader = await block(page, chunks['progress reader']);
    await page.goto(LESSON_1);
    await expectFailureNotice(page);
    reader.unblock();
    await failure(page).getByRole('button', { name: 'Try again', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: TITLE_1 })).toBeVisible();
    await expect(failure(page)).toHaveCount(0);
  });

  for (const [kind, direct] of [
    ['lesson page', true],
    ['lesson page', false],
    ['lesson body', false],
    ['question bank', true],
  ] as const) {
    test(`${kind} (${direct ? 'opened directly' : 'from the course map'}): a notice, then Try again opens the lesson`, async ({ page }) => {
      const chunk = await block(page, chunks[kind]);
      if (direct) {
        await page.goto(LESSON_1);
      } else {
        await page.goto('/');
        await page.getByRole('list', { name: 'Lessons' }).getByRole('link', { name: TITLE_1 }).click();
      }
      await expectFailureNotice(page);
      chunk.unblock();
      await failure(page).getByRole('button', { name: 'Try again', exact: true }).click();
      await expect(page.getByRole('heading', { level: 1, name: TITLE_1 })).toBeVisible();
      await expect(page.getByRole('region', { name: 'Quiz', exact: true })).toBeVisible();
      await expect(failure(page)).toHaveCount(0);
    });
  }

  for (const kind of ['progress page', 'progress page parts'] as const) {
    test(`${kind}, from the navigation: a notice, then Try again opens it`, async ({ page }) => {
      await withSavedProgress(page);
      const chunk = await block(page, chunks[kind]);
      await page.reload();
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Your progress' }).click();
      await expectFailureNotice(page);
      chunk.unblock();
      await failure(page).getByRole('button', { name: 'Try again', exact: true }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Your progress' })).toBeVisible();
    });
  }

  test('the merge that comes with every read of saved progress: the same notice on the course map, then Try again', async ({ page }) => {
    await withSavedProgress(page);
    const chunk = await block(page, chunks['progress merge']);
    await page.reload();
    await expectFailureNotice(page);
    chunk.unblock();
    await failure(page).getByRole('button', { name: 'Try again', exact: true }).click();
    await expect(page.getByRole('link', { name: `Continue: ${TITLE_2}` })).toBeVisible();
    expect(await stored(page)).toBe(saved);
  });

  test('the explanation of unreadable saved progress: a notice in its place, then Try again shows it', async ({ page }) => {
    await page.goto('/');
    await page.evaluate(([key]) => window.localStorage.setItem(key, 'not json{'), [STORAGE_KEY] as const);
    const chunk = await block(page, chunks['storage notice']);
    await page.goto(LESSON_1);
    await expectFailureNotice(page);
    await expect(page.getByRole('heading', { level: 1, name: TITLE_1 })).toBeVisible();
    chunk.unblock();
    await failure(page).getByRole('button', { name: 'Try again', exact: true }).click();
    await expect(page.getByRole('alert', { name: 'We couldn’t read your saved progress', exact: true })).toBeVisible();
    await expect(failure(page)).toHaveCount(0);
    expect(await stored(page)).toBe('not json{');
  });

  test('the progress writer, on Download: says the download failed and progress is safe; works once the file arrives', async ({ page }) => {
    await page.goto('/progress');
    const writer = await block(page, chunks['progress reader']);
    const button = page.getByRole('region', { name: 'Keep a copy', exact: true }).getByRole('button', { name: 'Download your progress', exact: true });
    await button.click();
    await expect(page.getByRole('alert')).toContainText('Your progress could not be downloaded');
    await expect(page.getByRole('alert')).toContainText('Your progress is safe in this browser');
    writer.unblock();
    const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
    expect(file.suggestedFilename()).toMatch(/^fine-tuning-course-progress-\d{4}-\d{2}-\d{2}\.json$/);
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('a file removed by a new version of the course: the notice offers a reload, which fetches the new version', async ({ page }) => {
    const chunk = await block(page, chunks['lesson page'], '404');
    await page.goto(LESSON_1);
    const notice = await expectFailureNotice(page);
    chunk.unblock();
    await notice.getByRole('button', { name: 'Reload the page', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: TITLE_1 })).toBeVisible();
  });
});

test.describe('a file that arrives late', () => {
  for (const kind of ['progress reader', 'lesson page', 'lesson body', 'question bank'] as const) {
    test(`${kind} delayed by 2.5 s: a loading message, then the lesson with saved progress`, async ({ page }) => {
      await withSavedProgress(page);
      await page.route(chunks[kind], async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 2_500));
        await route.continue();
      });
      await page.goto('/');
      await page.getByRole('list', { name: 'Lessons' }).getByRole('link', { name: TITLE_1 }).click();
      await expect(page.getByRole('heading', { level: 1, name: TITLE_1 })).toBeVisible({ timeout: 10_000 });
      await expect(failure(page)).toHaveCount(0);
      await page.getByRole('link', { name: 'Course map', exact: true }).click();
      await expect(page.getByText(/^Started$/)).toHaveCount(2);
    });
  }
});

test.describe('a file that never arrives (the connection hangs)', () => {
  const slow = (page: Page) => page.getByRole('region', { name: 'This is taking longer than usual', exact: true });
  const hang = (page: Page, pattern: RegExp) => page.route(pattern, () => new Promise<void>(() => undefined));

  test('progress reader, on the course map: after a few seconds, says so, that progress is safe, and offers a reload', async ({ page }) => {
    await withSavedProgress(page);
    await hang(page, chunks['progress reader']);
    await page.reload();
    await expect(page.getByText('Reading your progress…')).toBeVisible();
    await expect(slow(page)).toBeVisible({ timeout: 10_000 });
    await expect(slow(page)).toContainText('Your saved progress is safe');
    await expect(slow(page).getByRole('button', { name: 'Reload the page', exact: true })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  });

  test('lesson page opened directly: the prerendered lesson can be read, and the notice says the rest is on its way', async ({ page }) => {
    await hang(page, chunks['lesson page']);
    await page.goto(LESSON_1, { waitUntil: 'commit' });
    await expect(page.getByRole('heading', { level: 1, name: TITLE_1 })).toBeVisible();
    await expect(slow(page)).toBeVisible({ timeout: 10_000 });
    await expect(slow(page)).toContainText('Your saved progress is safe');
    await expect(slow(page).getByRole('button', { name: 'Try again', exact: true })).toBeVisible();
  });

  test('lesson body, from the course map: the page says it is loading, then that it is taking long', async ({ page }) => {
    await hang(page, chunks['lesson body']);
    await page.goto('/');
    await page.getByRole('list', { name: 'Lessons' }).getByRole('link', { name: TITLE_1 }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Loading the page…' })).toBeVisible({ timeout: 3_000 });
    await expect(slow(page)).toBeVisible({ timeout: 10_000 });
    // Going elsewhere still works.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Your progress' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Your progress' })).toBeVisible();
    await expect(slow(page)).toHaveCount(0);
  });
});

test.describe('the app’s own code does not arrive (the page stays prerendered HTML)', () => {
  for (const [name, pattern] of [
    ['the entry', /\/assets\/index-[\w-]+\.js$/],
    ['React, which the entry imports', /\/assets\/react-[\w-]+\.js$/],
  ] as const) {
    test(`${name} fails: the lesson reads, a notice says progress is safe, and Try again starts the app`, async ({ page }) => {
      await withSavedProgress(page);
      const files = await block(page, pattern);
      await page.goto(LESSON_1);
      await expect(page.getByRole('heading', { level: 1, name: TITLE_1 })).toBeVisible();
      const notice = await expectFailureNotice(page);
      expect(files.hits()).toBeGreaterThan(0);
      files.unblock();
      await notice.getByRole('button', { name: 'Try again', exact: true }).click();
      await expect(failure(page)).toHaveCount(0);
      // The reload fetched the code: React takes the page over, and the quiz answers.
      await page.waitForFunction(() => Object.keys(document.getElementById('root') ?? {}).some((key) => key.startsWith('__reactContainer')));
      const quiz = page.getByRole('region', { name: 'Quiz' });
      await quiz.getByRole('radio').first().check();
      await quiz.getByRole('button', { name: 'Check answer', exact: true }).click();
      await expect(quiz.getByRole('status').first()).toHaveText(/^(Correct|Partly right|Incorrect|Answer shown)/);
    });
  }

  test('the entry hangs: after a few seconds the page says so, beside the readable lesson', async ({ page }) => {
    await page.route(/\/assets\/index-[\w-]+\.js$/, () => new Promise<void>(() => undefined));
    await page.goto(LESSON_1, { waitUntil: 'commit' });
    await expect(page.getByRole('heading', { level: 1, name: TITLE_1 })).toBeVisible();
    const notice = page.getByRole('region', { name: 'This is taking longer than usual', exact: true });
    await expect(notice).toBeVisible({ timeout: 10_000 });
    await expect(notice).toContainText('Your saved progress is safe');
  });
});
