/**
 * Themes (issue 12, item 8): light, dark or as the system, from a button that is remembered
 * apart from saved progress and applied before the first paint; and axe, in both themes, on the
 * pages and states this issue adds (section menu, glossary and its filter).
 */
import { test, expect } from './app-test';
import type { Page } from '@playwright/test';
import { expectNoA11yViolations } from './a11y';

const THEME_KEY = 'fine-tuning-course:theme';
const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const LIGHT_BG = 'rgb(251, 250, 247)';
const DARK_BG = 'rgb(21, 23, 28)';

test.describe('the theme button', () => {
  test.use({ colorScheme: 'light', viewport: { width: 390, height: 800 } });

  test('goes Auto → Light → Dark, is remembered across pages and reloads, and is applied without the app', async ({ page }) => {
    await page.goto('/');
    expect(await background(page)).toBe(LIGHT_BG);
    const button = page.getByRole('banner').getByRole('button', { name: /^Theme:/ });
    await expect(button).toHaveAccessibleName('Theme: Auto');
    await button.click();
    await expect(button).toHaveAccessibleName('Theme: Light');
    await button.click();
    await expect(button).toHaveAccessibleName('Theme: Dark');
    expect(await background(page)).toBe(DARK_BG);
    expect(await page.evaluate((key) => localStorage.getItem(key), THEME_KEY)).toBe('dark');

    // At 390 px the main links are behind the header's Menu.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: /^Menu/ }).click();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Glossary' }).click();
    expect(await background(page)).toBe(DARK_BG);

    // Before the first paint: theme.js is inlined into <head> (a classic, blocking script), and needs none of the app's code.
    const tag = await page.evaluate(() => {
      const script = [...document.querySelectorAll('script:not([src])')].find((s) => s.textContent?.includes('fine-tuning-course:theme')) as HTMLScriptElement | undefined;
      return script ? { inHead: script.parentElement === document.head, async: script.async, defer: script.defer, module: script.type === 'module' } : null;
    });
    expect(tag).toEqual({ inHead: true, async: false, defer: false, module: false });
    await page.route('**/assets/*.js', (route) => route.abort());
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.getAttribute('data-theme'))).toBe('dark');
    expect(await background(page)).toBe(DARK_BG);
    await page.unroute('**/assets/*.js');

    await page.reload();
    await page.getByRole('banner').getByRole('button', { name: 'Theme: Dark' }).click();
    await expect(page.getByRole('banner').getByRole('button', { name: /^Theme:/ })).toHaveAccessibleName('Theme: Auto');
    expect(await background(page)).toBe(LIGHT_BG);
    expect(await page.evaluate((key) => localStorage.getItem(key), THEME_KEY)).toBeNull();
  });

  test('the choice has its own key in localStorage, outside saved progress', async ({ page }) => {
    await page.goto('/progress');
    await page.getByRole('banner').getByRole('button', { name: 'Theme: Auto' }).click();
    const saved = await page.evaluate(() => Object.keys(localStorage));
    expect(saved).toContain(THEME_KEY);
    const progress = await page.evaluate(() => localStorage.getItem('fine-tuning-course:progress') ?? '');
    expect(progress).not.toContain('theme');
  });
});

test.describe('as the system says', () => {
  test.use({ colorScheme: 'dark', viewport: { width: 390, height: 800 } });

  test('Auto follows a dark system; Light overrides it', async ({ page }) => {
    await page.goto('/glossary');
    expect(await background(page)).toBe(DARK_BG);
    await page.getByRole('banner').getByRole('button', { name: 'Theme: Auto' }).click();
    expect(await background(page)).toBe(LIGHT_BG);
  });
});

/** The theme, set as a learner would have it remembered, before the page loads. */
async function useTheme(page: Page, theme: 'light' | 'dark') {
  await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [THEME_KEY, theme] as const);
}

for (const theme of ['light', 'dark'] as const) {
  test.describe(`axe, ${theme} theme`, () => {
    // The other way round from the system, so the chosen theme is what is checked.
    test.use({ colorScheme: theme === 'dark' ? 'light' : 'dark' });
    // Several whole-page axe runs each: slow on a busy machine.
    test.slow();

    test(`lesson with the "In this lesson" menu open, at 390 px (${theme})`, async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 800 });
      await useTheme(page, theme);
      await page.goto('/lessons/related-terms#risks-and-checks');
      await page.locator('.section-menu__phone summary').click();
      await expect(page.locator('.section-menu__phone nav a[aria-current="location"]')).toHaveText('Risks and checks');
      await expectNoA11yViolations(page);
    });

    test(`lesson with the section menu beside the text, at 1280 px (${theme})`, async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 900 });
      await useTheme(page, theme);
      await page.goto('/lessons/related-terms#ways-to-adapt-a-model');
      await expect(page.getByRole('navigation', { name: 'In this lesson' }).getByRole('link', { name: 'Ways to adapt a model' })).toHaveAttribute(
        'aria-current',
        'location',
      );
      await expectNoA11yViolations(page);
    });

    test(`glossary, whole and filtered, and the course map (${theme})`, async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 800 });
      await useTheme(page, theme);
      await page.goto('/glossary');
      await expectNoA11yViolations(page);
      await page.getByRole('searchbox', { name: 'Filter terms' }).fill('tun');
      await expect(page.getByRole('search').getByRole('status')).toContainText('match');
      await expectNoA11yViolations(page);
      await page.getByRole('searchbox', { name: 'Filter terms' }).fill('zzz');
      await expectNoA11yViolations(page);
      await page.goto('/');
      await expectNoA11yViolations(page);
    });
  });
}
