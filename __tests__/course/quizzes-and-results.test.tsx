/**
 * What comes after a quiz (issue 11, item 2) and the quizzes page (item 3): the results screen
 * leads on to the next lesson, lists what was missed with links to where it is taught, then
 * offers a retake; home says when the course is complete; /quizzes lists every quiz.
 */
import { act, screen, waitFor, within } from '@testing-library/react';
import { axe } from 'jest-axe';
import lessonOne from '../../lessons/01-what-is-fine-tuning.questions';
import lessonNine from '../../lessons/09-further-reading.questions';
import { lessons } from '../../src/course/lessons';
import { lessonQuizStatus } from '../../src/course/quiz-status';
import { sectionId } from '../../src/course/section-id';
import { checkAnswer } from '../../src/progress/progress-actions';
import { useProgress } from '../../src/progress/progress-store';
import { emptyProgress } from '../../src/progress/progress-types';
import { newQuizRecord, recordCheck } from '../../src/progress/quiz-progress';
import { correctResponse, grade } from '../../src/quiz/lib/grade';
import type { Question } from '../../src/quiz/lib/question';
import { renderApp } from '../support/render-app';
import { SLOW_TEST_MS } from '../support/timeouts';

const WRONG = { status: 'graded', earned: 0, total: 1, correct: false } as const;

/** Answers a lesson's quiz: right first time, except the questions at `missed` (wrong first). */
function takeQuiz(slug: string, bank: readonly Question[], missed: number[] = []) {
  const questions = bank.filter((q) => q.placement === 'quiz');
  const target = { quizId: `lesson:${slug}`, questions };
  act(() => {
    questions.forEach((q, i) => {
      const response = correctResponse(q);
      const result = grade(q, response);
      if (result.status === 'graded') checkAnswer(target, q, response, missed.includes(i) ? WRONG : result);
    });
  });
  return questions;
}

describe('the results screen of a lesson quiz', () => {
  it('leads with the next lesson, then "Review the N you missed" linked to where each is taught, then "Retake"', async () => {
    const questions = takeQuiz('what-is-fine-tuning', lessonOne, [0, 2]);
    const { container } = renderApp('/lessons/what-is-fine-tuning');
    const quiz = await screen.findByRole('region', { name: 'Quiz' });
    expect(within(quiz).getByRole('heading', { name: `You got ${questions.length - 2} of ${questions.length} right` })).toBeInTheDocument();

    const next = within(quiz).getByRole('link', { name: `Next lesson: ${lessons[1]?.title}` });
    expect(next).toHaveAttribute('href', `/lessons/${lessons[1]?.slug}`);
    const review = within(quiz).getByRole('region', { name: 'Review the 2 you missed' });
    const retake = within(quiz).getByRole('button', { name: 'Retake quiz' });
    // In that order on the page.
    expect(next.compareDocumentPosition(review) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(review.compareDocumentPosition(retake) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

    const items = within(review).getAllByRole('listitem');
    expect(items.map((li) => li.querySelector('.quiz-summary__missed-title')?.textContent)).toEqual([
      `${questions[0]?.title} (missed)`,
      `${questions[2]?.title} (missed)`,
    ]);
    // Each links to the section that teaches its objective, and that section is on the page.
    const link = within(items[0] as HTMLElement).getByRole('link', { name: /^Read “.+” again$/ });
    const section = link.textContent?.match(/“(.+)”/)?.[1] as string;
    expect(link).toHaveAttribute('href', `/lessons/what-is-fine-tuning#${sectionId(section)}`);
    expect(container.querySelector(`#${sectionId(section)}`)).toHaveTextContent(section);
    expect(await axe(container)).toHaveNoViolations();
  }, SLOW_TEST_MS);

  it('acknowledges a perfect score', async () => {
    const questions = takeQuiz('what-is-fine-tuning', lessonOne);
    renderApp('/lessons/what-is-fine-tuning');
    const quiz = await screen.findByRole('region', { name: 'Quiz' });
    expect(within(quiz).getByRole('heading', { name: `All ${questions.length} right: a perfect score` })).toBeInTheDocument();
    expect(within(quiz).getByText(/Every first answer was right\. Well done\./)).toBeInTheDocument();
    expect(within(quiz).queryByRole('region', { name: /^Review the/ })).not.toBeInTheDocument();
  }, SLOW_TEST_MS);

  it('after the last lesson, points to the final assessment', async () => {
    takeQuiz('further-reading', lessonNine, [1]);
    renderApp('/lessons/further-reading');
    const quiz = await screen.findByRole('region', { name: 'Quiz' });
    expect(within(quiz).getByRole('link', { name: 'Take the final assessment' })).toHaveAttribute('href', '/final');
  }, SLOW_TEST_MS);
});

describe('the course map when every lesson quiz is done', () => {
  it('says the course is complete and points to the final assessment instead of "Continue"', async () => {
    const now = Date.now();
    act(() => {
      useProgress.setState({
        lastLesson: 'further-reading',
        quizzes: Object.fromEntries(
          lessons.map((l) => [`lesson:${l.slug}`, { ...newQuizRecord(now), completed: 1, completedAttempt: 1, best: { score: 6, total: 6, at: now }, last: { score: 6, total: 6, at: now } }]),
        ),
      });
    });
    renderApp('/');
    expect(await screen.findByRole('link', { name: 'Course complete: take the final assessment' })).toHaveAttribute('href', '/final');
    expect(screen.getByText(`${lessons.length} of ${lessons.length} lesson quizzes done`)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /^Continue:/ })).not.toBeInTheDocument();
  }, SLOW_TEST_MS);
});

