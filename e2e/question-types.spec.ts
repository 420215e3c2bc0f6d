/**
 * Every question type answered from the keyboard alone (Tab, Shift+Tab, arrows, Space,
 * Enter; no clicks), as a learner using no mouse would, plus hints, retries, showing the
 * answer, the quiz summary, retaking, and a stable option order within an attempt.
 * The right answers come from the lessons' own question banks.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './app-test';
import lesson1 from '../lessons/01-what-is-fine-tuning.questions';
import lesson2 from '../lessons/02-graduate-analogy.questions';
import lesson3 from '../lessons/03-why-it-matters.questions';
import lesson7 from '../lessons/07-prompting-rag-or-fine-tuning.questions';
import { expectNoA11yViolations } from './a11y';
import {
  answerCorrectly,
  checkByKeyboard,
  chooseRadio,
  lessonQuiz,
  pressButton,
  questionForm,
  questionOf,
  quizQuestions,
  shownOrder,
  tabTo,
  wrongTexts,
} from './learner';

const quiz1 = quizQuestions(lesson1);

/** Opens a lesson and waits for its title. */
async function openLesson(page: Page, slug: string) {
  await page.goto(`/lessons/${slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

/** Presses "Skip for now" (from the keyboard) until the quiz shows question `number`. */
async function skipTo(page: Page, quiz: Locator, number: number, total: number) {
  const position = quiz.getByText(/^Question \d+ of \d+/);
  while (!new RegExp(`^Question ${number} of ${total}\\b`).test(await position.innerText())) {
    await pressButton(page, quiz.getByRole('button', { name: 'Skip for now', exact: true }));
  }
  await expect(position).toBeFocused();
}

test.describe('every question type from the keyboard alone', () => {
  test('single choice: Tab to the options, arrow to the answer, Space, then Enter checks it', async ({ page }) => {
    await openLesson(page, 'what-is-fine-tuning');
    const quiz = lessonQuiz(page);
    await expect(quiz.getByText(/^Question 1 of 8/)).toBeVisible();
    const question = questionOf(lesson1, 'wift-quiz-transfer-learning', 'single');
    const form = questionForm(quiz, question);
    const right = question.options.find((o) => o.correct)?.text ?? '';

    await chooseRadio(page, form, right);
    await page.keyboard.press('Enter'); // Enter on a chosen option checks the answer
    const status = form.getByRole('status');
    await expect(status).toHaveText(/^Correct\./);
    // Why, on the option itself.
    await expect(form.locator('.choice', { has: page.getByRole('radio', { name: right, exact: true }) })).toContainText(
      `Your answer: correct. ${question.options.find((o) => o.correct)?.explanation ?? ''}`,
    );
    // Focus moves to the result, so the verdict is where the learner is.
    await expect(form.locator('.question__result')).toBeFocused();
    await expect(form.getByRole('radio', { name: right, exact: true })).toBeDisabled();
    await expectNoA11yViolations(page);
  });

  test('multiple select: Tab to each box and toggle it with Space', async ({ page }) => {
    await openLesson(page, 'what-is-fine-tuning');
    const quiz = lessonQuiz(page);
    await skipTo(page, quiz, 3, 8);
    const question = questionOf(lesson1, 'wift-quiz-improves', 'multiple');
    const form = questionForm(quiz, question);
    await expect(form.getByRole('checkbox')).toHaveCount(question.options.length);

    await answerCorrectly(page, form, question);
    const status = await checkByKeyboard(page, form);
    await expect(status).toHaveText(/^Correct/);
    await expectNoA11yViolations(page);
  });

  test('myth or reality: both answers, with Next question between them', async ({ page }) => {
    await openLesson(page, 'what-is-fine-tuning');
    const quiz = lessonQuiz(page);
    await skipTo(page, quiz, 4, 8);
    const myth = questionOf(lesson1, 'wift-quiz-base-unchanged', 'myth-or-reality');
    const reality = questionOf(lesson1, 'wift-quiz-aim-not-guarantee', 'myth-or-reality');
    expect([myth.answer, reality.answer]).toEqual(['myth', 'reality']);

    const first = questionForm(quiz, myth);
    await expect(first.getByRole('radio')).toHaveCount(2);
    await answerCorrectly(page, first, myth);
    await expect(await checkByKeyboard(page, first)).toHaveText(/^Correct/);
    await expect(first.locator('.choice', { has: page.getByRole('radio', { name: 'Myth', exact: true }) })).toContainText(myth.explanations.myth);

    await pressButton(page, quiz.getByRole('button', { name: 'Next question', exact: true }));
    await expect(quiz.getByText(/^Question 5 of 8/)).toBeFocused();
    const second = questionForm(quiz, reality);
    await answerCorrectly(page, second, reality);
    await expect(await checkByKeyboard(page, second)).toHaveText(/^Correct/);
    await expectNoA11yViolations(page);
  });

  test('matching: each labelled select changed with the arrow keys', async ({ page }) => {
    await openLesson(page, 'what-is-fine-tuning');
    const quiz = lessonQuiz(page);
    await skipTo(page, quiz, 6, 8);
    const question = questionOf(lesson1, 'wift-quiz-data-teaches', 'matching');
    const form = questionForm(quiz, question);
    await expect(form.getByRole('combobox')).toHaveCount(question.pairs.length);

    // Checking with a match missing is refused with a message, not graded.
    await pressButton(page, form.getByRole('button', { name: 'Check answer', exact: true }));
    await expect(form.getByRole('status')).toHaveText('Choose a match for every item first.');

    await answerCorrectly(page, form, question);
    for (const pair of question.pairs) {
      await expect(form.getByRole('combobox', { name: pair.left, exact: true }).locator('option:checked')).toHaveText(pair.right);
    }
    await expect(await checkByKeyboard(page, form)).toHaveText(/^Correct/);
    await expectNoA11yViolations(page);
  });

  test('ordering: steps moved with the “Move … up” buttons until the order is right', async ({ page }) => {
    await openLesson(page, 'graduate-analogy');
    const quiz = lessonQuiz(page);
    const total = quizQuestions(lesson2).length;
    await skipTo(page, quiz, 3, total);
    const question = questionOf(lesson2, 'analogy-quiz-stages', 'ordering');
    const form = questionForm(quiz, question);
    const wanted = question.items.map((item) => item.text);
    await expect(form.getByRole('listitem')).toHaveCount(wanted.length);
    expect(await shownOrder(form)).not.toEqual(wanted); // never shown already solved

    await answerCorrectly(page, form, question); // asserts focus follows each moved step
    await expect(form.getByText(new RegExp(`moved to position \\d of ${wanted.length}\\.$`))).toBeAttached();
    await expect(await checkByKeyboard(page, form)).toHaveText(/^Correct/);
    // Once checked, the steps are locked: their move buttons are gone, and the text has the width.
    await expect(form.getByRole('button', { name: /^Move “/ })).toHaveCount(0);
    await expectNoA11yViolations(page);
  });

  test('scenario: a checkpoint in the lesson text, the situation read as the description', async ({ page }) => {
    await openLesson(page, 'prompting-rag-or-fine-tuning');
    const question = questionOf(lesson7, 'choose-check-situation', 'scenario');
    const form = questionForm(page, question);
    await expect(form.getByRole('group', { name: question.prompt, exact: true })).toHaveAccessibleDescription(question.scenario);
    // Scenario options keep their authored order.
    await expect(form.getByRole('radio')).toHaveCount(question.options.length);
    expect(await form.getByRole('radio').evaluateAll((els) => els.map((el) => el.closest('label')?.textContent?.trim()))).toEqual(
      question.options.map((o) => o.text),
    );

    await answerCorrectly(page, form, question);
    await expect(await checkByKeyboard(page, form)).toHaveText(/^Correct/);
    await expectNoA11yViolations(page);
  });

  test('scenario: in the end-of-lesson quiz', async ({ page }) => {
    await openLesson(page, 'why-it-matters');
    const quiz = lessonQuiz(page);
    const questions = quizQuestions(lesson3);
    const question = questionOf(lesson3, 'why-quiz-schema-scenario', 'scenario');
    await skipTo(page, quiz, questions.indexOf(question) + 1, questions.length);
    const form = questionForm(quiz, question);
    await answerCorrectly(page, form, question);
    await expect(await checkByKeyboard(page, form)).toHaveText(/^Correct/);
  });
});

test.describe('help while answering', () => {
  test('a hint on request, and it stays open after a reload', async ({ page }) => {
    await openLesson(page, 'what-is-fine-tuning');
    const question = questionOf(lesson1, 'wift-check-define', 'single');
    const form = questionForm(page, question);
    const hint = form.getByText(question.hint);
    await expect(hint).toBeHidden();

    const show = form.getByRole('button', { name: 'Show hint', exact: true });
    await expect(show).toHaveAttribute('aria-expanded', 'false');
    await pressButton(page, show);
    const hide = form.getByRole('button', { name: 'Hide hint', exact: true });
    await expect(hide).toHaveAttribute('aria-expanded', 'true');
    await expect(hint).toBeVisible();
    await expect(form.getByRole('status')).toHaveText(''); // a hint is not a verdict
    await expectNoA11yViolations(page);

    await page.reload();
    await expect(questionForm(page, question).getByText(question.hint)).toBeVisible();
    await pressButton(page, questionForm(page, question).getByRole('button', { name: 'Hide hint', exact: true }));
    await expect(questionForm(page, question).getByText(question.hint)).toBeHidden();
  });

  test('a wrong answer is marked in place without the right one; the second wrong try shows "Correct answer" apart from "Your answer"', async ({ page }) => {
    test.slow(); // two axe runs and a reload, from the keyboard
    await openLesson(page, 'what-is-fine-tuning');
    const question = questionOf(lesson1, 'wift-check-generalist', 'single');
    const form = questionForm(page, question);
    const [wrong1, wrong2] = wrongTexts(question) as [string, string];
    const right = question.options.find((o) => o.correct);
    const explanation = (text: string) => question.options.find((o) => o.text === text)?.explanation ?? '';
    const showAnswer = form.getByRole('button', { name: 'Show answer', exact: true });
    const tryAgain = form.getByRole('button', { name: 'Try again', exact: true });
    const option = (text: string) => form.locator('.choice', { has: page.getByRole('radio', { name: text, exact: true }) });

    await chooseRadio(page, form, wrong1);
    await expect(await checkByKeyboard(page, form)).toHaveText(/^Incorrect\./);
    // Marked where it is, with why; the right answer stays hidden, so trying again is a real try.
    await expect(option(wrong1)).toContainText(`Your answer: not right. ${explanation(wrong1)}`);
    await expect(form.getByText(question.hint)).toBeVisible();
    await expect(form).not.toContainText('Correct answer');
    await expect(form).not.toContainText(right?.explanation ?? '');
    await expect(showAnswer).toBeVisible(); // on request
    await expectNoA11yViolations(page);

    await pressButton(page, tryAgain);
    await expect(form.getByRole('radio').first()).toBeFocused(); // back to the choices
    await expect(option(wrong1)).not.toContainText('Your answer');
    await chooseRadio(page, form, wrong2);
    const status = await checkByKeyboard(page, form);
    await expect(status).toHaveText(/^Answer shown\./);
    await expect(form.locator('.question__result')).toBeFocused();
    await expect(option(right?.text ?? '')).toContainText(`Correct answer. ${right?.explanation}`);
    await expect(option(wrong2)).toContainText('Your answer: not right.');
    await expect(form.getByRole('radio', { name: wrong2, exact: true })).toBeChecked();
    await expect(form).not.toContainText('Incorrect');
    await expect(tryAgain).toHaveCount(0);
    await expect(showAnswer).toHaveCount(0);
    await expect(form.getByRole('button', { name: /hint/ })).toHaveCount(0);
    await expectNoA11yViolations(page);

    // Recorded as shown, with the learner's own answer: the same after a reload.
    await page.reload();
    await expect(form.getByRole('status')).toHaveText(/^Answer shown\./);
    await expect(option(right?.text ?? '')).toContainText('Correct answer.');
    await expect(option(wrong2)).toContainText('Your answer: not right.');
    await expect(tryAgain).toHaveCount(0);
  });
});

test.describe('the end-of-lesson quiz', () => {
  /** Answers every question in turn from the keyboard; `missFirst` gets question 1 wrong first. */
  async function takeQuiz(page: Page, quiz: Locator, { missFirst }: { missFirst: boolean }) {
    for (const [index, question] of quiz1.entries()) {
      await expect(quiz.getByText(new RegExp(`^Question ${index + 1} of ${quiz1.length}`))).toBeVisible();
      const form = questionForm(quiz, question);
      if (index === 0 && missFirst && question.type === 'single') {
        await chooseRadio(page, form, wrongTexts(question)[0] ?? '');
        await expect(await checkByKeyboard(page, form)).toHaveText(/^Incorrect/);
        await pressButton(page, form.getByRole('button', { name: 'Try again', exact: true }));
      }
      await answerCorrectly(page, form, question);
      await expect(await checkByKeyboard(page, form)).toHaveText(/^Correct/);
      const last = index === quiz1.length - 1;
      await pressButton(page, quiz.getByRole('button', { name: last ? 'See your score' : 'Next question', exact: true }));
    }
  }

  const stat = (quiz: Locator, term: string) => quiz.locator('.quiz-stats div', { has: quiz.page().locator('dt', { hasText: term }) }).locator('dd');

  test('score, best and attempts in the summary; Retake quiz clears the answers', async ({ page }) => {
    test.slow(); // two full attempts from the keyboard
    await openLesson(page, 'what-is-fine-tuning');
    const quiz = lessonQuiz(page);
    await takeQuiz(page, quiz, { missFirst: true });

    // The first answer counts: 7 of 8.
    const heading = quiz.getByRole('heading', { level: 3 });
    await expect(heading).toHaveText('You got 7 of 8 right');
    await expect(heading).toBeFocused();
    await expect(quiz.getByText(/^Score with partial credit: 88%/)).toBeVisible();
    await expect(stat(quiz, 'Last score')).toHaveText('88%');
    await expect(stat(quiz, 'Best')).toHaveText('88%');
    await expect(stat(quiz, 'Attempts')).toHaveText('1');
    // The next lesson first, then what was missed, linked to where it is taught, then the retake.
    await expect(quiz.getByRole('link', { name: /^Next lesson: / })).toBeVisible();
    const review = quiz.getByRole('region', { name: 'Review the 1 you missed' });
    await expect(review.getByRole('button', { name: `See question 1: ${quiz1[0]?.title}` })).toBeVisible();
    await expect(review.getByRole('link', { name: /^Read “.+” again$/ })).toBeVisible();
    await expect(review.getByText('(missed)')).toBeVisible();
    await expectNoA11yViolations(page);

    await pressButton(page, quiz.getByRole('button', { name: 'Retake quiz', exact: true }));
    await expect(quiz.getByText(/^Question 1 of 8/)).toBeFocused();
    const first = questionForm(quiz, quiz1[0]!);
    await expect(first.getByRole('radio')).toHaveCount(3);
    for (const radio of await first.getByRole('radio').all()) {
      await expect(radio).not.toBeChecked();
      await expect(radio).toBeEnabled();
    }
    await expect(first.getByRole('status')).toHaveText('');
    await expect(first.getByRole('button', { name: 'Check answer', exact: true })).toBeVisible();
    await expect(stat(quiz, 'Attempts')).toHaveText('1'); // history is kept

    // A reload during the new attempt keeps it new.
    await page.reload();
    await expect(lessonQuiz(page).getByText(/^Question 1 of 8/)).toBeVisible();
    await expect(questionForm(lessonQuiz(page), quiz1[0]!).getByRole('radio', { checked: true })).toHaveCount(0);

    await takeQuiz(page, lessonQuiz(page), { missFirst: false });
    await expect(lessonQuiz(page).getByRole('heading', { level: 3 })).toHaveText('All 8 right: a perfect score');
    await expect(stat(lessonQuiz(page), 'Best')).toHaveText('100%');
    await expect(stat(lessonQuiz(page), 'Attempts')).toHaveText('2');
  });

  test('the option order is the same after a reload within an attempt', async ({ page }) => {
    await openLesson(page, 'what-is-fine-tuning');
    const labels = (form: Locator) => form.getByRole('radio').evaluateAll((els) => els.map((el) => el.closest('label')?.textContent?.trim()));
    const checkpoint = questionForm(page, questionOf(lesson1, 'wift-check-define', 'single'));
    const first = questionForm(lessonQuiz(page), quiz1[0]!);
    await expect(first.getByRole('radio')).toHaveCount(3);
    await expect(checkpoint.getByRole('radio')).toHaveCount(4);
    const before = { checkpoint: await labels(checkpoint), quiz: await labels(first) };
    expect(before.quiz).toHaveLength(3);

    // Answer the checkpoint (keyboard), so the order is checked across a saved answer too.
    await tabTo(page, checkpoint.getByRole('radio'));
    await page.keyboard.press('Space');
    await checkByKeyboard(page, checkpoint);

    const now = async () => ({ checkpoint: await labels(checkpoint), quiz: await labels(first) });
    await page.reload();
    await expect(lessonQuiz(page).getByText(/^Question 1 of 8/)).toBeVisible();
    await expect(checkpoint.getByRole('status')).toHaveText(/^(Correct|Incorrect|Answer shown)/);
    expect(await now()).toEqual(before);
    await page.reload();
    await expect(first.getByRole('radio')).toHaveCount(3);
    await expect(checkpoint.getByRole('radio')).toHaveCount(4);
    expect(await now()).toEqual(before);

    // Matching choices and the starting order of steps are also fixed for the attempt.
    const total = quizQuestions(lesson2).length;
    const matchingQuestion = questionOf(lesson2, 'analogy-quiz-match', 'matching');
    const matching = questionForm(lessonQuiz(page), matchingQuestion);
    const orderingQuestion = questionOf(lesson2, 'analogy-quiz-stages', 'ordering');
    const ordering = questionForm(lessonQuiz(page), orderingQuestion);
    const shown = async () => {
      await openLesson(page, 'graduate-analogy');
      await expect(matching.getByRole('combobox')).toHaveCount(matchingQuestion.pairs.length);
      const choices = await matching.getByRole('combobox').first().locator('option').allInnerTexts();
      await skipTo(page, lessonQuiz(page), 3, total);
      await expect(ordering.getByRole('listitem')).toHaveCount(orderingQuestion.items.length);
      return { choices, steps: await shownOrder(ordering) };
    };
    const firstVisit = await shown();
    expect(firstVisit.choices).toHaveLength(matchingQuestion.pairs.length + 1); // "Choose a match…" and one per pair
    expect(await shown()).toEqual(firstVisit);
  });
});
