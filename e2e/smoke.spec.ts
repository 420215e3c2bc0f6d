import { expect, test } from './app-test';
import { expectNoA11yViolations } from './a11y';

test('home → lesson → answer → reload keeps the answer', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoA11yViolations(page);

  await page.getByRole('list', { name: 'Lessons' }).getByRole('link', { name: 'What fine-tuning is' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'What fine-tuning is' })).toBeVisible();
  await expect(page).toHaveURL(/\/lessons\/what-is-fine-tuning$/);
  await expectNoA11yViolations(page);

  const quiz = page.getByRole('region', { name: 'Quiz' });
  const question = quiz.getByRole('group').first();
  const prompt = await question.locator('legend').innerText();
  // Answer by keyboard: focus the first option, choose with Space, then Check answer.
  const firstOption = question.getByRole('radio').first();
  await firstOption.focus();
  await page.keyboard.press('Space');
  const chosen = await question.locator('label:has(input:checked)').innerText();
  const form = quiz.locator('form', { has: page.getByRole('group', { name: prompt }) });
  await form.getByRole('button', { name: 'Check answer' }).click();
  const status = form.getByRole('status');
  await expect(status).toHaveText(/^(Correct|Partly right|Incorrect|Answer shown)/);
  const verdict = (await status.innerText()).split('.')[0];
  await expectNoA11yViolations(page);

  await page.reload();
  // The quiz shows one question at a time and resumes at the first unanswered one,
  // so the answered question is one step back.
  const againQuiz = page.getByRole('region', { name: 'Quiz' });
  await expect(againQuiz.getByText(/^Question 2 of \d+/)).toBeVisible();
  await againQuiz.getByRole('button', { name: 'Previous' }).click();
  await expect(againQuiz.getByText(/^Question 1 of \d+, answered/)).toBeVisible();
  const againForm = againQuiz.locator('form', { has: page.getByRole('group', { name: prompt }) });
  await expect(againForm.getByRole('radio', { name: chosen })).toBeChecked();
  await expect(againForm.getByRole('status')).toHaveText(new RegExp(`^${verdict}`));
});

test('an unknown address shows a not-found page with a way home', async ({ page }) => {
  const response = await page.goto('/no/such/page');
  expect(response?.status()).toBe(404); // the production server sends the prerendered not-found page
  await expect(page.getByRole('heading', { level: 1, name: /can’t find that page/i })).toBeVisible();
  await expectNoA11yViolations(page);
  await page.getByRole('link', { name: 'Go to the course map' }).click();
  await expect(page.getByRole('list', { name: 'Lessons' })).toBeVisible();
});

test('an unknown lesson shows the not-found page inside the app shell', async ({ page }) => {
  await page.goto('/lessons/not-a-lesson');
  await expect(page.getByRole('heading', { level: 1, name: /can’t find that page/i })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expectNoA11yViolations(page);
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('every page loads under the Content-Security-Policy with no console errors', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  const response = await page.goto('/');
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveCount(1);
  const lessons = await page.getByRole('list', { name: 'Lessons' }).getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  for (const href of [...lessons, '/progress']) {
    await page.goto(href as string);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
  expect(problems).toEqual([]);
});
