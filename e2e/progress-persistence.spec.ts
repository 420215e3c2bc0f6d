/**
 * Saved progress, as a learner meets it: answers survive a reload; damaged, future,
 * blocked or full storage is explained and never loses data or blanks the page; two tabs
 * keep each other's answers; progress goes out to a file and comes back, and bad files
 * are refused without changing anything.
 */
import { PROGRESS_VERSION } from '../src/progress/progress-types';
import { readFile } from 'node:fs/promises';
import type { Download, Locator, Page } from '@playwright/test';
import { expect, test } from './app-test';
import lesson1 from '../lessons/01-what-is-fine-tuning.questions';
import lesson2 from '../lessons/02-graduate-analogy.questions';
import type { Question } from '../src/quiz/lib/question';
import { expectNoA11yViolations } from './a11y';
import { lessonQuiz, questionForm, questionOf, quizQuestions, stored, STORAGE_KEY, UNREADABLE_KEY } from './learner';

const LESSON_1 = '/lessons/what-is-fine-tuning';
const LESSON_2 = '/lessons/graduate-analogy';
const checkDefine = questionOf(lesson1, 'wift-check-define', 'single');
const checkGeneralist = questionOf(lesson1, 'wift-check-generalist', 'single');
const quizStart = questionOf(lesson1, 'wift-quiz-transfer-learning', 'single');
const analogyMap = questionOf(lesson2, 'analogy-check-map', 'single');

const textOf = (question: Question, correct: boolean) => {
  if (!('options' in question)) throw new Error('choice questions only');
  const option = question.options.find((o) => o.correct === correct);
  if (!option) throw new Error(`No ${correct ? 'right' : 'wrong'} option in ${question.id}`);
  return option.text;
};

/** Chooses an option of a choice question and checks it; returns the form. */
async function answer(scope: Page | Locator, question: Question, correct = true): Promise<Locator> {
  const form = questionForm(scope, question);
  await form.getByRole('radio', { name: textOf(question, correct), exact: true }).check();
  await form.getByRole('button', { name: 'Check answer', exact: true }).click();
  await expect(form.getByRole('status')).toHaveText(correct ? /^Correct/ : /^Incorrect/);
  return form;
}

/** The question shows this option chosen and the saved verdict. */
async function expectAnswered(scope: Page | Locator, question: Question, correct = true) {
  const form = questionForm(scope, question);
  await expect(form.getByRole('radio', { name: textOf(question, correct), exact: true })).toBeChecked();
  await expect(form.getByRole('status')).toHaveText(correct ? /^Correct/ : /^Incorrect/);
}

async function expectUnanswered(scope: Page | Locator, question: Question) {
  const form = questionForm(scope, question);
  await expect(form.getByRole('radio', { checked: true })).toHaveCount(0);
  await expect(form.getByRole('button', { name: 'Check answer', exact: true })).toBeVisible();
  await expect(form.getByRole('status')).toHaveText('');
}

/** The page still shows a lesson (never a blank page or an error screen). */
async function expectLessonShown(page: Page, title = 'What fine-tuning is') {
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
}

const savedAnswerIds = async (page: Page) => {
  const raw = await stored(page);
  return raw ? Object.keys((JSON.parse(raw) as { state: { answers: object } }).state.answers).sort() : [];
};

async function download(page: Page, button: Locator): Promise<Download> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return file;
}

/** A notice (a section titled by its heading); problems that arise while working are alerts. */
const notice = (page: Page, title: string) => page.getByRole('region', { name: title, exact: true });
const alert = (page: Page, title: string) => page.getByRole('alert', { name: title, exact: true });

