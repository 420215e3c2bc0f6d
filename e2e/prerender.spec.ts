import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, isServiceWorkerBlockedNotice, test } from './app-test';

/**
 * Every page is prerendered at build time and hydrated by the app: it reads without
 * JavaScript, hydrates without a warning, and nothing on it moves while it loads or when
 * saved progress arrives.
 */

const lessonsDir = path.resolve('lessons');
const lessonFiles = readdirSync(lessonsDir).filter((f) => f.endsWith('.mdx')).sort();
const slugOf = (file: string) => /^slug:\s*(\S+)/m.exec(readFileSync(path.join(lessonsDir, file), 'utf8'))?.[1] ?? '';

/** The first plain paragraph of a lesson's text (no markup in it), cut to a phrase. */
function firstPlainSentence(file: string): string {
  const body = readFileSync(path.join(lessonsDir, file), 'utf8').split(/^---$/m)[2] ?? '';
  const line = body.split('\n').find((l) => /^[A-Z][^<>*_`{}[\]|#]{60,}$/.test(l));
  if (!line) throw new Error(`${file} has no plain paragraph to look for`);
  return line.slice(0, 60);
}

const pages = [
  '/',
  ...lessonFiles.map((f) => `/lessons/${slugOf(f)}`),
  '/quizzes',
  '/glossary',
  '/progress',
  // The learning loop: each says "Reading your progress…" until the app has read it.
  '/review',
  '/mastery',
  '/final',
  // For trainers: the guide, its page per lesson, and a handout per lesson (the slides and the
  // whole guide to print are not listed in the sitemap).
  '/guide',
  ...lessonFiles.map((f) => `/guide/${slugOf(f)}`),
  ...lessonFiles.map((f) => `/handouts/${slugOf(f)}`),
  '/guide/print',
  '/no/such/page',
  '/lessons/not-a-lesson',
];

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('a learner reads a lesson, its quiz’s first question, and the course map', async ({ page }) => {
    const first = lessonFiles[0] as string;
    await page.goto(`/lessons/${slugOf(first)}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByText(firstPlainSentence(first))).toBeVisible();
    await expect(page.getByRole('region', { name: 'In this lesson you will' }).getByRole('listitem').first()).toBeVisible();
    const quiz = page.getByRole('region', { name: 'Quiz' });
    await expect(quiz.getByText(/^Question 1 of \d+/)).toBeVisible();
    await expect(quiz.getByRole('group').first()).toBeVisible();

    await page.getByRole('link', { name: 'Course map' }).click();
    await expect(page.getByRole('list', { name: 'Lessons' }).getByRole('listitem')).toHaveCount(lessonFiles.length);
  });

  test('on a phone, the lesson’s section menu opens over the text, styled by the page’s own rules', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/lessons/${slugOf(lessonFiles[0] as string)}`);
    const menu = page.getByRole('navigation', { name: 'In this lesson' });
    await page.locator('summary').filter({ hasText: 'In this lesson' }).click();
    await expect(menu).toBeVisible();
    // The open menu drops over the text (its [open] rules are inlined, though no element is open when the page is built).
    expect(await menu.evaluate((el) => getComputedStyle(el).position)).toBe('absolute');
  });

  test('each page has its own title, description, canonical link and Open Graph tags, listed in sitemap.xml', async ({ page, baseURL }) => {
    const robots = await (await page.request.get('/robots.txt')).text();
    expect(robots).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
    const sitemap = await (await page.request.get('/sitemap.xml')).text();
    const urls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] as string);
    expect(urls.map((u) => new URL(u).pathname)).toEqual(pages.filter((p) => !['/guide/print', '/no/such/page', '/lessons/not-a-lesson'].includes(p)));
    const titles = new Set<string>();
    for (const url of urls) {
      await page.goto(url);
      const head = page.locator('head');
      const title = await page.title();
      titles.add(title);
      await expect(head.locator('link[rel="canonical"]')).toHaveAttribute('href', url);
      await expect(head.locator('meta[property="og:url"]')).toHaveAttribute('content', url);
      await expect(head.locator('meta[property="og:title"]')).toHaveAttribute('content', title);
      const description = await head.locator('meta[name="description"]').getAttribute('content');
      expect(description?.length).toBeGreaterThan(20);
      await expect(head.locator('meta[property="og:description"]')).toHaveAttribute('content', description ?? '');
    }
    expect(titles.size).toBe(urls.length);
    // A lesson's description is its frontmatter summary.
    const first = lessonFiles[0] as string;
    const summary = /^summary:\s*(.+)$/m.exec(readFileSync(path.join(lessonsDir, first), 'utf8'))?.[1]?.replace(/^['"]|['"]$/g, '');
    await page.goto(`/lessons/${slugOf(first)}`);
    await expect(page.locator('head meta[name="description"]')).toHaveAttribute('content', summary ?? '');
  });

  test('an unknown address answers 404 with the not-found page', async ({ page }) => {
    const response = await page.goto('/no/such/page');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: /can’t find that page/i })).toBeVisible();
  });
});

/** Records layout shifts (not caused by input) from the very start of the page. */
async function watchLayoutShifts(page: Page) {
  await page.addInitScript(() => {
    const shifts: { value: number; nodes: string[] }[] = [];
    (window as unknown as { __shifts: typeof shifts }).__shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean; sources?: { node?: Node }[] }[]) {
        if (entry.hadRecentInput) continue;
        const nodes = (entry.sources ?? []).map((s) => (s.node instanceof Element ? `${s.node.tagName.toLowerCase()}.${s.node.className}` : String(s.node?.nodeName)));
        shifts.push({ value: entry.value, nodes });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** Collects console errors and warnings (React reports hydration mismatches there) and page errors. */
function watchConsole(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error' && message.type() !== 'warning') return;
    // The browser's own line for a page served with status 404 (the not-found page).
    if (/^Failed to load resource: the server responded with a status of 404/.test(message.text())) return;
    if (isServiceWorkerBlockedNotice(message.text())) return;
    problems.push(`${page.url()}: ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`${page.url()}: ${error.message}`));
  return problems;
}

