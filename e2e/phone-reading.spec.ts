/**
 * Ten minutes on a phone (issue 12): a lesson's sections can be navigated, the place reached is
 * kept across a reload and by "Continue", the course map opens at its top, and no page scrolls
 * sideways at 320 px.
 */
import { test, expect } from './app-test';
import type { Page } from '@playwright/test';

const LESSON = '/lessons/related-terms';

/** The heading's top, as a share of the window's height (0 = top edge). */
const topOf = (page: Page, id: string) =>
  page.evaluate((target) => (document.getElementById(target)?.getBoundingClientRect().top ?? NaN) / innerHeight, id);

/** The lesson's section links, as the phone's "In this lesson" menu lists them. */
async function sectionIds(page: Page): Promise<string[]> {
  const menu = page.locator('.section-menu__phone');
  await menu.locator('summary').click();
  const hrefs = await menu.getByRole('navigation', { name: 'In this lesson' }).getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  await menu.locator('summary').click();
  return hrefs.map((href) => href.slice(1));
}

for (const width of [320, 390]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 740 } });

    test('read to the third section, reload, and come back there; Continue on the map goes there too', async ({ page }) => {
      await page.goto(LESSON);
      const ids = await sectionIds(page);
      expect(ids.length).toBeGreaterThanOrEqual(4);
      const third = ids[2]!;

      // Read down to the third section by scrolling, as a thumb would.
      await page.evaluate((id) => {
        const heading = document.getElementById(id)!;
        window.scrollTo(0, heading.getBoundingClientRect().top + scrollY - 100);
      }, third);
      const summary = page.locator('.section-menu__phone summary');
      await expect(summary).toContainText(`3 of ${ids.length}`);
      await expect(page.getByRole('progressbar', { name: 'Your place in this lesson' })).toHaveAttribute('aria-valuenow', '3');

      await page.reload();
      await expect.poll(() => topOf(page, third)).toBeLessThan(0.3);
      expect(await topOf(page, third)).toBeGreaterThanOrEqual(0);
      await expect(summary).toContainText(`3 of ${ids.length}`);

      await page.goto('/');
      await page.getByRole('link', { name: 'Continue: Related terms' }).click();
      await expect(page).toHaveURL(new RegExp(`${LESSON}#${third}$`));
      await expect.poll(() => topOf(page, third)).toBeLessThan(0.3);
      expect(await topOf(page, third)).toBeGreaterThanOrEqual(0);
    });

    test('"In this lesson" opens, marks the current section, and takes you to another', async ({ page }) => {
      await page.goto(LESSON);
      const menu = page.locator('.section-menu__phone');
      await menu.getByText('In this lesson').click();
      const nav = menu.getByRole('navigation', { name: 'In this lesson' });
      await nav.getByRole('link', { name: 'Risks and checks' }).click();
      await expect(nav).toBeHidden(); // the menu folds away once a section is picked
      await expect.poll(() => topOf(page, 'risks-and-checks')).toBeLessThan(0.3);
      await menu.getByText('In this lesson').click();
      await expect(nav.getByRole('link', { name: 'Risks and checks' })).toHaveAttribute('aria-current', 'location');
    });

    test('"Jump to quiz" at the top goes to the quiz; the previous and next lessons follow it', async ({ page }) => {
      await page.goto(LESSON);
      await page.getByRole('link', { name: 'Jump to quiz' }).click();
      await expect(page.getByRole('heading', { name: 'Quiz', exact: true })).toBeInViewport();
      // The lesson links come right after the quiz, before the sources.
      const order = await page.evaluate(() => {
        const quiz = document.getElementById('quiz')!;
        const pager = document.querySelector('nav[aria-label="Lessons"]')!;
        const sources = document.getElementById('further-reading') ?? document.querySelector('.further-reading');
        const after = (a: Node, b: Node) => Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
        return { pagerAfterQuiz: after(quiz, pager), sourcesAfterPager: sources ? after(pager, sources) : null };
      });
      expect(order).toEqual({ pagerAfterQuiz: true, sourcesAfterPager: true });
    });

    test('the course map opens at its top when opened afresh after reading a lesson (a bookmark, the address bar)', async ({ page }) => {
      await page.goto(LESSON);
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.waitForTimeout(200);
      await page.goto('/');
      await page.waitForTimeout(500);
      expect(await page.evaluate(() => scrollY)).toBe(0);
    });

    test('Back from a lesson returns to the place on the course map; Forward to the place in the lesson', async ({ page }) => {
      await page.goto('/');
      const card = page.getByRole('link', { name: 'Related terms' });
      await card.scrollIntoViewIfNeeded();
      await page.waitForTimeout(200);
      const onMap = await page.evaluate(() => scrollY);
      expect(onMap).toBeGreaterThan(0);
      await card.click();
      await expect(page.getByRole('heading', { level: 1, name: 'Related terms' })).toBeVisible();
      expect(await page.evaluate(() => scrollY)).toBe(0);
      await page.evaluate(() => window.scrollTo(0, 2000));
      await page.waitForTimeout(200);
      // The place is what the learner was reading: the first paragraph or heading below the top of the window.
      const place = await page.evaluate(() => {
        const first = [...document.querySelectorAll('main p, main h2, main h3')].find((el) => el.getBoundingClientRect().top >= 80);
        return first ? { text: (first.textContent ?? '').slice(0, 60), top: Math.round(first.getBoundingClientRect().top) } : null;
      });
      expect(place).not.toBeNull();
      await page.goBack();
      await expect(page.getByRole('heading', { level: 1 })).toContainText('Fine-tuning, in');
      await expect.poll(() => page.evaluate(() => scrollY)).toBe(onMap);
      await page.goForward();
      await expect(page.getByRole('heading', { level: 1, name: 'Related terms' })).toBeVisible();
      // Parts of the lesson may finish loading above it; the browser keeps the same text in view.
      await expect
        .poll(() =>
          page.evaluate((text) => {
            const same = [...document.querySelectorAll('main p, main h2, main h3')].find((el) => (el.textContent ?? '').slice(0, 60) === text);
            return same ? Math.round(same.getBoundingClientRect().top) : null;
          }, place!.text),
        )
        .toBeGreaterThanOrEqual(place!.top - 40);
      expect(
        await page.evaluate((text) => {
          const same = [...document.querySelectorAll('main p, main h2, main h3')].find((el) => (el.textContent ?? '').slice(0, 60) === text);
          return same ? Math.round(same.getBoundingClientRect().top) : null;
        }, place!.text),
      ).toBeLessThanOrEqual(place!.top + 40);
    });

    test('the course map opens at its top after reading to the end of a lesson', async ({ page }) => {
      await page.goto(LESSON);
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.getByRole('link', { name: /Back to the course map|Next/ }).first().scrollIntoViewIfNeeded();
      // On a phone the main links are behind the header's Menu.
      const nav = page.getByRole('navigation', { name: 'Main' });
      await nav.getByRole('button', { name: /^Menu/ }).click();
      await nav.getByRole('link', { name: 'Course map' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toContainText('Fine-tuning, in');
      await expect.poll(() => page.evaluate(() => scrollY)).toBe(0);
      await page.waitForTimeout(300);
      expect(await page.evaluate(() => scrollY)).toBe(0);
    });
  });
}

