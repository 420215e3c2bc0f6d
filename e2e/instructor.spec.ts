import { expect, test, type Page } from '@playwright/test';
import { expectNoA11yViolations } from './a11y';
import { isServiceWorkerBlockedNotice } from './app-test';
import { STORAGE_KEY } from './learner';

const LESSON = 'what-is-fine-tuning';
const audienceSlide = (page: Page) => page.getByRole('region', { name: /^\d+ of \d+: / });
const consoleNow = (page: Page) => page.getByRole('heading', { name: /^Now: slide / });

async function openBoth(page: Page, audience: Page, slug = LESSON) {
  await page.goto(`/present/${slug}?view=console`);
  await expect(consoleNow(page)).toBeVisible();
  await audience.goto(`/present/${slug}`);
  await expect(audienceSlide(audience)).toBeVisible();
}

/** Every page's PDF: the number of pages Chromium printed. */
async function pdfPages(page: Page): Promise<number> {
  const pdf = await page.pdf({ format: 'A4', printBackground: false });
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

test.describe('presenter console and audience window', () => {
  test('stay in step whichever window is driven, and after either reloads', async ({ page, context }) => {
    const audience = await context.newPage();
    await openBoth(page, audience);
    await expect(consoleNow(page)).toHaveText(/^Now: slide 1 of (\d+)/);

    // Driven from the console.
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    await expect(audienceSlide(audience)).toHaveAccessibleName(/^3 of /);

    // Driven from the audience window.
    await audience.keyboard.press('ArrowRight');
    await expect(consoleNow(page)).toHaveText(/^Now: slide 4 of /);
    await expect(audience).toHaveURL(/slide=4/);

    // Either can reload without losing its place, and they keep following each other.
    await audience.reload();
    await expect(audienceSlide(audience)).toHaveAccessibleName(/^4 of /);
    await page.reload();
    await expect(consoleNow(page)).toHaveText(/^Now: slide 4 of /);
    await page.getByRole('button', { name: 'Previous' }).click();
    await expect(audienceSlide(audience)).toHaveAccessibleName(/^3 of /);
    await audience.keyboard.press('End');
    await expect(consoleNow(page)).toHaveText(/^Now: slide (\d+) of \1,/);
  });

  test('reveal the answer and show the room’s hands as a chart, leaving saved progress untouched', async ({ page, context }) => {
    // The trainer has studied as a learner in this browser: one answer saved.
    await page.goto(`/lessons/${LESSON}`);
    const quiz = page.getByRole('region', { name: 'Quiz' });
    // Straight away: a choice made, and "Check answer" pressed, while the page is still being taken
    // over are kept and answered (e2e/early-choice.spec.ts).
    await quiz.getByRole('radio').first().check();
    await quiz.getByRole('button', { name: 'Check answer' }).click();
    await expect(quiz.getByRole('status').first()).toHaveText(/^(Correct|Partly right|Incorrect|Answer shown)/);
    // The answer joins the review schedule a moment after it is saved (the scheduler loads after it).
    await expect.poll(() => page.evaluate((key) => localStorage.getItem(key) ?? '', STORAGE_KEY)).toMatch(/"reviews":\{"/);
    const saved = await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
    expect(saved).toContain('"answers"');
    // The learner's own tab also saves where they are reading, 2 s after getting there: wait until
    // it has, and nothing has changed for longer than that, before taking the snapshot.
    const stored = () => page.evaluate((key) => localStorage.getItem(key) ?? '', STORAGE_KEY);
    await expect.poll(stored, { timeout: 8_000 }).toMatch(/"reading":\{"/);
    let previous = '';
    await expect
      .poll(
        async () => {
          const now = await stored();
          const settled = now === previous;
          previous = now;
          return settled;
        },
        { intervals: [2_500], timeout: 15_000 },
      )
      .toBe(true);
    const everythingBefore = await page.evaluate(() => JSON.stringify({ ...localStorage }));

    const audience = await context.newPage();
    await openBoth(page, audience);
    // Walk to the first question for the room.
    for (let i = 0; i < 30 && !(await page.getByRole('heading', { name: 'Question for the room' }).isVisible()); i += 1) {
      await page.getByRole('button', { name: 'Next', exact: true }).click();
    }
    const answer = (await page.locator('.console__answer strong').innerText()).trim();
    await expect(audienceSlide(audience)).not.toContainText(answer);
    await page.getByRole('button', { name: /Reveal the answer/ }).click();
    await expect(audienceSlide(audience)).toContainText(answer);
    await expect(audienceSlide(audience).getByText(/^✓ Right: /)).toBeVisible();

    const counts = page.getByRole('spinbutton', { name: /^[A-E]\. / });
    const n = await counts.count();
    for (let i = 0; i < n; i += 1) await counts.nth(i).fill(String(3 * i + 1));
    await page.getByRole('button', { name: 'Show the chart to the room' }).click();
    const chart = audienceSlide(audience).getByRole('img', { name: /^Show of hands/ });
    await expect(chart).toBeVisible();
    for (let i = 0; i < n; i += 1) await expect(chart.locator('text', { hasText: new RegExp(`^${3 * i + 1}$`) })).toHaveCount(1);
    await expectNoA11yViolations(audience);
    await expectNoA11yViolations(page);

    // Run through the rest of the lesson, revealing every question.
    while (await page.getByRole('button', { name: 'Next', exact: true }).isEnabled()) {
      await page.getByRole('button', { name: 'Next', exact: true }).click();
      const reveal = page.getByRole('button', { name: /Reveal the answer/ });
      if (await reveal.isVisible()) await reveal.click();
    }
    const everythingAfter = await audience.evaluate(() => JSON.stringify({ ...localStorage }));
    expect(everythingAfter).toBe(everythingBefore);
  });

  test('work from the keyboard alone', async ({ page }) => {
    await page.goto(`/present/${LESSON}`);
    await expect(audienceSlide(page)).toHaveAccessibleName(/^1 of (\d+)/);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Space');
    await expect(audienceSlide(page)).toHaveAccessibleName(/^3 of /);
    await page.keyboard.press('ArrowLeft');
    await expect(audienceSlide(page)).toHaveAccessibleName(/^2 of /);
    await page.keyboard.press('End');
    await expect(audienceSlide(page)).toHaveAccessibleName(/^(\d+) of \1: /);
    await page.keyboard.press('r');
    await expect(audienceSlide(page)).toContainText(/Answers?: /);
    await page.keyboard.press('Home');
    await page.keyboard.type('12');
    await expect(page.getByRole('status')).toHaveText('Go to slide 12: press Enter');
    await page.keyboard.press('Enter');
    await expect(audienceSlide(page)).toHaveAccessibleName(/^12 of /);
    await page.keyboard.press('b');
    await expect(audienceSlide(page)).toBeHidden();
    await page.keyboard.press('b');
    await expect(audienceSlide(page)).toBeVisible();
    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate(() => Boolean(document.fullscreenElement))).toBe(true);
    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate(() => Boolean(document.fullscreenElement))).toBe(false);
    const label = (await audienceSlide(page).getAttribute('aria-label')) ?? '';
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(new RegExp(`/lessons/${LESSON}#`));
    const hash = new URL(page.url()).hash.slice(1);
    await expect(page.locator(`[id="${hash}"]`)).toBeFocused();
    expect(label).toContain((await page.locator(`[id="${hash}"]`).innerText()).trim());

    // The console too (this tab's place is kept): arrows move the slides, Enter presses a focused button.
    await page.goto(`/present/${LESSON}?view=console`);
    await expect(consoleNow(page)).toHaveText(/^Now: slide 12 of /);
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    await expect(consoleNow(page)).toHaveText(/^Now: slide 2 of /);
    const next = page.getByRole('button', { name: 'Next', exact: true });
    await next.focus();
    await page.keyboard.press('Enter');
    await expect(consoleNow(page)).toHaveText(/^Now: slide 3 of /);
    await expect(next).toBeFocused();
  });

  test('say how to open the audience window when the browser blocks pop-ups', async ({ page }) => {
    await page.goto(`/present/${LESSON}?view=console`);
    await expect(consoleNow(page)).toBeVisible();
    await page.evaluate(() => {
      window.open = () => null;
    });
    await page.getByRole('button', { name: 'Open the audience window' }).click();
    await expect(page.getByRole('alert')).toContainText('blocked');
    await expect(page.getByRole('alert')).toContainText(`/present/${LESSON}?slide=1`);
  });
});

test('a section link opens at its section on first load', async ({ page }) => {
  await page.goto(`/lessons/${LESSON}#what-fine-tuning-is-not`);
  const heading = page.getByRole('heading', { level: 2, name: 'What fine-tuning is not' });
  await expect(heading).toBeInViewport();
  await expect(heading).toBeFocused();
});

for (const size of [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
]) {
  test(`no slide of the whole course overflows at ${size.width}×${size.height}`, async ({ browser }) => {
    test.setTimeout(240_000);
    const context = await browser.newContext({ viewport: size });
    const page = await context.newPage();
    const started = Date.now();
    await page.goto('/present');
    await expect(audienceSlide(page)).toBeVisible();
    const total = Number(/of (\d+)/.exec((await audienceSlide(page).getAttribute('aria-label')) ?? '')?.[1]);
    expect(total).toBeGreaterThan(100);
    const problems: string[] = [];
    const shrunk: string[] = [];
    let revealing = false;
    for (let i = 1; i <= total; i += 1) {
      await expect(audienceSlide(page)).toHaveAccessibleName(new RegExp(`^${i} of `));
      const check = await page.evaluate(() => {
        const slide = document.querySelector<HTMLElement>('.presenter .slide');
        if (!slide) return { key: '?', outside: ['no slide'], fit: '1.00' };
        const box = slide.getBoundingClientRect();
        const outside = [...slide.querySelectorAll<HTMLElement>('*')]
          .filter((el) => {
            const r = el.getBoundingClientRect();
            return r.width > 0 && r.height > 0 && (r.bottom > box.bottom + 1 || r.right > box.right + 1 || r.left < box.left - 1 || r.top < box.top - 1);
          })
          .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
        const body = slide.querySelector<HTMLElement>('.slide__body');
        if (body && body.scrollHeight > body.clientHeight + 1) outside.push('slide body scrolls');
        // The slide fills the window's width or height: no scrolling.
        if (document.documentElement.scrollHeight > window.innerHeight || document.documentElement.scrollWidth > window.innerWidth) outside.push('page scrolls');
        return { key: slide.dataset.slideKey ?? '?', outside, fit: body?.dataset.fit ?? '1.00' };
      });
      if (check.outside.length) problems.push(`${i} ${check.key}: ${check.outside.slice(0, 3).join(', ')}`);
      if (check.fit !== '1.00') shrunk.push(`${i} ${check.key} ×${check.fit}`);
      if (!revealing && check.key.includes('/q/')) {
        // The same question with its answer and every explanation shown.
        await page.keyboard.press('r');
        await expect(audienceSlide(page)).toContainText(/Answers?: |Right order: /);
        revealing = true;
        i -= 1;
        continue;
      }
      if (revealing) {
        await page.keyboard.press('r');
        revealing = false;
      }
      await page.keyboard.press('ArrowRight');
    }
    test.info().annotations.push({ type: 'run-through', description: `${total} slides in ${((Date.now() - started) / 1000).toFixed(1)} s; scaled to fit: ${shrunk.length ? shrunk.join('; ') : 'none'}` });
    console.log(`${size.width}×${size.height}: ${total} slides in ${((Date.now() - started) / 1000).toFixed(1)} s; scaled to fit: ${shrunk.join('; ') || 'none'}`);
    expect(problems).toEqual([]);
    await context.close();
  });
}

test('the guide, handouts and presenter pages pass axe, and hydrate without a warning', async ({ page }) => {
  // Seven pages of axe, one of them the 2,000-element whole guide (13–21 s alone on a busy 2-core machine).
  test.slow();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (isServiceWorkerBlockedNotice(message.text())) return;
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`${page.url()}: ${error.message}`));
  for (const url of ['/guide', `/guide/${LESSON}`, '/guide/print', `/handouts/${LESSON}`, '/present', `/present/${LESSON}`, `/present/${LESSON}?view=console`]) {
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1 })).toBeAttached();
    await expect(page.getByRole('status').filter({ hasText: /Preparing|Loading/ })).toHaveCount(0);
    await expectNoA11yViolations(page);
  }
  expect(problems).toEqual([]);
});

