/**
 * What a learner does, as Playwright steps: find a question by its prompt, move focus
 * with Tab / Shift+Tab, choose with arrows and Space, press buttons with Enter.
 * Nothing here clicks: every answer is given from the keyboard.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import type { Question } from '../src/quiz/lib/question';

export const STORAGE_KEY = 'fine-tuning-course:progress';
export const UNREADABLE_KEY = `${STORAGE_KEY}:unreadable`;

type Of<T extends Question['type']> = Extract<Question, { type: T }>;

/** The question with this id in a bank, narrowed to its type (fails loudly if the bank changed). */
export function questionOf<T extends Question['type']>(bank: readonly Question[], id: string, type: T): Of<T> {
  const question = bank.find((q) => q.id === id);
  if (!question) throw new Error(`No question "${id}" in the bank`);
  if (question.type !== type) throw new Error(`Question "${id}" is ${question.type}, not ${type}`);
  return question as Of<T>;
}

/** The quiz questions of a bank, in the order the end-of-lesson quiz shows them. */
export const quizQuestions = (bank: readonly Question[]) => bank.filter((q) => q.placement === 'quiz');

/** The form that holds one question, found by its legend (the prompt). */
export function questionForm(scope: Page | Locator, question: Question): Locator {
  const page = 'page' in scope && typeof scope.page === 'function' ? (scope as Locator).page() : (scope as Page);
  return scope.locator('form').filter({ has: page.getByRole('group', { name: question.prompt, exact: true }) });
}

const correctText = (question: Of<'single'> | Of<'multiple'> | Of<'scenario'>) => {
  const option = question.options.find((o) => o.correct);
  if (!option) throw new Error(`Question "${question.id}" has no correct option`);
  return option.text;
};

/** Text of the first option that is not correct (for answering wrongly on purpose). */
export function wrongTexts(question: Of<'single'> | Of<'scenario'>): string[] {
  return question.options.filter((o) => !o.correct).map((o) => o.text);
}

const isFocused = (target: Locator) => target.evaluate((el) => el === document.activeElement);

/**
 * Moves focus with Tab (or Shift+Tab when the target is above) until one of the elements
 * `target` matches has it. For a radio group pass all its radios: Tab lands on one of them.
 */
export async function tabTo(page: Page, target: Locator, maxPresses = 200): Promise<void> {
  await expect(target.first()).toBeAttached();
  // Far away? Press Tab without looking for all but the last few stops (estimated from the
  // DOM), then step and look. The stepping alone decides when focus has arrived.
  const ahead = await target.evaluateAll((all) => {
    const first = all[0];
    if (!first) return 0;
    const seen = new Set<string>();
    const stops = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]')].filter((el) => {
      if (el.tabIndex < 0 || (el as HTMLButtonElement).disabled || el.getClientRects().length === 0) return false;
      if (el instanceof HTMLInputElement && el.type === 'radio') {
        if (seen.has(el.name)) return false;
        seen.add(el.name);
      }
      return true;
    });
    const active = document.activeElement;
    const from = active && active !== document.body ? stops.findIndex((el) => el === active || !!(active.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING)) : 0;
    const to = stops.findIndex((el) => el === first || !!(first.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) || el === first);
    return from >= 0 && to > from ? to - from : 0;
  });
  for (let i = 0; i < ahead - 3; i += 1) await page.keyboard.press('Tab');
  for (let i = 0; i < maxPresses; i += 1) {
    const where = await target.evaluateAll((all) => {
      const active = document.activeElement;
      const first = all[0];
      if (!first) return 'missing';
      if (active && (all as Element[]).includes(active)) return 'here';
      if (!active || active === document.body) return 'after';
      return active.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING ? 'after' : 'before';
    });
    if (where === 'missing') throw new Error(`${target} is not on the page`);
    if (where === 'here') return;
    await page.keyboard.press(where === 'after' ? 'Tab' : 'Shift+Tab');
  }
  throw new Error(`Could not reach ${target} with Tab within ${maxPresses} presses`);
}

/** Tabs to a button and presses Enter. */
export async function pressButton(page: Page, button: Locator): Promise<void> {
  await tabTo(page, button);
  await page.keyboard.press('Enter');
}