test.describe('at 320 px, nothing scrolls sideways', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  const pages = ['/', '/progress', '/guide', '/guide/how-it-works', '/glossary', ...[
    'what-is-fine-tuning',
    'graduate-analogy',
    'why-it-matters',
    'how-it-works',
    'examples-in-practice',
    'myths-and-reality',
    'prompting-rag-or-fine-tuning',
    'related-terms',
    'further-reading',
  ].map((slug) => `/lessons/${slug}`)];

  for (const path of pages) {
    test(`${path} is no wider than the screen`, async ({ page }) => {
      await page.goto(path);
      const overflow = await page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        // Inside a box that scrolls or clips sideways (a table's scroll region), width is that box's business.
        const clipped = (el: Element) => {
          // The folded part of a closed <details> is not shown, whatever size it would have.
          const folded = el.closest('details:not([open])');
          if (folded && !el.closest('summary')) return true;
          for (let box = el.parentElement; box && box !== document.body; box = box.parentElement) {
            if (getComputedStyle(box).overflowX !== 'visible') return true;
          }
          return false;
        };
        const wide = [...document.querySelectorAll('body *')]
          .filter((el) => el.getBoundingClientRect().right > width + 1 && !clipped(el))
          .slice(0, 3)
          .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
        return { scrollWidth: document.documentElement.scrollWidth, width, wide };
      });
      expect(overflow.wide).toEqual([]);
      expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.width);
    });
  }
});

for (const width of [320, 390]) {
  test.describe(`the glossary at ${width} px`, () => {
    test.use({ viewport: { width, height: 740 } });

    test('filters as you type, and a term links to where it is met', async ({ page }) => {
      await page.goto('/glossary');
      const filter = page.getByRole('searchbox', { name: 'Filter terms' });
      await filter.fill('lora');
      await expect(page.getByRole('search').getByRole('status')).toHaveText('2 of 25 terms match “lora”.');
      const visible = page.locator('dfn:visible');
      await expect(visible).toHaveText(['LoRA (low-rank adaptation)', 'QLoRA (quantised LoRA)']);
      await filter.fill('');
      await expect(visible).toHaveCount(25);
      await page.locator('#term-lora').getByRole('link', { name: 'lesson 4' }).click();
      await expect(page).toHaveURL(/\/lessons\/how-it-works#training-fewer-weights-peft-lora-and-qlora$/);
      await expect.poll(() => topOf(page, 'training-fewer-weights-peft-lora-and-qlora')).toBeLessThan(0.3);
    });

    test('/glossary#term-… and /lessons/:slug#… open at the right place on a fresh load', async ({ page }) => {
      await page.goto('/glossary#term-qlora');
      await expect(page.locator('#term-qlora')).toBeFocused();
      await expect.poll(() => topOf(page, 'term-qlora')).toBeLessThan(0.4);
      expect(await topOf(page, 'term-qlora')).toBeGreaterThanOrEqual(0);

      await page.goto('/lessons/related-terms#term-lora');
      await expect.poll(() => topOf(page, 'term-lora')).toBeLessThan(0.4);
      expect(await topOf(page, 'term-lora')).toBeGreaterThanOrEqual(0);

      await page.goto('/lessons/how-it-works#watch-it-happen');
      await expect.poll(() => topOf(page, 'watch-it-happen')).toBeLessThan(0.3);
      expect(await topOf(page, 'watch-it-happen')).toBeGreaterThanOrEqual(0);
      // ...and stays there once the page has settled (no late jump from hydration or lazy parts).
      await page.waitForTimeout(1000);
      expect(await topOf(page, 'watch-it-happen')).toBeLessThan(0.3);
      expect(await topOf(page, 'watch-it-happen')).toBeGreaterThanOrEqual(0);
    });
  });
}