test.describe('printing', () => {
  test('the whole guide starts each lesson on a new page', async ({ page }) => {
    await page.goto('/guide');
    await page.getByRole('link', { name: 'The whole guide, to print' }).click();
    await expect(page).toHaveURL(/\/guide\/print$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Facilitator guide' })).toBeVisible();
    const lessons = await page.getByRole('region', { name: /^Lesson \d+: / }).count();
    const pages = await pdfPages(page);
    expect(pages).toBeGreaterThan(lessons);
    expect(pages).toBeLessThan(80);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('banner')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Print this guide' })).toBeHidden();
  });

  test('one lesson’s guide prints without the site’s navigation', async ({ page }) => {
    await page.goto(`/guide/${LESSON}`);
    await expect(page.getByRole('heading', { level: 2, name: 'Answer key' })).toBeVisible();
    const pages = await pdfPages(page);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThan(15);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('banner')).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Lesson guides' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Print this lesson’s guide' })).toBeHidden();
    await expect(page.getByRole('heading', { level: 2, name: 'Answer key' })).toBeVisible();
  });

  test('a lesson prints its whole text and every quiz question without answers', async ({ page }) => {
    await page.goto(`/lessons/${LESSON}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const pages = await pdfPages(page);
    expect(pages).toBeGreaterThanOrEqual(4);
    expect(pages).toBeLessThanOrEqual(14);
    await page.emulateMedia({ media: 'print' });
    const printed = page.locator('.print-questions > li');
    const count = await printed.count();
    expect(count).toBeGreaterThanOrEqual(6);
    for (let i = 0; i < count; i += 1) await expect(printed.nth(i)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Check answer' })).toHaveCount(await page.getByRole('button', { name: 'Check answer' }).count());
    await expect(page.locator('.quiz__interactive')).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Lessons' })).toBeHidden();
  });

  test('every handout is one page', async ({ page }) => {
    await page.goto('/guide');
    await expect(page.getByRole('heading', { level: 1, name: 'Facilitator guide' })).toBeVisible();
    const links = page.getByRole('link', { name: /^Handout for lesson / });
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(5);
    for (const href of hrefs) {
      await page.goto(href);
      await expect(page.getByRole('heading', { name: 'Key takeaways' })).toBeVisible();
      expect(await pdfPages(page), href).toBe(1);
    }
  });
});
