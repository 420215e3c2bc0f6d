/**
 * Terms and citations on a phone: each opens a small dialog beside the sentence, which stays
 * whole and where it was; one at a time; closed with Escape (focus back) or a tap outside.
 */
import type { Locator, Page } from '@playwright/test';
import { expectNoA11yViolations } from './a11y';
import { expect, test } from './app-test';

const LESSON_1 = '/lessons/what-is-fine-tuning';

const term = (page: Page, name: string) => page.getByRole('button', { name, exact: true }).first();
const citation = (page: Page) => page.getByRole('button', { name: /^Source: / }).first();
const paragraphOf = (trigger: Locator) => trigger.locator('xpath=ancestor::*[self::p or self::li or self::td][1]');

/** The dialog lies within the window, beside the trigger, and the sentence has not grown. */
async function expectBesideText(page: Page, dialog: Locator, trigger: Locator, paragraphHeight: number, width: number) {
  const box = await dialog.boundingBox();
  if (!box) throw new Error('the dialog has no box');
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(width);
  const triggerBox = await trigger.boundingBox();
  if (!triggerBox) throw new Error('the trigger has no box');
  // Just below the trigger, or above it when there is no room below.
  const gap = Math.min(Math.abs(box.y - (triggerBox.y + triggerBox.height)), Math.abs(triggerBox.y - (box.y + box.height)));
  expect(gap).toBeLessThan(16);
  expect((await paragraphOf(trigger).boundingBox())?.height).toBe(paragraphHeight);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
}

for (const width of [320, 390]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 740 }, hasTouch: true });

    test('a term and a citation by keyboard: Enter opens beside the text with focus inside, Escape closes with focus back', async ({ page }) => {
      test.slow(); // axe on a whole lesson, twice
      await page.goto(LESSON_1);
      const preTraining = term(page, 'pre-training');
      await preTraining.scrollIntoViewIfNeeded();
      const height = (await paragraphOf(preTraining).boundingBox())?.height ?? 0;
      const scrolled = await page.evaluate(() => window.scrollY);

      await preTraining.focus();
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog', { name: 'Pre-training' });
      await expect(dialog).toBeVisible();
      await expect(dialog).toBeFocused();
      await expect(preTraining).toHaveAttribute('aria-expanded', 'true');
      await expectBesideText(page, dialog, preTraining, height, width);
      await expectNoA11yViolations(page);
      await page.keyboard.press('Escape');
      await expect(dialog).toHaveCount(0);
      await expect(preTraining).toBeFocused();

      const cite = citation(page);
      await cite.scrollIntoViewIfNeeded();
      const citeHeight = (await paragraphOf(cite).boundingBox())?.height ?? 0;
      const before = await page.evaluate(() => window.scrollY);
      await cite.focus();
      await page.keyboard.press('Enter');
      const source = page.getByRole('dialog', { name: 'Source' });
      await expect(source).toBeVisible();
      await expect(source).toBeFocused();
      await expect(source.getByRole('link', { name: /^Open the source/ })).toBeVisible();
      await expect(source.getByRole('link', { name: 'All sources for this lesson' })).toBeVisible();
      await expectBesideText(page, source, cite, citeHeight, width);
      // The learner's place is kept: no jump to the list of sources.
      expect(Math.abs((await page.evaluate(() => window.scrollY)) - before)).toBeLessThan(2);
      await page.emulateMedia({ colorScheme: 'dark' });
      await expectNoA11yViolations(page);
      await page.keyboard.press('Escape');
      await expect(source).toHaveCount(0);
      await expect(cite).toBeFocused();
      expect(scrolled).toBeLessThanOrEqual(before);
    });

    test('a term and a citation by tapping: one open at a time, a tap outside closes', async ({ page }) => {
      await page.goto(LESSON_1);
      const preTraining = term(page, 'pre-training');
      await preTraining.scrollIntoViewIfNeeded();
      await preTraining.tap();
      await expect(page.getByRole('dialog', { name: 'Pre-training' })).toBeVisible();

      const baseModel = term(page, 'base model');
      await baseModel.scrollIntoViewIfNeeded();
      await baseModel.tap();
      await expect(page.getByRole('dialog')).toHaveCount(1);
      await expect(page.getByRole('dialog', { name: 'Base model' })).toBeVisible();
      await expect(preTraining).toHaveAttribute('aria-expanded', 'false');

      // A tap on plain text outside closes it.
      await page.getByRole('heading', { level: 1 }).tap();
      await expect(page.getByRole('dialog')).toHaveCount(0);

      const cite = citation(page);
      await cite.scrollIntoViewIfNeeded();
      await cite.tap();
      const source = page.getByRole('dialog', { name: 'Source' });
      await expect(source).toBeVisible();
      await source.getByRole('button', { name: 'Close' }).tap();
      await expect(source).toHaveCount(0);
      await expect(cite).toBeFocused();
    });
  });
}
