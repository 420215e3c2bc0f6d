/**
 * Issue 11 on a phone: a wrong answer marked in place, then the reveal, at 390 px; the
 * quizzes page opens each lesson at its quiz; and (issue 12) matching and ordering fit 320 px.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './app-test';
import lesson1 from '../lessons/01-what-is-fine-tuning.questions';
import lesson2 from '../lessons/02-graduate-analogy.questions';
import { expectNoA11yViolations } from './a11y';
import { checkByKeyboard, chooseRadio, lessonQuiz, pressButton, questionForm, questionOf, wrongTexts } from './learner';

const noSideScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

test.describe('at 390 px', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('wrong, then the answer shown: each mark sits on its option, in view when the verdict is', async ({ page }) => {
    test.slow(); // two axe runs
    await page.goto('/lessons/what-is-fine-tuning');
    const question = questionOf(lesson1, 'wift-check-generalist', 'single');
    const form = questionForm(page, question);
    const [wrong1, wrong2] = wrongTexts(question) as [string, string];
    const right = question.options.find((o) => o.correct)?.text ?? '';
    const option = (text: string) => form.locator('.choice', { has: page.getByRole('radio', { name: text, exact: true }) });

    await chooseRadio(page, form, wrong1);
    await expect(await checkByKeyboard(page, form)).toHaveText(/^Incorrect\./);
    const mark = option(wrong1).locator('.place-mark');
    await expect(mark).toContainText('Your answer: not right.');
    await expect(mark).toBeInViewport();
    await expect(form).not.toContainText('Correct answer');
    await expectNoA11yViolations(page);

    await pressButton(page, form.getByRole('button', { name: 'Try again', exact: true }));
    await chooseRadio(page, form, wrong2);
    await expect(await checkByKeyboard(page, form)).toHaveText(/^Answer shown\./);
    await expect(option(right)).toContainText('Correct answer.');
    await expect(option(wrong2)).toContainText('Your answer: not right.');
    await expect(form.getByRole('button', { name: /^(Try again|Show answer|Show hint)$/ })).toHaveCount(0);
    expect(await noSideScroll(page)).toBe(true);
    await expectNoA11yViolations(page);
  });

  test('/quizzes lists every quiz; a link opens the lesson at its quiz, with no scrolling', async ({ page }) => {
    await page.goto('/quizzes');
    await expect(page.getByRole('heading', { level: 1, name: 'Quizzes' })).toBeVisible();
    const list = page.getByRole('list', { name: 'Lesson quizzes' });
    await expect(list.getByRole('listitem')).toHaveCount(9);
    await expect(list.getByRole('listitem').first()).toContainText('Not started');
    await expect(page.getByRole('link', { name: 'The final assessment' })).toHaveAttribute('href', '/final');
    expect(await noSideScroll(page)).toBe(true);
    await expectNoA11yViolations(page);

    await list.getByRole('link', { name: /^Quiz 2: / }).click();
    await expect(page).toHaveURL(/\/lessons\/graduate-analogy#quiz$/);
    const quiz = lessonQuiz(page);
    await expect(quiz.getByRole('heading', { name: 'Quiz', exact: true })).toBeInViewport();
    await expect(quiz).toBeFocused();
    // (A fresh load of `/lessons/:slug#id` ending at the top is issue 12's, item 6, on branch `phone`.)
  });
});

test.describe('at 320 px', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('matching lists every answer in full and says when one is chosen twice; ordering steps keep the width', async ({ page }) => {
    await page.goto('/lessons/graduate-analogy#quiz');
    const matching = questionOf(lesson2, 'analogy-quiz-match', 'matching');
    const form = questionForm(lessonQuiz(page), matching);
    const answers = form.getByRole('list', { name: 'The answers' }).getByRole('listitem');
    await expect(answers).toHaveCount(matching.pairs.length);
    for (const pair of matching.pairs) {
      const item = answers.filter({ hasText: pair.right });
      await expect(item).toBeVisible();
      // In full: the text wraps inside its box rather than being cut off.
      expect(await item.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    }
    const [a, b] = matching.pairs;
    await form.getByRole('combobox', { name: a?.left }).selectOption(a?.id ?? '');
    await form.getByRole('combobox', { name: b?.left }).selectOption(a?.id ?? '');
    await expect(form.getByText(`You chose this answer for “${b?.left}” too. Each answer fits one item.`)).toBeVisible();
    expect(await noSideScroll(page)).toBe(true);

    // Ordering (question 3): each step's text has nearly the whole width of its box.
    for (let i = 0; i < 2; i += 1) await lessonQuiz(page).getByRole('button', { name: 'Skip for now', exact: true }).click();
    const step = lessonQuiz(page).locator('.ordering__item').first();
    await expect(step).toBeVisible();
    const widths = await step.evaluate((el) => ({ item: el.clientWidth, text: (el.querySelector('.ordering__text') as HTMLElement).clientWidth }));
    expect(widths.text / widths.item).toBeGreaterThan(0.75);
    expect(await noSideScroll(page)).toBe(true);
  });
});
