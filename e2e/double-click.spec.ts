/**
 * A real double click on "Check answer" makes one check: its second click must not press
 * the button that takes its place ("Try again" after a wrong answer, "Show hint" after a
 * right one).
 */
import { expect, test, type Page } from '@playwright/test';
import lesson1 from '../lessons/01-what-is-fine-tuning.questions';
import { lessonQuiz, questionForm, questionOf, stored } from './learner';

const question = questionOf(lesson1, 'wift-quiz-starting-point', 'single');
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
    await expect(form.getByRole('button', { name: 'Show hint', exact: true })).toHaveAttribute('aria-expanded', 'false');
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