describe('lessonQuizStatus', () => {
  const questions = lessonOne.filter((q) => q.placement === 'quiz');
  const ctx = { quizId: 'lesson:what-is-fine-tuning', questions, now: 1000 };
  const check = (data: ReturnType<typeof emptyProgress>, q: Question) => {
    const r = correctResponse(q);
    const g = grade(q, r);
    return g.status === 'graded' ? recordCheck(data, q, r, g, ctx) : data;
  };

  it('is "Not started" with nothing saved, "Started" once something is saved for it, "Done" with the best score', () => {
    let data = emptyProgress();
    expect(lessonQuizStatus(data, 'what-is-fine-tuning')).toEqual({ kind: 'new', label: 'Not started', best: null });
    data = check(data, questions[0] as Question);
    expect(lessonQuizStatus(data, 'what-is-fine-tuning')).toEqual({ kind: 'started', label: 'Started', best: null });
    for (const q of questions.slice(1)) data = check(data, q);
    expect(lessonQuizStatus(data, 'what-is-fine-tuning')).toEqual({ kind: 'done', label: 'Done · best 100%', best: 100 });
    expect(lessonQuizStatus(data, 'graduate-analogy').kind).toBe('new');
  });
});

describe('the quizzes page', () => {
  it('lists every lesson quiz and the final assessment, with status and best score, each linking straight to the quiz', async () => {
    takeQuiz('what-is-fine-tuning', lessonOne, [0]);
    const { container } = renderApp('/quizzes');
    expect(await screen.findByRole('heading', { level: 1, name: 'Quizzes' })).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Lesson quizzes' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(lessons.length);
    lessons.forEach((lesson, i) => {
      const link = within(items[i] as HTMLElement).getByRole('link', { name: `Quiz ${lesson.order}: ${lesson.title}` });
      expect(link).toHaveAttribute('href', `/lessons/${lesson.slug}#quiz`);
    });
    const questions = lessonOne.filter((q) => q.placement === 'quiz');
    expect(items[0]).toHaveTextContent(`Done · best ${Math.round(((questions.length - 1) / questions.length) * 100)}%`);
    expect(items[1]).toHaveTextContent('Not started');
    expect(screen.getByRole('link', { name: 'The final assessment' })).toHaveAttribute('href', '/final');
    expect(screen.getByText(/pass mark is 80%\. Not taken yet\./)).toBeInTheDocument();
    expect(await axe(container)).toHaveNoViolations();
  }, SLOW_TEST_MS);

  it('is one link from the progress page', async () => {
    const { user } = renderApp('/progress');
    await user.click(await screen.findByRole('link', { name: 'every quiz on one page' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Quizzes' })).toBeInTheDocument();
  }, SLOW_TEST_MS);

  it('opens a lesson at its quiz', async () => {
    const { user } = renderApp('/quizzes');
    await user.click(await screen.findByRole('link', { name: `Quiz 2: ${lessons[1]?.title}` }));
    const quiz = await screen.findByRole('region', { name: 'Quiz' });
    expect(quiz).toHaveAttribute('id', 'quiz');
    await waitFor(() => expect(quiz).toHaveFocus());
  }, SLOW_TEST_MS);
});
