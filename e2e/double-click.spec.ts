/**
 * A real double click on "Check answer" makes one check: its second click must not press
 * the button that takes its place ("Try again" after a wrong answer, "Show hint" after a
 * right one).
 */
import type { Page } from '@playwright/test';
import { expect, test } from './app-test';
import lesson1 from '../lessons/01-what-is-fine-tuning.questions';
import { lessonQuiz, questionForm, questionOf, stored } from './learner';

// The quiz opens on its first question; the test needs it to be a single-choice one.
const firstInQuiz = lesson1.find((q) => q.placement === 'quiz');
const question = questionOf(lesson1, firstInQuiz?.id ?? '', 'single');
const optionText = (correct: boolean) => question.options.find((o) => o.correct === correct)?.text ?? '';

const savedRecord = async (page: Page) => {
  const raw = await stored(page);
  return raw ? (JSON.parse(raw) as { state: { answers: Record<string, { tries: number; hintUsed: boolean }> } }).state.answers[question.id] : undefined;
};

for (const correct of [false, true]) {
  test(`double-clicking "Check answer" after a ${correct ? 'right' : 'wrong'} answer checks once and keeps the verdict`, async ({ page }) => {
    await page.goto('/lessons/what-is-fine-tuning');
    const form = questionForm(lessonQuiz(page), question);
    await form.getByRole('radio', { name: optionText(correct), exact: true }).check();
    await form.getByRole('button', { name: 'Check answer', exact: true }).dblclick();

    await expect(form.getByRole('status')).toHaveText(correct ? /^Correct\./ : /^Incorrect\./);
    if (!correct) await expect(form.getByRole('button', { name: 'Try again', exact: true })).toBeVisible();
    // The hint is not offered once the question is answered (a wrong try shows it, unasked and unrecorded).
    await expect(form.getByRole('button', { name: 'Show hint', exact: true })).toHaveCount(0);
    await expect.poll(() => savedRecord(page)).toMatchObject({ tries: 1, hintUsed: false });
  });
}

test('double-clicking "Try again" does not check the same answer again', async ({ page }) => {
  await page.goto('/lessons/what-is-fine-tuning');
  const form = questionForm(lessonQuiz(page), question);
  await form.getByRole('radio', { name: optionText(false), exact: true }).check();
  await form.getByRole('button', { name: 'Check answer', exact: true }).click();
  await form.getByRole('button', { name: 'Try again', exact: true }).dblclick();
  await expect(form.getByRole('button', { name: 'Check answer', exact: true })).toBeVisible();
  await expect(form.getByRole('status')).toHaveText('');
  await expect.poll(() => savedRecord(page)).toMatchObject({ tries: 1 });
});
