/**
 * Every answered question joins the review schedule: the first answer of an attempt is
 * rated (correctness, hint, answer shown) and scheduled; later tries are not. Reviewing
 * keeps its answers apart from the lesson quiz's. Answers saved before the schedule existed
 * are caught up.
 */
import { checkAnswer, revealAnswer, takeHint, type QuizTarget } from '../../src/progress/progress-actions';
import { dataOf, useProgress } from '../../src/progress/progress-store';
import { emptyProgress } from '../../src/progress/progress-types';
import { catchUp, startReview } from '../../src/progress/review-progress';
import { currentRecord, isAnswered } from '../../src/progress/quiz-progress';
import { reviewQuizId } from '../../src/progress/review-ids';
import { grade } from '../../src/quiz/lib/grade';
import type { Response } from '../../src/quiz/lib/response';
import { multiple, single } from '../support/sample-questions';

const quiz: QuizTarget = { quizId: 'lesson:sample', questions: [single, multiple] };
const DAY = 86_400_000;

function check(target: QuizTarget, question: typeof single, response: Response) {
  const result = grade(question, response);
  if (result.status !== 'graded') throw new Error('not graded');
  checkAnswer(target, question, response, result);
}

/** The scheduler loads after the answer (a dynamic import): wait for it to arrive. */
const scheduled = async (id: string) => {
  for (let i = 0; i < 50 && !useProgress.getState().reviews[id]; i += 1) await new Promise((r) => setTimeout(r, 10));
  return useProgress.getState().reviews[id];
};

beforeEach(() => useProgress.setState(emptyProgress()));

describe('answering schedules the question', () => {
  it('a right first answer is rated Good; a miss is rated Again and comes due sooner', async () => {
    check(quiz, single, { type: 'single', choice: 'pre-trained' });
    check(quiz, multiple, { type: 'multiple', choices: ['facts'] });
    const good = await scheduled(single.id);
    const missed = await scheduled(multiple.id);
    expect(good).toMatchObject({ lastRating: 3, reps: 1 });
    expect(missed).toMatchObject({ lastRating: 1, reps: 1 });
    expect(missed!.due).toBeLessThan(good!.due);
  });

  it('part credit, or the hint, rates Hard', async () => {
    check(quiz, multiple, { type: 'multiple', choices: ['format'] });
    takeHint(quiz, single);
    check(quiz, single, { type: 'single', choice: 'pre-trained' });
    expect(await scheduled(multiple.id)).toMatchObject({ lastRating: 2 });
    expect(await scheduled(single.id)).toMatchObject({ lastRating: 2 });
  });

  it('only the first answer of an attempt counts: trying again does not reschedule', async () => {
    check(quiz, single, { type: 'single', choice: 'empty' });
    const first = await scheduled(single.id);
    check(quiz, single, { type: 'single', choice: 'pre-trained' });
    await new Promise((r) => setTimeout(r, 30));
    expect(useProgress.getState().reviews[single.id]).toBe(first);
  });

  it('showing the answer before any check rates Again', async () => {
    revealAnswer(quiz, single, { type: 'single', choice: 'pre-trained' });
    expect(await scheduled(single.id)).toMatchObject({ lastRating: 1 });
  });

  it('a review is scheduled under the question’s own id, and leaves the lesson quiz’s record alone', async () => {
    check(quiz, single, { type: 'single', choice: 'empty' });
    await scheduled(single.id);
    const lessonRecord = useProgress.getState().answers[single.id];
    const reviewId = reviewQuizId(single.id);
    const asked = { ...single, id: reviewId };
    check({ quizId: reviewId, questions: [asked] }, asked, { type: 'single', choice: 'pre-trained' });
    for (let i = 0; i < 50 && useProgress.getState().reviews[single.id]!.reps < 2; i += 1) await new Promise((r) => setTimeout(r, 10));
    expect(useProgress.getState().reviews[single.id]).toMatchObject({ reps: 2, lastRating: 3 });
    expect(useProgress.getState().reviews[reviewId]).toBeUndefined();
    expect(useProgress.getState().answers[single.id]).toBe(lessonRecord);
  });
});

describe('catching up and starting a review', () => {
  it('answers saved without a schedule join it, rated from the record, at the time they were answered', () => {
    check(quiz, single, { type: 'single', choice: 'empty' });
    const data = { ...dataOf(useProgress.getState()), reviews: {} };
    const at = data.answers[single.id]!.at;
    const caught = catchUp(data, [single, multiple], at + 5 * DAY);
    expect(Object.keys(caught.reviews)).toEqual([single.id]);
    expect(caught.reviews[single.id]).toMatchObject({ lastRating: 1, lastReview: at });
    expect(catchUp(caught, [single, multiple], at + 5 * DAY)).toBe(caught);
  });

  it('a question reviewed before starts blank when it is asked again', () => {
    const reviewId = reviewQuizId(single.id);
    const asked = { ...single, id: reviewId };
    check({ quizId: reviewId, questions: [asked] }, asked, { type: 'single', choice: 'pre-trained' });
    const before = dataOf(useProgress.getState());
    const attempt = (d: typeof before) => d.quizzes[reviewId]?.attempt ?? 1;
    expect(isAnswered(currentRecord(before.answers[reviewId], asked, reviewId, attempt(before)))).toBe(true);
    const after = startReview(before, [single], Date.now());
    expect(isAnswered(currentRecord(after.answers[reviewId], asked, reviewId, attempt(after)))).toBe(false);
    expect(startReview(after, [single], Date.now())).toBe(after);
  });
});