/** Loads a page and waits until React has hydrated it and saved progress has been applied. */
async function loadAndSettle(page: Page, url: string) {
  await page.goto(url);
  await page.waitForFunction(() => {
    const root = document.getElementById('root');
    return Boolean(root && Object.keys(root).some((key) => key.startsWith('__reactContainer')));
  });
  await page.waitForLoadState('networkidle');
  // Saved progress is applied just after hydration; give that render a moment to land.
  await page.waitForTimeout(300);
}

const shiftsOf = (page: Page) => page.evaluate(() => (window as unknown as { __shifts: { value: number; nodes: string[] }[] }).__shifts);

async function everyPageSettles({ page }: { page: Page }) {
  test.setTimeout(120_000);
  const problems = watchConsole(page);
  await watchLayoutShifts(page);
  for (const url of pages) {
    await loadAndSettle(page, url);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await shiftsOf(page), `layout shifts on ${url}`).toEqual([]);
  }
  expect(problems).toEqual([]);
}

// The header is one line with a Menu below 50rem and a row of links above: the smallest phone and a wide screen too.
for (const [colorScheme, width] of [
  ['light', 320],
  ['dark', 1280],
] as const) {
  test.describe(`${colorScheme} theme at ${width} px`, () => {
    test.use({ colorScheme, viewport: { width, height: width === 320 ? 568 : 800 } });
    test('every page hydrates without a warning and without a layout shift', everyPageSettles);
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme at 390 px`, () => {
    test.use({ colorScheme, viewport: { width: 390, height: 844 } });

    test('every page hydrates without a warning and without a layout shift', everyPageSettles);

    test('saved progress applies after hydration without a warning or a layout shift', async ({ page }) => {
      const problems = watchConsole(page);
      await watchLayoutShifts(page);
      const first = `/lessons/${slugOf(lessonFiles[0] as string)}`;
      // Make some progress: open lesson 1 and answer the quiz's first question.
      await loadAndSettle(page, first);
      const quiz = page.getByRole('region', { name: 'Quiz' });
      await quiz.getByRole('group').first().getByRole('radio').first().check();
      await quiz.getByRole('button', { name: 'Check answer' }).click();
      await expect(quiz.getByRole('status').first()).toHaveText(/^(Correct|Partly right|Incorrect|Answer shown)/);

      await loadAndSettle(page, '/');
      await expect(page.getByRole('link', { name: /^Continue: / })).toBeVisible();
      await expect(page.getByText('Started', { exact: true })).toBeVisible();
      expect(await shiftsOf(page), 'layout shifts on the course map').toEqual([]);

      await loadAndSettle(page, first);
      await expect(page.getByRole('region', { name: 'Quiz' }).getByText(/^Question 2 of \d+/)).toBeVisible();
      expect(await shiftsOf(page), `layout shifts on ${first}`).toEqual([]);

      await loadAndSettle(page, '/progress');
      expect(await shiftsOf(page), 'layout shifts on the progress page').toEqual([]);
      expect(problems).toEqual([]);
    });
  });
}

test.describe('each page inlines only its own styles', () => {
  test('it paints styled, in the saved theme, before the whole stylesheet and the app arrive, and says so if they fail', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('fine-tuning-course:theme', 'dark'));
    await page.route(/\/assets\/.*\.(css|js)$/, (route) => route.abort());
    const first = `/lessons/${slugOf(lessonFiles[0] as string)}`;
    await page.goto(first);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const look = await page.evaluate(() => {
      const luminance = (color: string) => {
        const [r = 0, g = 0, b = 0] = (color.match(/\d+(\.\d+)?/g) ?? []).map(Number);
        return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
      };
      const body = getComputedStyle(document.body);
      return { background: luminance(body.backgroundColor), text: luminance(body.color), margin: body.marginTop };
    });
    // The dark theme's colours and the design's layout, from the page's own inlined rules.
    expect(look.background).toBeLessThan(0.2);
    expect(look.text).toBeGreaterThan(0.7);
    expect(look.margin).toBe('0px');
    // boot.js's notice is styled too: it is among the rules every page keeps.
    const notice = page.getByRole('alert').filter({ hasText: 'Part of the course didn’t load' });
    await expect(notice).toBeVisible();
    expect(await notice.evaluate((el) => getComputedStyle(el).borderLeftWidth)).toBe('6px');
  });

  test('the app waits for the whole stylesheet, so what it adds to the page is styled', async ({ page }) => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/style-[^/]*\.css$/, async (route) => {
      await held;
      await route.continue();
    });
    const first = `/lessons/${slugOf(lessonFiles[0] as string)}`;
    // Not page.goto: this suite's goto waits for the app to start, which is what must not happen yet.
    await page.goto('/404');
    await page.evaluate((url) => location.assign(url), first);
    await page.waitForURL(`**${first}`);
    const styles = page.locator('link[data-whole-styles]');
    await expect(styles).toHaveAttribute('data-whole-styles', 'loading');
    // The app's code has arrived, but it has not taken the page over.
    await page.waitForTimeout(1500);
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-app-started'))).toBe(false);
    release();
    await expect(styles).toHaveAttribute('data-whole-styles', 'loaded');
    await expect(page.locator('html')).toHaveAttribute('data-app-started', '');
    // A wrong answer's feedback is not in the prerendered page: its rules came with the whole stylesheet.
    const quiz = page.getByRole('region', { name: 'Quiz' });
    await quiz.getByRole('group').first().getByRole('radio').first().check();
    await quiz.getByRole('button', { name: 'Check answer' }).click();
    const verdict = quiz.getByRole('status').first();
    await expect(verdict).toHaveText(/^(Correct|Partly right|Incorrect|Not right|Answer shown)/);
  });
});