test.describe('reload', () => {
  test('a lesson-quiz answer and a checkpoint answer are there after a reload', async ({ page }) => {
    await page.goto(LESSON_1);
    await answer(page, checkDefine, true);
    await answer(lessonQuiz(page), quizStart, false);

    await page.reload();
    await expectLessonShown(page);
    await expectAnswered(page, checkDefine, true);
    // The quiz resumes at the first unanswered question; the answered one is a step back.
    const quiz = lessonQuiz(page);
    await expect(quiz.getByText(/^Question 2 of 8/)).toBeVisible();
    await quiz.getByRole('button', { name: 'Previous', exact: true }).click();
    await expect(quiz.getByText(/^Question 1 of 8, answered/)).toBeVisible();
    await expectAnswered(quiz, quizStart, false);
    await expect(quiz.getByRole('button', { name: 'Try again', exact: true })).toBeVisible();
    expect(JSON.parse((await stored(page)) ?? 'null')).toMatchObject({ version: PROGRESS_VERSION, state: { lastLesson: 'what-is-fine-tuning' } });
    await expectNoA11yViolations(page);
  });
});

test.describe('saved progress that cannot be read', () => {
  for (const { label, raw, reason } of [
    { label: 'not JSON', raw: 'not json{', reason: 'It is not valid JSON.' },
    { label: 'from a newer version', raw: '{"state":{},"version":99}', reason: 'It was saved by a newer version of the course (format 99' },
  ]) {
    test(`${label}: explained, kept untouched and downloadable until the learner starts fresh`, async ({ page }) => {
      await page.goto('/');
      await page.evaluate(([key, value]) => window.localStorage.setItem(key, value), [STORAGE_KEY, raw] as const);
      await page.goto(LESSON_1);

      await expectLessonShown(page);
      const unreadable = alert(page, 'We couldn’t read your saved progress');
      await expect(unreadable).toBeVisible();
      await expect(unreadable).toContainText(reason);
      await expect(unreadable).toContainText('It has not been changed or deleted.');
      await expectNoA11yViolations(page);

      // Carrying on works, and saves nothing over the unreadable value; a copy is kept aside.
      await answer(page, checkDefine);
      expect(await stored(page)).toBe(raw);
      expect(await stored(page, UNREADABLE_KEY)).toBe(raw);

      const file = await download(page, unreadable.getByRole('button', { name: 'Download the unreadable data', exact: true }));
      expect(file.suggestedFilename()).toBe('fine-tuning-course-unreadable-progress.txt');
      expect(await readFile(await file.path(), 'utf8')).toBe(raw);

      // Start fresh asks first; cancelling changes nothing.
      await unreadable.getByRole('button', { name: 'Start fresh', exact: true }).click();
      await expect(unreadable.getByRole('button', { name: 'Yes, start fresh', exact: true })).toBeVisible();
      await expectNoA11yViolations(page);
      await unreadable.getByRole('button', { name: 'Cancel', exact: true }).click();
      await expect(unreadable.getByRole('button', { name: 'Start fresh', exact: true })).toBeVisible();
      expect(await stored(page)).toBe(raw);

      await unreadable.getByRole('button', { name: 'Start fresh', exact: true }).click();
      await unreadable.getByRole('button', { name: 'Yes, start fresh', exact: true }).click();
      await expect(unreadable).toBeHidden();
      await expectLessonShown(page);
      // What this visit held is now saved, and new answers are saved too.
      await expect.poll(() => savedAnswerIds(page)).toEqual([checkDefine.id]);
      await answer(page, checkGeneralist);
      await expect.poll(() => savedAnswerIds(page)).toEqual([checkDefine.id, checkGeneralist.id].sort());
      expect(JSON.parse((await stored(page)) ?? 'null')).toMatchObject({ version: PROGRESS_VERSION });
      expect(await stored(page, UNREADABLE_KEY)).toBe(raw); // the copy stays

      await page.reload();
      await expectLessonShown(page);
      await expect(alert(page, 'We couldn’t read your saved progress')).toHaveCount(0);
      await expectAnswered(page, checkDefine);
      await expectAnswered(page, checkGeneralist);
    });
  }
});

