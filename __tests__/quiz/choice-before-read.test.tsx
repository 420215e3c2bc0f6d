/**
 * The lesson page is prerendered and hydrated; saved progress is read a moment later (up to a
 * second on a slow phone). A choice made in that moment must survive the read when saved
 * progress holds nothing for that quiz; when it does hold something, the saved work wins.
 * Here the read is held until the test lets it finish.
 */
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import type * as ProgressStorageModule from '../../src/progress/progress-storage';
import { MemoryRouter } from 'react-router';
import questions from '../../lessons/01-what-is-fine-tuning.questions';
import lessonTwo from '../../lessons/02-graduate-analogy.questions';
import { checkAnswer } from '../../src/progress/progress-actions';
import { STORAGE_KEY, useProgress } from '../../src/progress/progress-store';
import { QuestionCard } from '../../src/quiz/components/question-card';
import { correctResponse, grade } from '../../src/quiz/lib/grade';
import { attemptSeed } from '../../src/quiz/lib/present';
import type { Question } from '../../src/quiz/lib/question';
import { findLesson, loadLesson } from '../../src/course/lessons';
import { LessonView } from '../../src/course/lesson-view';
import { SLOW_TEST_MS } from '../support/timeouts';

/** Holds every read of saved progress until `release` is called. */
const mockRead = { gate: Promise.resolve(), release: () => {} };
jest.mock('../../src/progress/progress-storage', () => {
  const actual = jest.requireActual<typeof ProgressStorageModule>('../../src/progress/progress-storage');
  return {
    progressStorage: {
      ...actual.progressStorage,
      getItem: async (name: string) => {
        await mockRead.gate;
        return actual.progressStorage.getItem(name);
      },
    },
  };
});

const single = (id: string, bank: readonly Question[] = questions) => {
  const question = bank.find((q) => q.id === id);
  if (question?.type !== 'single') throw new Error(`${id} should be a single-choice question`);
  return question;
};
const quizQuestions = questions.filter((q) => q.placement === 'quiz');
const quizFirst = single(quizQuestions[0]!.id);
const quizSecond = quizQuestions[1]!;
const checkpoint = single('wift-check-define');
const rightText = (q: ReturnType<typeof single>) => q.options.find((o) => o.correct)!.text;

/** Answers questions right, as a learner did on an earlier visit; returns what was saved. */
function savedAnswers(quizId: string, answered: readonly Question[]): string {
  act(() => {
    for (const q of answered) {
      const response = correctResponse(q);
      const result = grade(q, response);
      if (result.status === 'graded') checkAnswer({ quizId, questions: answered }, q, response, result);
    }
  });
  const raw = localStorage.getItem(STORAGE_KEY);
  if (!raw) throw new Error('nothing saved');
  return raw;
}

/**
 * A page load: what the browser does between the prerendered page and saved progress arriving.
 * The page is on screen and answerable (as once hydrated) while the read is still under way:
 * the lesson's own loader waits for the read, so the lesson is rendered here without the router.
 * `earlier` saves progress first, as an earlier visit would have.
 */
async function openLessonWhileReading(earlier?: () => void) {
  await act(() => useProgress.persist.rehydrate()); // the storage adapter loaded, nothing read yet
  earlier?.();
  const saved = localStorage.getItem(STORAGE_KEY);
  act(() => useProgress.setState(useProgress.getInitialState(), true)); // a new page: nothing in memory
  localStorage.clear();
  if (saved) localStorage.setItem(STORAGE_KEY, saved);

  let release = () => {};
  mockRead.gate = new Promise<void>((resolve) => (release = resolve));
  const reading = useProgress.persist.rehydrate();
  expect(useProgress.persist.hasHydrated()).toBe(false);
  const user = userEvent.setup();
  const lesson = await loadLesson(findLesson('what-is-fine-tuning')!);
  render(
    <MemoryRouter>
      <LessonView lesson={lesson} />
    </MemoryRouter>,
  );
  const finishReading = () =>
    act(async () => {
      release();
      await reading;
    });
  return { user, finishReading };
}

/** The end-of-lesson quiz as it is now (found again after each change). */
const quizNow = () => screen.getByRole('region', { name: 'Quiz' });
const formOf = (scope: HTMLElement, question: Question) => within(scope).getByRole('group', { name: question.prompt }).closest('form') as HTMLElement;

afterEach(() => {
  mockRead.gate = Promise.resolve();
});

