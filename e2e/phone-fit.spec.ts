/**
 * What a phone cuts off: lesson tables and the training stepper, at 320 and 390 px. Tables
 * scroll inside a named region the keyboard can reach, with a visible hint; the stepper's chart
 * is readable (its labels at least 12 px as drawn) and sits right under its buttons.
 */
import type { Page } from '@playwright/test';
import { expectNoA11yViolations } from './a11y';
import { expect, test } from './app-test';

const noSidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

for (const width of [320, 390]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 740 } });

    test('a wide lesson table scrolls in its own named region, by keyboard, with a hint that it scrolls', async ({ page }) => {
      test.slow(); // axe on a whole lesson, in both themes
      await page.goto('/lessons/graduate-analogy');
      const region = page.getByRole('region', { name: 'Table: Part by part' });
      await region.scrollIntoViewIfNeeded();
      await expect(region.getByRole('table')).toBeVisible();
      await expect(page.getByText('Scroll sideways for more')).toBeVisible();
      expect(await noSidewaysScroll(page)).toBe(true);

      await region.focus();
      await expect(region).toBeFocused();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
      // Every column can be reached: the last header comes into view.
      for (let press = 0; press < 20; press += 1) await page.keyboard.press('ArrowRight');
      const last = region.getByRole('columnheader').last();
      await expect(last).toBeInViewport();
      await expectNoA11yViolations(page);
      await page.emulateMedia({ colorScheme: 'dark' });
      await expectNoA11yViolations(page);
    });

    test('the training stepper: chart labels readable, and the chart right under the buttons', async ({ page }) => {
      await page.goto('/lessons/how-it-works');
      const epoch = page.getByRole('button', { name: 'Train one epoch' });
      await epoch.scrollIntoViewIfNeeded();
      const chart = page.getByRole('img', { name: 'Training and validation loss by epoch' });
      // The smallest label as drawn: its font size times the scale the SVG is drawn at.
      const smallest = await chart.evaluate((svg) => {
        const scale = svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width;
        return Math.min(...[...svg.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale));
      });
      expect(smallest).toBeGreaterThanOrEqual(12);

      // From the lowest of the buttons (they wrap onto two rows on a phone).
      const buttonsBottom = await page.getByRole('button', { name: 'Reset' }).evaluate((el) => el.getBoundingClientRect().bottom);
      const chartTop = await chart.evaluate((el) => el.getBoundingClientRect().top);
      expect(chartTop - buttonsBottom).toBeLessThan(100);
      await epoch.click();
      await expect(chart).toBeInViewport();
      expect(await noSidewaysScroll(page)).toBe(true);
    });
  });
}