test.describe('saved progress that cannot be read, edge cases', () => {
  // Every distinct unreadable value gets its own copy, so an older copy never blocks a newer one.
  test('starting fresh keeps a copy of this unreadable value even when an older copy is already kept', async ({ page }) => {
    const older = 'older damaged progress';
    const raw = 'not json{';
    await page.goto('/');
    await page.evaluate(
      ([key, olderKey, rawValue, olderValue]) => {
        window.localStorage.setItem(olderKey, olderValue);
        window.localStorage.setItem(key, rawValue);
      },
      [STORAGE_KEY, UNREADABLE_KEY, raw, older] as const,
    );
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible(); // the course map, not a blank page
    const unreadable = alert(page, 'We couldn’t read your saved progress');
    await unreadable.getByRole('button', { name: 'Start fresh', exact: true }).click();
    // The promise made before confirming:
    await expect(unreadable).toContainText('A copy of the unreadable data stays in this browser');
    await unreadable.getByRole('button', { name: 'Yes, start fresh', exact: true }).click();
    await expect(unreadable).toBeHidden();

    const values = await page.evaluate(() => Object.keys(window.localStorage).map((key) => window.localStorage.getItem(key)));
    expect(values).toContain(older);
    expect(values, 'the value that was unreadable this time is still somewhere in this browser').toContain(raw);
  });

  // When one tab starts fresh, another tab still showing the notice joins in: it merges the
  // new saved progress instead of later overwriting it.
  test('starting fresh in one tab is joined by the other, and both tabs’ answers are kept', async ({ context }) => {
    const raw = 'not json{';
    const one = await context.newPage();
    await one.goto('/');
    await one.evaluate(([key, value]) => window.localStorage.setItem(key, value), [STORAGE_KEY, raw] as const);
    const two = await context.newPage();
    await one.goto(LESSON_1);
    await two.goto(LESSON_2);
    await expect(alert(one, 'We couldn’t read your saved progress')).toBeVisible();
    await expect(alert(two, 'We couldn’t read your saved progress')).toBeVisible();

    // Tab one starts fresh and saves an answer, then is closed.
    const first = alert(one, 'We couldn’t read your saved progress');
    await first.getByRole('button', { name: 'Start fresh', exact: true }).click();
    await first.getByRole('button', { name: 'Yes, start fresh', exact: true }).click();
    await answer(one, checkDefine);
    await expect.poll(() => savedAnswerIds(one)).toEqual([checkDefine.id]);
    await one.close();

    // Tab two saw tab one's fresh start: its notice has gone, and answering there keeps
    // the answer tab one saved.
    await expect(alert(two, 'We couldn’t read your saved progress')).toBeHidden();
    await answer(two, analogyMap);
    await expect.poll(() => savedAnswerIds(two)).toEqual([analogyMap.id, checkDefine.id].sort());
  });
});

test.describe('saved progress that cannot be read, with no room for a copy', () => {
  // About 3 MB: the browser's storage for the site (about 5 million characters) has no room for a second copy.
  test('a 3 MB unreadable value: nothing overwrites it until the learner has downloaded it and said so', async ({ page }) => {
    await page.goto('/');
    const size = await page.evaluate((key) => {
      window.localStorage.setItem(key, '{"state":' + 'x'.repeat(3 * 1024 * 1024));
      return window.localStorage.getItem(key)?.length ?? 0;
    }, STORAGE_KEY);
    expect(size).toBeGreaterThan(3_000_000);
    const raw = await stored(page);
    await page.goto(LESSON_1);
    await expectLessonShown(page);
    const unreadable = alert(page, 'We couldn’t read your saved progress');
    await expect(unreadable).toContainText('There is no room in this browser to keep a copy of it');
    expect(await stored(page, UNREADABLE_KEY)).toBeNull();

    await answer(page, checkDefine);
    await unreadable.getByRole('button', { name: 'Start fresh', exact: true }).click();
    // No promise of a copy that does not exist, and no way yet to overwrite the only one.
    await expect(unreadable).not.toContainText('A copy of the unreadable data stays in this browser');
    await expect(unreadable).toContainText('Download the unreadable data first');
    await expect(unreadable.getByRole('button', { name: /start fresh/i })).toHaveCount(0);
    await expectNoA11yViolations(page);
    expect(await stored(page)).toBe(raw);

    const file = await download(page, unreadable.getByRole('button', { name: 'Download the unreadable data', exact: true }));
    expect(await readFile(await file.path(), 'utf8')).toBe(raw);
    await expect(unreadable).toContainText('the file you downloaded is the only copy');
    await unreadable.getByRole('button', { name: 'I have the file: start fresh', exact: true }).click();
    await expect(unreadable).toBeHidden();
    await expect.poll(() => savedAnswerIds(page)).toEqual([checkDefine.id]);
  });
});

