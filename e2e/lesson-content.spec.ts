import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from './app-test';
import { readFrontmatter } from '../src/build/frontmatter';
import { expectNoA11yViolations } from './a11y';

test('a glossary term opens beside the text and jumps to the glossary', async ({ page }) => {
  await page.goto('/lessons/what-is-fine-tuning');
  const term = page.getByRole('button', { name: 'pre-training', exact: true }).first();
  await term.focus();
  await page.keyboard.press('Enter');
  await expect(term).toHaveAttribute('aria-expanded', 'true');
  const panel = page.getByRole('dialog', { name: 'Pre-training' });
  await expect(term).toHaveAttribute('aria-controls', (await panel.getAttribute('id')) ?? '');
  await expectNoA11yViolations(page);
  await panel.getByRole('link', { name: 'In the glossary' }).click();
  await expect(page).toHaveURL(/\/glossary#term-pre-training$/);
  await expect(page.locator('#term-pre-training')).toBeInViewport();
  await expectNoA11yViolations(page);
});

test('the training stepper works by keyboard and shows outputs shifting', async ({ page }) => {
  await page.goto('/lessons/how-it-works');
  const epoch = page.getByRole('button', { name: /train one epoch/i });
  await epoch.focus();
  const status = page.locator('.training-stepper [role="status"]').first();
  await page.keyboard.press('Enter');
  await expect(status).toContainText(/Epoch 1/);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(status).toContainText(/Epoch 3/);
  await expectNoA11yViolations(page);
});

test('the decision guide walks to a recommendation by keyboard', async ({ page }) => {
  await page.goto('/lessons/prompting-rag-or-fine-tuning');
  const guide = page.getByRole('region', { name: /decision guide/i });
  // Documents that change or must be cited: yes. A retrieval answer, whatever follows.
  for (let step = 0; step < 4; step += 1) {
    if (await guide.getByRole('heading', { name: /^Recommendation:/ }).count()) break;
    const first = guide.getByRole('radio').first();
    await first.focus();
    await page.keyboard.press('Space');
    await expect(first).toBeChecked();
    await guide.getByRole('button', { name: 'Next' }).focus();
    await page.keyboard.press('Enter');
  }
  const heading = guide.getByRole('heading', { name: /^Recommendation:/ });
  await expect(heading).toBeFocused();
  await expect(heading).toContainText(/RAG/);
  await expectNoA11yViolations(page);
  await guide.getByRole('button', { name: 'Start again' }).click();
  await expect(guide.getByRole('radio', { name: 'Yes' })).toBeVisible();
});

test('every lesson file in lessons/ is on the course map, in order, and opens with its quiz', async ({ page }) => {
  // Read from disk, not from the app's own list: a typo in the discovery globs would shrink both.
  const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../lessons');
  const expected = readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => readFrontmatter(readFileSync(path.join(dir, name), 'utf8')) as { title: string; slug: string; order: number })
    .sort((a, b) => a.order - b.order);
  expect(expected.length).toBeGreaterThan(0);
  await page.goto('/');
  const links = page.getByRole('list', { name: 'Lessons' }).getByRole('link');
  await expect(links).toHaveText(expected.map((l) => l.title));
  for (const lesson of expected) {
    await page.goto(`/lessons/${lesson.slug}`);
    await expect(page.getByRole('heading', { level: 1, name: lesson.title })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Quiz', exact: true }).getByText(/^Question 1 of \d+/)).toBeVisible();
  }
});