/** Tab into a radio group, arrow to the option, Space to choose it. */
export async function chooseRadio(page: Page, form: Locator, name: string): Promise<void> {
  await tabTo(page, form.getByRole('radio'));
  const target = form.getByRole('radio', { name, exact: true });
  const count = await form.getByRole('radio').count();
  for (let i = 0; i <= count && !(await isFocused(target)); i += 1) await page.keyboard.press('ArrowDown');
  await expect(target).toBeFocused();
  await page.keyboard.press('Space');
  await expect(target).toBeChecked();
}

/** Tab to each checkbox in turn and toggle it with Space until exactly `names` are checked. */
export async function chooseCheckboxes(page: Page, form: Locator, names: readonly string[]): Promise<void> {
  const boxes = form.getByRole('checkbox');
  await expect(boxes.first()).toBeVisible();
  const count = await boxes.count();
  for (let i = 0; i < count; i += 1) {
    const box = boxes.nth(i);
    const label = await box.evaluate((el) => el.closest('label')?.textContent?.trim() ?? '');
    const want = names.includes(label);
    if ((await box.isChecked()) !== want) {
      await tabTo(page, box);
      await page.keyboard.press('Space');
    }
    await (want ? expect(box).toBeChecked() : expect(box).not.toBeChecked());
  }
}

/** Tab to the select labelled `left` and change it with the arrow keys until `value` is chosen. */
export async function chooseMatch(page: Page, form: Locator, left: string, value: string): Promise<void> {
  const select = form.getByRole('combobox', { name: left, exact: true });
  await tabTo(page, select);
  const options = await select.locator('option').count();
  for (let i = 0; i < options && (await select.inputValue()) !== value; i += 1) await page.keyboard.press('ArrowDown');
  for (let i = 0; i < options && (await select.inputValue()) !== value; i += 1) await page.keyboard.press('ArrowUp');
  await expect(select).toHaveValue(value);
}

/** The steps of an ordering question as shown now, top to bottom. */
export const shownOrder = (form: Locator) => form.locator('.ordering__text').allInnerTexts();

/**
 * Puts the steps in the right order with the "Move … up" buttons, from the keyboard:
 * for each place from the top, Tab to the step that belongs there and press Enter until
 * it arrives. Focus must follow the moved step (the app's promise), so repeated Enters work.
 */
export async function orderByKeyboard(page: Page, form: Locator, question: Of<'ordering'>): Promise<void> {
  const wanted = question.items.map((item) => item.text);
  await expect(form.getByRole('listitem')).toHaveCount(wanted.length);
  for (let place = 0; place < wanted.length; place += 1) {
    const text = wanted[place] as string;
    let at = (await shownOrder(form)).indexOf(text);
    if (at > place) await tabTo(page, form.getByRole('button', { name: `Move “${text}” up`, exact: true }));
    while (at > place) {
      await page.keyboard.press('Enter');
      at -= 1;
      await expect.poll(async () => (await shownOrder(form)).indexOf(text)).toBe(at);
      const stillUp = at > 0 ? 'up' : 'down';
      await expect(form.getByRole('button', { name: `Move “${text}” ${stillUp}`, exact: true })).toBeFocused();
    }
  }
  expect(await shownOrder(form)).toEqual(wanted);
}

/** Gives the right answer to any question type from the keyboard (does not check it). */
export async function answerCorrectly(page: Page, form: Locator, question: Question): Promise<void> {
  switch (question.type) {
    case 'single':
    case 'scenario':
      return chooseRadio(page, form, correctText(question));
    case 'myth-or-reality':
      return chooseRadio(page, form, question.answer === 'myth' ? 'Myth' : 'Reality');
    case 'multiple':
      return chooseCheckboxes(
        page,
        form,
        question.options.filter((o) => o.correct).map((o) => o.text),
      );
    case 'matching':
      for (const pair of question.pairs) await chooseMatch(page, form, pair.left, pair.id);
      return;
    case 'ordering':
      return orderByKeyboard(page, form, question);
  }
}

/** Tabs to "Check answer", presses Enter, and returns the result region's status. */
export async function checkByKeyboard(page: Page, form: Locator): Promise<Locator> {
  await pressButton(page, form.getByRole('button', { name: 'Check answer', exact: true }));
  const status = form.getByRole('status');
  await expect(status).toHaveText(/^(Correct|Partly right|Incorrect|Answer shown)\b/);
  return status;
}

/** The end-of-lesson quiz. */
export const lessonQuiz = (page: Page) => page.getByRole('region', { name: 'Quiz', exact: true });

/** Reads a localStorage value (null when absent). */
export const stored = (page: Page, key = STORAGE_KEY) => page.evaluate((k) => window.localStorage.getItem(k), key);