test.describe('storage that does not work', () => {
  test('storage disabled: the course works in memory and says progress is not saved', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('denied', 'SecurityError');
        },
      });
    });
    await page.goto(LESSON_1);
    await expectLessonShown(page);
    const warning = alert(page, 'Your progress is not being saved');
    await expect(warning).toBeVisible();
    await expect(warning).toContainText('not letting the course save anything');
    await expectNoA11yViolations(page);

    await answer(page, checkDefine);
    await answer(lessonQuiz(page), quizStart);
    await lessonQuiz(page).getByRole('button', { name: 'Next question', exact: true }).click();
    await expect(lessonQuiz(page).getByText(/^Question 2 of 8/)).toBeVisible();

    // In memory for this visit: leave the lesson and come back without reloading.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Course map' }).click();
    await page.getByRole('list', { name: 'Lessons' }).getByRole('link', { name: 'What fine-tuning is' }).click();
    await expectLessonShown(page);
    await expectAnswered(page, checkDefine);

    // The way out the notice offers: a download of what this visit holds.
    const file = await download(page, alert(page, 'Your progress is not being saved').getByRole('button', { name: 'Download your progress' }));
    const saved = JSON.parse(await readFile(await file.path(), 'utf8')) as { app: string; state: { answers: object } };
    expect(saved.app).toBe('fine-tuning-course');
    expect(Object.keys(saved.state.answers).sort()).toEqual([checkDefine.id, quizStart.id].sort());
  });

  test('storage full: the notice explains, answering still works, and saving resumes when there is room', async ({ page }) => {
    await page.addInitScript(() => {
      const setItem = Storage.prototype.setItem;
      (window as unknown as { storageFull: boolean }).storageFull = true;
      Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
        if ((window as unknown as { storageFull: boolean }).storageFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return setItem.call(this, key, value);
      };
    });
    await page.goto(LESSON_1);
    await expectLessonShown(page);
    const warning = alert(page, 'Your progress is not being saved');
    await expect(warning).toBeVisible(); // opening a lesson already tried to save the visit
    await expect(warning).toContainText('storage for the course is full');

    await answer(page, checkDefine);
    await expectNoA11yViolations(page);
    expect(await stored(page)).toBeNull();

    // Room again: the next change saves everything held so far, and the notice goes.
    await page.evaluate(() => {
      (window as unknown as { storageFull: boolean }).storageFull = false;
    });
    await answer(page, checkGeneralist);
    await expect(warning).toBeHidden();
    await expect.poll(() => savedAnswerIds(page)).toEqual([checkDefine.id, checkGeneralist.id].sort());
  });
});

test('two tabs: answers given in each are kept in both (no last writer wins)', async ({ context }) => {
  const one = await context.newPage();
  const two = await context.newPage();
  await one.goto(LESSON_1);
  await two.goto(LESSON_2);
  await expectLessonShown(one);
  await expectLessonShown(two, 'The graduate analogy');

  // Both tabs hold what they loaded; each answers in turn, the first one twice.
  await answer(one, checkDefine);
  await answer(two, analogyMap);
  await answer(lessonQuiz(one), quizStart);
  const all = [checkDefine.id, analogyMap.id, quizStart.id].sort();
  await expect.poll(() => savedAnswerIds(one)).toEqual(all);
  await expect.poll(() => savedAnswerIds(two)).toEqual(all);

  await one.reload();
  await two.reload();
  await expectAnswered(one, checkDefine);
  await expectAnswered(two, analogyMap);
  await one.goto(LESSON_2);
  await expectAnswered(one, analogyMap);
  await two.goto(LESSON_1);
  await expectAnswered(two, checkDefine);
  const quiz = lessonQuiz(two);
  await expect(quiz.getByText(/^Question 2 of 8/)).toBeVisible();
  await quiz.getByRole('button', { name: 'Previous', exact: true }).click();
  await expectAnswered(quiz, quizStart);
  await expectNoA11yViolations(two);
});

