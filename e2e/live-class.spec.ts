/**
 * A live class end to end, on the production server (socket.io on the same port): the trainer
 * starts it from the console; two learners join from their own browsers (one a 390 px phone),
 * answer, see the reveal; a learner's reload and a trainer's reload keep everything.
 */
import type { Browser, Page } from '@playwright/test';
import { expectNoA11yViolations } from './a11y';
import { expect, test, waitForAppAfterNavigation } from './app-test';

const LESSON = 'what-is-fine-tuning';
const PROGRESS_KEY = /^fine-tuning-course:progress/;

async function learnerPage(browser: Browser, phone: boolean): Promise<Page> {
  const context = await browser.newContext(phone ? { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } : {});
  const page = await context.newPage();
  // As the test's own page does: goto returns once the app has taken the page over. Before that,
  // "Join the class" submits the form natively and the page reloads (seen as a missing alert).
  waitForAppAfterNavigation(page);
  return page;
}

async function answerSomething(page: Page) {
  const radios = page.getByRole('radio');
  if ((await radios.count()) > 0) await radios.first().check();
  else await page.getByRole('checkbox').first().check();
  await page.getByRole('button', { name: 'Send answer' }).click();
  await expect(page.getByText('Answer sent.')).toBeVisible();
}

test('a trainer and two learners play a round; reloads on either side lose nothing', async ({ page, browser }) => {
  test.setTimeout(90_000);
  await page.goto(`/present/${LESSON}?view=console`);
  await expect(page.getByRole('heading', { name: /^Now: slide / })).toBeVisible();
  const live = page.getByRole('region', { name: 'Live class' });
  await live.getByRole('button', { name: 'Start a live class' }).click();
  const codeText = live.locator('.live-panel__code');
  await expect(codeText).toHaveText(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
  const code = (await codeText.innerText()).trim();
  await expect(live.getByRole('img', { name: /^QR code to join the class: http:\/\/127\.0\.0\.1:\d+\/join\?code=/ })).toBeVisible();

  // The projector (the audience window, in the trainer's browser) shows how to join.
  const audience = await page.context().newPage();
  await audience.goto(`/present/${LESSON}`);
  const projected = audience.getByRole('complementary', { name: 'Live class' });
  await expect(projected).toContainText(code);

  // Ada on a phone, from the join link (the QR code's address); Bo types the code.
  const ada = await learnerPage(browser, true);
  await ada.goto(`/join?code=${code}`);
  await expect(ada.getByRole('heading', { name: 'Join a live class', level: 1 })).toBeVisible();
  await expect(ada.getByLabel('Class code')).toHaveValue(code);
  await expectNoA11yViolations(ada);
  await ada.getByRole('button', { name: 'Join the class' }).click();
  await expect(ada.getByRole('alert')).toHaveText(/Type a name/);
  await expectNoA11yViolations(ada);
  await ada.getByLabel('Your name for this class').fill('Ada');
  await ada.getByRole('button', { name: 'Join the class' }).click();
  await expect(ada.getByText('You are in. Wait for the trainer’s question')).toBeVisible();
  await expectNoA11yViolations(ada);

  const bo = await learnerPage(browser, false);
  await bo.goto('/join');
  await bo.getByLabel('Class code').fill(code.toLowerCase().replace('-', ' '));
  await bo.getByLabel('Your name for this class').fill('ada');
  await bo.getByRole('button', { name: 'Join the class' }).click();
  await expect(bo.getByRole('alert')).toHaveText(/already has that name/);
  await bo.getByLabel('Your name for this class').fill('Bo');
  await bo.getByRole('button', { name: 'Join the class' }).click();
  await expect(bo.getByText('You are in.')).toBeVisible();
  await expect(live.getByText(/2 learners have joined/)).toBeVisible();

  // The trainer walks to the first question and asks it live.
  for (let i = 0; i < 30 && !(await page.getByRole('heading', { name: 'Question for the room' }).isVisible()); i += 1) {
    await page.getByRole('button', { name: 'Next', exact: true }).click();
  }
  await live.getByRole('button', { name: 'Ask this question live' }).click();
  await expect(live.getByText(/0 of 2 answered/)).toBeVisible();
  await expect(ada.getByRole('heading', { name: 'Question 1' })).toBeVisible();
  await expectNoA11yViolations(ada);

  await answerSomething(ada);
  await expect(live.getByText(/1 of 2 answered/)).toBeVisible();
  // A dropped connection (a reload) keeps Ada's seat and answer.
  await ada.reload();
  await expect(ada.getByText('Answer sent.')).toBeVisible();
  await answerSomething(bo);
  await expect(live.getByText(/2 of 2 answered/)).toBeVisible();

  // The trainer reloads: the class goes on, with its counts.
  await page.reload();
  await expect(live.locator('.live-panel__code')).toHaveText(code);
  await expect(live.getByText(/2 of 2 answered/)).toBeVisible();

  await expect(projected.getByRole('status')).toHaveText(/2 of 2 answered/);
  await live.getByRole('button', { name: 'Reveal the answer on every device' }).click();
  await expect(projected.getByRole('figure')).toContainText('(2 answers');
  for (const learner of [ada, bo]) {
    await expect(learner.getByRole('heading', { name: /^Your answer: (correct|incorrect)$/ })).toBeVisible();
    const chart = learner.getByRole('figure');
    await expect(chart).toContainText('(2 answers');
    await expect(chart.locator('.live-chart__count')).not.toHaveCount(0);
    await expect(learner.getByText(/^The right answer/).first()).toBeVisible();
    await expect(learner.getByRole('heading', { name: 'Why' })).toBeVisible();
    await expect(learner.getByRole('heading', { name: 'Scoreboard' })).toHaveCount(0);
  }
  await expectNoA11yViolations(ada);
  const counts = await ada.locator('.live-chart__count').allInnerTexts();
  expect(counts.map(Number).reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(2);

  // The scoreboard is off until the trainer switches it on.
  const scoreboard = live.getByLabel('Show a scoreboard of display names after each reveal');
  await expect(scoreboard).not.toBeChecked();
  await scoreboard.click();
  await expect(scoreboard).toBeChecked();
  await expect(bo.getByRole('heading', { name: 'Scoreboard' })).toBeVisible();
  await expect(bo.locator('.live-scoreboard')).toContainText('Ada');

  // The class kept nothing in the learners' saved progress; the seat is in this tab's session only.
  const stored = await ada.evaluate(() => ({ local: Object.keys(localStorage), session: Object.keys(sessionStorage) }));
  expect(stored.local.filter((key) => PROGRESS_KEY.test(key))).toEqual([]);
  expect(stored.session).toContain('fine-tuning-live-seat');

  // Unless the learner asks: then the question joins their own review schedule, and only that.
  await ada.getByRole('button', { name: 'Keep this question for my review' }).click();
  await expect(ada.getByRole('status').filter({ hasText: 'Kept: it will come back in Review' })).toBeVisible();
  const kept = await ada.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k === 'fine-tuning-course:progress');
    return key ? (JSON.parse(localStorage.getItem(key) ?? '{}') as { state: { reviews: Record<string, unknown>; answers: Record<string, unknown> } }).state : null;
  });
  expect(Object.keys(kept?.reviews ?? {})).toHaveLength(1);
  expect(kept?.answers).toEqual({});

  await live.getByRole('button', { name: 'End the live class' }).click();
  await live.getByRole('button', { name: 'End it and delete every answer' }).click();
  await expect(ada.getByRole('heading', { name: 'The trainer has ended the class' })).toBeVisible();
  await expect(bo.getByRole('heading', { name: 'The trainer has ended the class' })).toBeVisible();
  expect(await ada.evaluate(() => sessionStorage.getItem('fine-tuning-live-seat'))).toBeNull();
  await expectNoA11yViolations(ada);
});
