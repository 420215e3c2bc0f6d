/**
 * /mastery needs every lesson's objectives and question bank, not the lessons themselves: a
 * first visit must not download any lesson body (about 90 KB of lesson chunks).
 */
import { expect, test } from './app-test';

/** A lesson body's chunk (lessons/NN-slug.mdx), not its question bank (NN-slug.questions). */
const LESSON_BODY = /\/assets\/\d\d-[a-z-]+-[\w-]{8}\.js$/;

test('a first visit to /mastery downloads no lesson body, and shows every objective', async ({ page }) => {
  const scripts: { url: string; bytes: number }[] = [];
  page.on('requestfinished', async (request) => {
    if (!/\/assets\/.+\.js$/.test(request.url())) return;
    const sizes = await request.sizes();
    scripts.push({ url: new URL(request.url()).pathname, bytes: sizes.responseBodySize });
  });
  await page.goto('/mastery');
  await expect(page.getByRole('heading', { level: 1, name: /mastery/i })).toBeVisible();
  // Objectives from the first and the last lesson's frontmatter.
  await expect(page.getByText('Define fine-tuning in one sentence, naming what it starts from and what it adds.')).toBeVisible();
  await expect(page.getByRole('heading', { name: /Further reading/ }).first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  const total = scripts.reduce((sum, s) => sum + s.bytes, 0);
  console.log(`/mastery, first visit: ${scripts.length} JavaScript files, ${(total / 1024).toFixed(1)} KB as sent`);
  expect(scripts.map((s) => s.url).filter((url) => LESSON_BODY.test(url))).toEqual([]);
});