// Saved progress records when it was reset (format 3); merging drops the other tab's
// older records, so a reset reaches every open tab.
test('two tabs: a reset in one tab is not undone by the other tab', async ({ context }) => {
  const one = await context.newPage();
  const two = await context.newPage();
  await one.goto(LESSON_1);
  await answer(one, checkDefine);
  await two.goto(LESSON_2);
  await expectLessonShown(two, 'The graduate analogy');

  await one.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Your progress' }).click();
  await one.getByRole('button', { name: 'Reset all progress', exact: true }).click();
  await notice(one, 'Clear all your progress?').getByRole('button', { name: 'Yes, clear everything', exact: true }).click();
  await expect(one.getByRole('region', { name: 'Start again' }).getByRole('status')).toHaveText('All progress has been cleared.');
  await expect.poll(() => savedAnswerIds(one)).toEqual([]);

  // The other tab says why its progress changed.
  const told = alert(two, 'Progress was reset in another tab');
  await expect(told).toBeVisible();
  await told.getByRole('button', { name: 'OK', exact: true }).click();
  await expect(told).toBeHidden();

  await answer(two, analogyMap);
  await expect.poll(() => savedAnswerIds(two)).toContain(analogyMap.id);
  expect(await savedAnswerIds(two)).toEqual([analogyMap.id]);
  await one.goto(LESSON_1);
  await expectUnanswered(one, checkDefine);
});

test('a reset on a slow connection stays reset when saved progress is read late', async ({ page }) => {
  await page.goto(LESSON_1);
  await answer(page, checkDefine);
  await expect.poll(() => savedAnswerIds(page)).toEqual([checkDefine.id]);

  // The file that reads saved progress arrives 2.5 s late.
  await page.route(/\/assets\/progress-codec-[^/]*\.js$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 2500));
    await route.continue();
  });
  await page.goto('/progress');
  await page.getByRole('button', { name: 'Reset all progress', exact: true }).click();
  await notice(page, 'Clear all your progress?').getByRole('button', { name: 'Yes, clear everything', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Start again' }).getByRole('status')).toHaveText('All progress has been cleared.');

  // Long after the read has finished, nothing has come back: not on screen, not in this
  // visit's memory (a lesson opened without reloading saves what it holds), not in storage.
  await page.waitForTimeout(3000);
  await expect(page.getByRole('region', { name: 'Start again' }).getByRole('status')).toHaveText('All progress has been cleared.');
  const row = page.getByRole('row', { name: /What fine-tuning is/ });
  await expect(row).toContainText('Not started');
  await row.getByRole('link').click();
  await expectLessonShown(page);
  await expectUnanswered(page, checkDefine);
  await expect.poll(async () => JSON.parse((await stored(page)) ?? 'null')).toMatchObject({ state: { lastLesson: 'what-is-fine-tuning' } });
  expect(await savedAnswerIds(page)).toEqual([]);
});

