/**
 * The header on a phone: one line (title, Menu, theme) instead of three, the six links in a
 * panel the Menu opens, by tap and by keyboard; the count of reviews due on the Menu itself;
 * with scripts off, every link in view; on a wide screen, the row of links as before. Nothing
 * moves while a page loads or when the count arrives.
 */
import type { Page } from '@playwright/test';
import { expectNoA11yViolations } from './a11y';
import { expect, test } from './app-test';
import { STORAGE_KEY } from './learner';
import { PROGRESS_VERSION } from '../src/progress/progress-types';
import firstLessonQuestions from '../lessons/01-what-is-fine-tuning.questions';

const LINKS = ['Course map', 'Quizzes', 'Glossary', 'Review', 'Your progress', 'For trainers'];
const DAY = 86_400_000;

const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Main' });
const menuButton = (page: Page) => mainNav(page).getByRole('button', { name: /^Menu/ });
const headerHeight = (page: Page) => page.getByRole('banner').evaluate((header) => header.getBoundingClientRect().height);

/** Saved progress with `due` questions due for review (a day overdue), put in place before the page loads. */
async function withReviewsDue(page: Page, due: number) {
  const card = (at: number) => ({ due: at, stability: 2.3, difficulty: 5, scheduledDays: 3, learningSteps: 0, reps: 1, lapses: 0, state: 2, lastReview: at - 3 * DAY, lastRating: 3 });
  // Questions the course has: the count leaves out any it does not.
  const reviews = Object.fromEntries(firstLessonQuestions.slice(0, due).map((q) => [q.id, card(Date.now() - DAY)]));
  const saved = JSON.stringify({
    state: { answers: {}, quizzes: {}, tries: [], lessons: {}, lastLesson: null, reading: {}, resetAt: 0, reviews, finalAttempt: null, finalResults: [], certificateName: null },
    version: PROGRESS_VERSION,
  });
  await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [STORAGE_KEY, saved] as const);
}

