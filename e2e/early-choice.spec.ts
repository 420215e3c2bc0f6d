/**
 * A lesson is prerendered: its quiz shows (and its radios can be chosen) before the app has
 * taken the page over and read saved progress, up to a second or more on a slow phone. A choice
 * made then must be kept, unless saved progress already holds that question's answer (the
 * learner's earlier work wins). The lesson's own file is held here until the choice is made,
 * so the app starts after it, every time.
 */
import type { Page } from '@playwright/test';
import lesson1 from '../lessons/01-what-is-fine-tuning.questions';
import { expect, test } from './app-test';
import { lessonQuiz, questionForm, questionOf, quizQuestions, STORAGE_KEY } from './learner';

const LESSON_1 = '/lessons/what-is-fine-tuning';
const checkDefine = questionOf(lesson1, 'wift-check-define', 'single');
const quizFirst = quizQuestions(lesson1)[0];
if (quizFirst?.type !== 'single') throw new Error('lesson 1’s quiz should open with a single-choice question');
const textOf = (question: typeof checkDefine, correct: boolean) => question.options.find((o) => o.correct === correct)?.text ?? '';

/**
 * Opens lesson 1 with its body's file held back: the prerendered page is there, the app is not.
 * `whileHeld` acts on the prerendered page; then the file arrives and the app takes over.
 */
async function openWithAppHeld(page: Page, whileHeld: () => Promise<void>) {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/01-what-is-fine-tuning-[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  const opened = page.goto(LESSON_1); // resolves once the app has started, so not awaited yet
  try {
    await expect(page.getByRole('heading', { level: 1, name: 'What fine-tuning is' })).toBeVisible();
    await whileHeld();
  } finally {
    release();
  }
  await opened;
  // The app has taken over: the page's quiz now answers (and is no longer the prerendered HTML).
  await expect(page.locator('html[data-app-started]')).toHaveCount(1);
}

test.describe('a choice made before the app has read saved progress', () => {
  test('nothing saved: the choices in a checkpoint and in the quiz are kept, and "Check answer" grades them', async ({ page }) => {
    const checkpoint = questionForm(page, checkDefine);
    const quiz = questionForm(lessonQuiz(page), quizFirst);
    await openWithAppHeld(page, async () => {
      await checkpoint.getByRole('radio', { name: textOf(checkDefine, true), exact: true }).check();
      await quiz.getByRole('radio', { name: textOf(quizFirst, false), exact: true }).check();
    });
    await expect(checkpoint.getByRole('radio', { name: textOf(checkDefine, true), exact: true })).toBeChecked();
    await checkpoint.getByRole('button', { name: 'Check answer', exact: true }).click();
    await expect(checkpoint.getByRole('status')).toHaveText(/^Correct/);
    await expect(quiz.getByRole('radio', { name: textOf(quizFirst, false), exact: true })).toBeChecked();
    await quiz.getByRole('button', { name: 'Check answer', exact: true }).click();
    await expect(quiz.getByRole('status')).toHaveText(/^Incorrect/);
  });

  test('the checkpoint answered on an earlier visit: the saved answer and verdict win', async ({ page }) => {
    // The earlier visit: the checkpoint answered right, saved.
    await page.goto(LESSON_1);
    const checkpoint = questionForm(page, checkDefine);
    await checkpoint.getByRole('radio', { name: textOf(checkDefine, true), exact: true }).check();
    await checkpoint.getByRole('button', { name: 'Check answer', exact: true }).click();
    await expect(checkpoint.getByRole('status')).toHaveText(/^Correct/);
    await expect.poll(() => page.evaluate((key) => localStorage.getItem(key) ?? '', STORAGE_KEY)).toContain('"wift-check-define"');

    await openWithAppHeld(page, async () => {
      await checkpoint.getByRole('radio', { name: textOf(checkDefine, false), exact: true }).check();
    });
    await expect(checkpoint.getByRole('radio', { name: textOf(checkDefine, true), exact: true })).toBeChecked();
    await expect(checkpoint.getByRole('status')).toHaveText(/^Correct/);
  });

  test('"Check answer" pressed before the app has started is answered once it has, without reloading the page', async ({ page }) => {
    const checkpoint = questionForm(page, checkDefine);
    let loads = 0;
    page.on('load', () => (loads += 1));
    await openWithAppHeld(page, async () => {
      await checkpoint.getByRole('radio', { name: textOf(checkDefine, true), exact: true }).check();
      await checkpoint.getByRole('button', { name: 'Check answer', exact: true }).click();
      // Sent natively, the form would have reloaded the page (and lost the choice).
      await expect(page).toHaveURL(LESSON_1);
      await expect(checkpoint.getByRole('radio', { name: textOf(checkDefine, true), exact: true })).toBeChecked();
    });
    // Pressed once, answered once the app could: no second press.
    await expect(checkpoint.getByRole('status')).toHaveText(/^Correct/);
    await expect(page).toHaveURL(LESSON_1);
    expect(loads).toBe(1);
  });
});