test.describe('export and import', () => {
  test('download, reset, import: the answers come back', async ({ page }) => {
    await page.goto(LESSON_1);
    await answer(page, checkDefine);
    await answer(lessonQuiz(page), quizStart, false);

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Your progress' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Your progress' })).toBeVisible();
    await expect(page.getByRole('row', { name: /What fine-tuning is/ })).toContainText('Not finished');
    await expectNoA11yViolations(page);

    const file = await download(page, page.getByRole('button', { name: 'Download your progress', exact: true }));
    expect(file.suggestedFilename()).toMatch(/^fine-tuning-course-progress-\d{4}-\d{2}-\d{2}\.json$/);
    const path = test.info().outputPath('progress.json');
    await file.saveAs(path);
    const exported = JSON.parse(await readFile(path, 'utf8')) as { app: string; version: number; state: { answers: object } };
    expect(exported).toMatchObject({ app: 'fine-tuning-course', version: PROGRESS_VERSION });
    expect(Object.keys(exported.state.answers).sort()).toEqual([checkDefine.id, quizStart.id].sort());

    await page.getByRole('button', { name: 'Reset all progress', exact: true }).click();
    const confirm = notice(page, 'Clear all your progress?');
    await expect(confirm).toBeVisible();
    await expectNoA11yViolations(page);
    await confirm.getByRole('button', { name: 'Yes, clear everything', exact: true }).click();
    await expect(page.getByRole('region', { name: 'Start again' }).getByRole('status')).toHaveText('All progress has been cleared.');
    await expect.poll(() => savedAnswerIds(page)).toEqual([]);

    await page.getByRole('link', { name: '1. What fine-tuning is' }).click();
    await expectLessonShown(page);
    await expectUnanswered(page, checkDefine);
    await expect(lessonQuiz(page).getByText(/^Question 1 of 8/)).toBeVisible();
    await expectUnanswered(lessonQuiz(page), quizStart);

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Your progress' }).click();
    await page.getByLabel('Progress file (.json)', { exact: true }).setInputFiles(path);
    const imported = notice(page, 'Progress imported');
    await expect(imported).toBeVisible();
    await expect(imported).toContainText('2 answers');
    await expectNoA11yViolations(page);

    await page.getByRole('link', { name: '1. What fine-tuning is' }).click();
    await expectAnswered(page, checkDefine);
    await page.reload();
    await expectAnswered(page, checkDefine);
    await lessonQuiz(page).getByRole('button', { name: 'Previous', exact: true }).click();
    await expectAnswered(lessonQuiz(page), quizStart, false);
  });

  test('files that are refused change nothing', async ({ page }) => {
    await page.goto(LESSON_1);
    await answer(page, checkDefine);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Your progress' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Your progress' })).toBeVisible();
    const before = await stored(page);
    expect(before).not.toBeNull();
    const state = (JSON.parse(before ?? '{}') as { state: Record<string, unknown> }).state;
    const exportOf = (extra: Record<string, unknown>) => JSON.stringify({ app: 'fine-tuning-course', version: 2, exportedAt: new Date().toISOString(), state, ...extra });

    const files: { name: string; text: string; reason: string | RegExp }[] = [
      { name: 'huge.json', text: exportOf({ padding: 'x'.repeat(1024 * 1024) }), reason: 'The file is larger than 1 MB' },
      {
        name: 'proto.json',
        text: exportOf({}).replace('"answers":{', '"answers":{"__proto__":{"polluted":true},'),
        reason: 'The file contains a key named “__proto__”, which is not allowed.',
      },
      { name: 'future.json', text: exportOf({ version: 99 }), reason: 'It was saved by a newer version of the course (format 99' },
      { name: 'shape.json', text: exportOf({ state: { ...state, answers: 'none' } }), reason: /^Its contents are damaged/ },
      { name: 'other.json', text: JSON.stringify({ state, version: 2 }), reason: 'The file is not a progress export from this course.' },
      { name: 'broken.json', text: '{"app":"fine-tuning-course",', reason: 'The file is not valid JSON.' },
    ];
    expect(files[1]?.text).toContain('__proto__');

    const input = page.getByLabel('Progress file (.json)', { exact: true });
    const refused = notice(page, 'That file was not imported');
    for (const file of files) {
      await input.setInputFiles({ name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text) });
      await expect(refused).toBeVisible();
      await expect(refused.locator('p')).toContainText(file.reason);
      await expect(refused).toContainText('Nothing was changed.');
      await expect(notice(page, 'Progress imported')).toHaveCount(0);
      expect(await stored(page), `after ${file.name}`).toBe(before);
      expect(await page.evaluate(() => 'polluted' in {})).toBe(false);
    }
    await expectNoA11yViolations(page);

    await page.getByRole('link', { name: '1. What fine-tuning is' }).click();
    await expectAnswered(page, checkDefine);
  });
});

// Quiz order in the bank is the order the quiz shows; the tests above assume the first
// question of lesson 1's quiz is `wift-quiz-transfer-learning` and that the quiz has 8.
test('the bank still matches what these tests assume', () => {
  const quiz = quizQuestions(lesson1);
  expect(quiz[0]?.id).toBe(quizStart.id);
  expect(quiz).toHaveLength(8);
});