/** Records layout shifts not caused by input, from the very start of the page. */
async function watchLayoutShifts(page: Page) {
  await page.addInitScript(() => {
    const shifts: string[] = [];
    (window as unknown as { __shifts: string[] }).__shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean; sources?: { node?: Node }[] }[]) {
        if (entry.hadRecentInput) continue;
        shifts.push(`${entry.value.toFixed(4)}: ${(entry.sources ?? []).map((s) => (s.node instanceof Element ? `${s.node.tagName.toLowerCase()}.${s.node.className}` : String(s.node?.nodeName))).join(', ')}`);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}
const shiftsOf = (page: Page) => page.evaluate(() => (window as unknown as { __shifts: string[] }).__shifts);

for (const width of [320, 390]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 568 }, hasTouch: true });

    test('the header is one line; a tap on Menu shows the six links below it, a tap on one goes there and folds them away', async ({ page }) => {
      await page.goto('/lessons/how-it-works');
      expect(await headerHeight(page)).toBeLessThanOrEqual(64);
      const button = menuButton(page);
      await expect(button).toHaveAccessibleName('Menu');
      await expect(button).toHaveAttribute('aria-expanded', 'false');
      for (const name of LINKS) await expect(mainNav(page).getByRole('link', { name, exact: true })).toBeHidden();
      // Big enough to tap (WCAG 2.5.8 asks 24 px; these are 44).
      const box = await button.boundingBox();
      expect(box!.height).toBeGreaterThanOrEqual(44);
      expect(box!.width).toBeGreaterThanOrEqual(44);

      await button.tap();
      await expect(button).toHaveAttribute('aria-expanded', 'true');
      const panel = page.locator(`#${await button.getAttribute('aria-controls')}`);
      await expect(panel.getByRole('link')).toHaveText(LINKS);
      for (const name of LINKS) await expect(mainNav(page).getByRole('link', { name, exact: true })).toBeInViewport();
      // The panel starts below the header's line, and nothing scrolls sideways.
      const top = await panel.evaluate((list) => list.getBoundingClientRect().top);
      expect(top).toBeGreaterThanOrEqual((await headerHeight(page)) - 1);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);

      await mainNav(page).getByRole('link', { name: 'Glossary' }).tap();
      await expect(page.getByRole('heading', { level: 1, name: /glossary/i })).toBeVisible();
      await expect(button).toHaveAttribute('aria-expanded', 'false');
      await expect(panel).toBeHidden();
      await button.tap();
      await expect(mainNav(page).getByRole('link', { name: 'Glossary' })).toHaveAttribute('aria-current', 'page');
      // A tap on the page below the panel closes it too.
      await page.touchscreen.tap(width / 2, 540);
      await expect(panel).toBeHidden();
    });

    test('by keyboard: Tab to Menu, Enter opens it, Tab goes into its links, Escape closes it and focus is back on Menu', async ({ page }) => {
      await page.goto('/');
      const button = menuButton(page);
      await page.keyboard.press('Tab'); // the skip link
      await page.keyboard.press('Tab'); // the title
      await page.keyboard.press('Tab');
      await expect(button).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(button).toHaveAttribute('aria-expanded', 'true');
      await page.keyboard.press('Tab');
      const courseMap = mainNav(page).getByRole('link', { name: 'Course map' });
      await expect(courseMap).toBeFocused();
      await expect(courseMap).toHaveAttribute('aria-current', 'page');
      await page.keyboard.press('Tab');
      await expect(mainNav(page).getByRole('link', { name: 'Quizzes' })).toBeFocused();
      await page.keyboard.press('Escape');
      await expect(button).toHaveAttribute('aria-expanded', 'false');
      await expect(button).toBeFocused();
      await expect(mainNav(page).getByRole('link', { name: 'Quizzes' })).toBeHidden();

      // Past the last link, focus goes on to the theme button and the panel folds away: it never covers what has focus.
      await page.keyboard.press('Space');
      for (let i = 0; i < LINKS.length + 1; i += 1) await page.keyboard.press('Tab');
      await expect(page.getByRole('banner').getByRole('button', { name: /^Theme:/ })).toBeFocused();
      await expect(button).toHaveAttribute('aria-expanded', 'false');
      await expect(mainNav(page).getByRole('link', { name: 'For trainers' })).toBeHidden();

      // Enter on a link goes there; the new page has focus.
      await button.focus();
      await page.keyboard.press('Enter');
      await mainNav(page).getByRole('link', { name: 'Your progress' }).focus();
      await page.keyboard.press('Enter');
      await expect(page.getByRole('heading', { level: 1, name: 'Your progress' })).toBeVisible();
      await expect(page.locator('main')).toBeFocused();
      await expect(button).toHaveAttribute('aria-expanded', 'false');
    });

    test('the count of reviews due shows on the Menu without opening it, and moves nothing as it arrives', async ({ page }) => {
      await withReviewsDue(page, 3);
      await watchLayoutShifts(page);
      await page.goto('/');
      const button = mainNav(page).getByRole('button', { name: 'Menu 3 reviews due' });
      await expect(button).toBeVisible();
      await expect(button.locator('.due-count [aria-hidden="true"]')).toHaveText('3');
      await expect(button.locator('.due-count [aria-hidden="true"]')).toBeInViewport();
      await expect(button).toHaveAttribute('aria-expanded', 'false');
      expect(await headerHeight(page)).toBeLessThanOrEqual(64);
      await page.waitForTimeout(300);
      expect(await shiftsOf(page)).toEqual([]);
      await button.tap();
      await expect(mainNav(page).getByRole('link', { name: 'Review 3 due' })).toBeVisible();
    });

    test('with scripts off, every link shows and there is no Menu that could not open', async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width, height: 568 } });
      const page = await context.newPage();
      await page.goto('/lessons/how-it-works');
      await expect(page.getByRole('button', { name: /^Menu/ })).toBeHidden();
      for (const name of LINKS) await expect(mainNav(page).getByRole('link', { name, exact: true })).toBeVisible();
      await mainNav(page).getByRole('link', { name: 'For trainers' }).click();
      await expect(page).toHaveURL(/\/guide$/);
      await context.close();
    });

    test('before the app has taken the page over (its code not yet here), the Menu already opens', async ({ page }) => {
      await page.goto('/');
      await page.route('**/assets/*.js', (route) => route.abort());
      await page.reload({ waitUntil: 'load' });
      const button = menuButton(page);
      await button.tap();
      await expect(button).toHaveAttribute('aria-expanded', 'true');
      await expect(mainNav(page).getByRole('link', { name: 'For trainers' })).toBeVisible();
      await button.tap();
      await expect(mainNav(page).getByRole('link', { name: 'For trainers' })).toBeHidden();
    });
  });
}

for (const theme of ['light', 'dark'] as const) {
  test.describe(`axe at 320 px, ${theme} theme`, () => {
    test.use({ viewport: { width: 320, height: 568 }, colorScheme: theme });
    test.slow();

    test(`the header with the Menu closed and open (${theme})`, async ({ page }) => {
      await withReviewsDue(page, 2);
      await page.goto('/lessons/how-it-works');
      await expect(mainNav(page).getByRole('button', { name: 'Menu 2 reviews due' })).toBeVisible();
      await expectNoA11yViolations(page);
      await menuButton(page).click();
      await expect(mainNav(page).getByRole('link', { name: 'For trainers' })).toBeVisible();
      await mainNav(page).getByRole('link', { name: 'Course map' }).focus();
      await expectNoA11yViolations(page);
    });
  });
}

test.describe('on a wide screen', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('the six links stay in the header, with no Menu; the count of reviews due moves nothing as it arrives', async ({ page }) => {
    await withReviewsDue(page, 3);
    await watchLayoutShifts(page);
    await page.goto('/');
    await expect(page.getByRole('button', { name: /^Menu/ })).toBeHidden();
    for (const name of LINKS) await expect(mainNav(page).getByRole('link', { name, exact: false })).toBeVisible();
    await expect(mainNav(page).getByRole('link', { name: 'Review 3 due' })).toBeVisible();
    await page.waitForTimeout(300);
    expect(await shiftsOf(page)).toEqual([]);
  });

  test('printing leaves the header out', async ({ page }) => {
    await page.goto('/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('banner')).toBeHidden();
  });
});
