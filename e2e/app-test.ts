/**
 * Playwright's `test`, for pages that arrive prerendered: `page.goto` and `page.reload` also wait
 * until the app has taken the page over (hydrateRoot or createRoot has run), because a click on
 * prerendered HTML before then does nothing. Applies to every page of the context, including
 * those a test opens itself. Specs import `test` and `expect` from here.
 */
import { test as base, expect, type Page } from '@playwright/test';

export { expect };

/**
 * Playwright's own console line when it blocks the app's service worker (playwright.config.ts
 * blocks them outside e2e/offline.spec.ts): not the app's warning, so specs that fail on
 * console warnings skip it.
 */
export const isServiceWorkerBlockedNotice = (text: string) => text === 'Service Worker registration blocked by Playwright';

/** The app marks #root when React takes it over; a page without #root has nothing to wait for. */
async function appStarted(page: Page) {
  await page
    .waitForFunction(
      () => {
        const root = document.getElementById('root');
        return !root || Object.keys(root).some((key) => key.startsWith('__reactContainer'));
      },
      undefined,
      { timeout: 10_000 },
    )
    // A test that makes the app fail to load goes on to check what the learner sees then.
    .catch(() => undefined);
}

export function waitForAppAfterNavigation(page: Page) {
  const goto = page.goto.bind(page);
  const reload = page.reload.bind(page);
  page.goto = async (...args: Parameters<Page['goto']>) => {
    const response = await goto(...args);
    await appStarted(page);
    return response;
  };
  page.reload = async (...args: Parameters<Page['reload']>) => {
    const response = await reload(...args);
    await appStarted(page);
    return response;
  };
}

export const test = base.extend({
  context: async ({ context, javaScriptEnabled }, provide) => {
    if (javaScriptEnabled !== false) {
      context.pages().forEach(waitForAppAfterNavigation);
      context.on('page', waitForAppAfterNavigation);
    }
    await provide(context);
  },
});