describe('a choice made before saved progress has been read', () => {
  it(
    'end-of-lesson quiz, nothing saved: the choice stays and "Check answer" grades it',
    async () => {
      const { user, finishReading } = await openLessonWhileReading();
      await user.click(within(formOf(quizNow(), quizFirst)).getByRole('radio', { name: rightText(quizFirst) }));
      await finishReading();
      const form = formOf(quizNow(), quizFirst);
      expect(within(form).getByRole('radio', { name: rightText(quizFirst) })).toBeChecked();
      await user.click(within(form).getByRole('button', { name: 'Check answer' }));
      expect(within(form).getByRole('status')).toHaveTextContent(/^Correct/);
    },
    SLOW_TEST_MS,
  );

  it(
    'end-of-lesson quiz, only another lesson saved: the learner stays on the question they moved to',
    async () => {
      const { user, finishReading } = await openLessonWhileReading(() => savedAnswers('lesson:graduate-analogy', lessonTwo.filter((q) => q.placement === 'quiz').slice(0, 1)));
      await user.click(within(quizNow()).getByRole('button', { name: 'Skip for now' }));
      expect(within(quizNow()).getByText(`Question 2 of ${quizQuestions.length}`)).toBeInTheDocument();
      await finishReading();
      expect(useProgress.getState().answers[lessonTwo.find((q) => q.placement === 'quiz')!.id]).toBeDefined(); // the read did happen
      expect(within(quizNow()).getByText(`Question 2 of ${quizQuestions.length}`)).toBeInTheDocument();
      expect(within(quizNow()).getByRole('group', { name: quizSecond.prompt })).toBeInTheDocument();
    },
    SLOW_TEST_MS,
  );

  it(
    'checkpoint, nothing saved: the choice stays and "Check answer" grades it',
    async () => {
      const { user, finishReading } = await openLessonWhileReading();
      await user.click(within(formOf(document.body, checkpoint)).getByRole('radio', { name: rightText(checkpoint) }));
      await finishReading();
      const form = formOf(document.body, checkpoint);
      expect(within(form).getByRole('radio', { name: rightText(checkpoint) })).toBeChecked();
      await user.click(within(form).getByRole('button', { name: 'Check answer' }));
      expect(within(form).getByRole('status')).toHaveTextContent(/^Correct/);
    },
    SLOW_TEST_MS,
  );

  it(
    'saved progress holds an answer in the quiz: the saved work wins, and the quiz resumes after it',
    async () => {
      const { user, finishReading } = await openLessonWhileReading(() => savedAnswers('lesson:what-is-fine-tuning', [quizFirst]));
      expect(within(quizNow()).getByText(`Question 1 of ${quizQuestions.length}`)).toBeInTheDocument();
      const wrong = quizFirst.options.find((o) => !o.correct)!.text;
      await user.click(within(formOf(quizNow(), quizFirst)).getByRole('radio', { name: wrong }));
      await finishReading();
      expect(within(quizNow()).getByText(`Question 2 of ${quizQuestions.length}`)).toBeInTheDocument();
      await user.click(within(quizNow()).getByRole('button', { name: 'Previous' }));
      const form = formOf(quizNow(), quizFirst);
      expect(within(form).getByRole('radio', { name: rightText(quizFirst) })).toBeChecked();
      expect(within(form).getByRole('status')).toHaveTextContent(/^Correct/);
    },
    SLOW_TEST_MS,
  );

  it(
    'saved progress holds the checkpoint’s answer: the saved answer and verdict replace the choice',
    async () => {
      const { user, finishReading } = await openLessonWhileReading(() => savedAnswers('checkpoint:wift-check-define', [checkpoint]));
      const wrong = checkpoint.options.find((o) => !o.correct)!.text;
      await user.click(within(formOf(document.body, checkpoint)).getByRole('radio', { name: wrong }));
      await finishReading();
      const form = formOf(document.body, checkpoint);
      expect(within(form).getByRole('radio', { name: rightText(checkpoint) })).toBeChecked();
      expect(within(form).getByRole('status')).toHaveTextContent(/^Correct/);
    },
    SLOW_TEST_MS,
  );

  it('made on the prerendered page, before the app took it over: the choice is kept and graded', async () => {
    const quizId = 'checkpoint:wift-check-define';
    const card = <QuestionCard question={checkpoint} target={{ quizId, questions: [checkpoint] }} attempt={1} seed={attemptSeed(quizId, 1)} />;
    const container = document.body.appendChild(document.createElement('div'));
    container.innerHTML = renderToString(card); // the prerendered page
    const user = userEvent.setup();
    await user.click(within(container).getByRole('radio', { name: rightText(checkpoint) })); // a native radio, no app yet
    render(card, { container, hydrate: true });
    const form = formOf(container, checkpoint);
    expect(within(form).getByRole('radio', { name: rightText(checkpoint) })).toBeChecked();
    await user.click(within(form).getByRole('button', { name: 'Check answer' }));
    expect(within(form).getByRole('status')).toHaveTextContent(/^Correct/);
  });
});
