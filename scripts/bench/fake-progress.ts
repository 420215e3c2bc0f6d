/**
 * Deterministic fake course content and learner history for the progress benchmark.
 *
 * The questions are synthetic (so edits to the real lessons never move the numbers) but
 * shaped like the course's: 7 lessons × 10 questions = 70 question ids, every question
 * type, option texts of realistic length; each lesson has an end-of-lesson quiz of 8
 * questions and 2 checkpoints (one-question quizzes), so 21 quizzes in all.
 *
 * The history is made by replaying a learner through the real pure functions the store
 * actions call (recordCheck, recordHint, recordReveal, startNewAttempt, recordVisit), with
 * a seeded generator and a fixed clock, until the `tries` log holds the wanted number of
 * attempts. `answers` and `quizzes` are therefore exactly what the app would have saved.
 */
import type { ProgressData } from '../../src/progress/progress-types';
import { emptyProgress } from '../../src/progress/progress-types';
import { recordCheck, recordHint, recordReveal, recordVisit, startNewAttempt } from '../../src/progress/quiz-progress';
import type { QuizTarget } from '../../src/progress/progress-actions';
import { correctResponse, grade } from '../../src/quiz/lib/grade';
import type { ChoiceOption, Question } from '../../src/quiz/lib/question';
import type { Response } from '../../src/quiz/lib/response';
import { mulberry32 } from '../../src/quiz/lib/shuffle';
import { checkpointQuizId, lessonQuizId } from '../../src/progress/quiz-ids';

/** The quiz's own seeded generator, so every run builds the same data. */
export const seeded = mulberry32;

const WORDS =
  'model training data fine-tuning prompt retrieval examples task domain weights learning rate dataset evaluation customer support legal medical tone style format answers documents cost time accuracy general specialised pre-trained base labelled small large'.split(
    ' ',
  );

function sentence(random: () => number, words: number): string {
  const picked = Array.from({ length: words }, () => WORDS[Math.floor(random() * WORDS.length)] ?? 'model');
  const text = picked.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

const TYPES_IN_QUIZ: Question['type'][] = ['single', 'multiple', 'myth-or-reality', 'ordering', 'matching', 'single', 'scenario', 'multiple'];

function makeQuestion(random: () => number, lesson: string, index: number, type: Question['type'], placement: Question['placement']): Question {
  const base = {
    id: `${lesson}-q${index + 1}`,
    lesson,
    objective: `objective-${(index % 3) + 1}`,
    difficulty: (['easy', 'medium', 'hard'] as const)[index % 3] ?? 'easy',
    placement,
    title: sentence(random, 4),
    prompt: sentence(random, 12),
    hint: sentence(random, 14),
  };
  const options = (correct: number[]): ChoiceOption[] =>
    ['a', 'b', 'c', 'd'].map((id, i) => ({ id: `option-${id}`, text: sentence(random, 14), correct: correct.includes(i), explanation: sentence(random, 22) }));
  switch (type) {
    case 'single':
      return { ...base, type, options: options([index % 4]) };
    case 'multiple':
      return { ...base, type, options: options([0, 2]) };
    case 'scenario':
      return { ...base, type, scenario: sentence(random, 30), options: options([1]) };
    case 'myth-or-reality':
      return { ...base, type, answer: index % 2 ? 'myth' : 'reality', explanations: { myth: sentence(random, 20), reality: sentence(random, 20) } };
    case 'ordering':
      return { ...base, type, items: ['collect', 'clean', 'train', 'evaluate'].map((id) => ({ id, text: sentence(random, 8), explanation: sentence(random, 16) })) };
    case 'matching':
      return {
        ...base,
        type,
        pairs: ['prompting', 'retrieval', 'fine-tuning', 'pre-training'].map((id) => ({ id, left: sentence(random, 6), right: sentence(random, 8), explanation: sentence(random, 16) })),
      };
  }
}

export interface FakeLesson {
  slug: string;
  quiz: QuizTarget;
  checkpoints: QuizTarget[];
}

/** The fake course: 7 lessons, 70 questions, 21 quizzes. Always the same. */
export function fakeCourse(): FakeLesson[] {
  const random = seeded(20_250_101);
  return Array.from({ length: 7 }, (_, l) => {
    const slug = `lesson-${l + 1}`;
    const checkpoints = [0, 1].map((i) => makeQuestion(random, slug, i, i === 0 ? 'single' : 'scenario', 'checkpoint'));
    const quiz = TYPES_IN_QUIZ.map((type, i) => makeQuestion(random, slug, i + 2, type, 'quiz'));
    return {
      slug,
      quiz: { quizId: lessonQuizId(slug), questions: quiz },
      checkpoints: checkpoints.map((q) => ({ quizId: checkpointQuizId(q.id), questions: [q] })),
    };
  });
}

/** A wrong (or partly right) answer of the question's own type. */
function wrongResponse(question: Question): Response {
  switch (question.type) {
    case 'single':
    case 'scenario':
      return { type: question.type, choice: question.options.find((o) => !o.correct)?.id ?? null };
    case 'multiple':
      return { type: 'multiple', choices: [question.options[0]?.id ?? '', question.options[1]?.id ?? ''] };
    case 'myth-or-reality':
      return { type: 'myth-or-reality', choice: question.answer === 'myth' ? 'reality' : 'myth' };
    case 'ordering':
      return { type: 'ordering', order: question.items.map((item) => item.id).reverse() };
    case 'matching': {
      const ids = question.pairs.map((pair) => pair.id);
      return { type: 'matching', matches: Object.fromEntries(ids.map((id, i) => [id, ids[(i + 1) % ids.length] ?? null])) };
    }
  }
}

/** A graded check of a response; throws if the fake data does not grade (a bug here, not in the app). */
export function gradedCheck(question: Question, response: Response) {
  const result = grade(question, response);
  if (result.status !== 'graded') throw new Error(`fake response for ${question.id} does not grade: ${result.message}`);
  return result;
}

/** Jan 6 2025, 09:00 UTC: the fake learner's first visit. */
const START = Date.UTC(2025, 0, 6, 9);

/**
 * The progress a learner has after `attempts` checked answers (the length of `tries`),
 * with the `answers` and `quizzes` that go with them. Deterministic.
 */
export function fakeProgress(course: FakeLesson[], attempts: number): ProgressData {
  const random = seeded(attempts * 7919 + 17);
  let data = emptyProgress();
  let now = START;
  const tick = () => (now += 5_000 + Math.floor(random() * 55_000));
  const full = () => data.tries.length >= attempts;

  const check = (target: QuizTarget, question: Question, right: boolean) => {
    const response = right ? correctResponse(question) : wrongResponse(question);
    data = recordCheck(data, question, response, gradedCheck(question, response), { ...target, now: tick() });
  };

  const answer = (target: QuizTarget, question: Question) => {
    if (full()) return;
    if (random() < 0.1) data = recordHint(data, question, { ...target, now: tick() });
    const right = random() < 0.7;
    check(target, question, right);
    if (right || full() || random() < 0.4) return;
    check(target, question, random() < 0.7); // "Try again"
    const record = data.answers[question.id];
    if (record && !record.correct && random() < 0.5) data = recordReveal(data, question, correctResponse(question), { ...target, now: tick() });
  };

  const retakeIfDone = (target: QuizTarget, chance: number) => {
    const quiz = data.quizzes[target.quizId];
    if (quiz && quiz.completedAttempt >= quiz.attempt && random() < chance) data = startNewAttempt(data, target.quizId, tick());
  };

  while (!full()) {
    const lesson = course[Math.floor(random() * course.length)];
    if (!lesson) continue;
    data = recordVisit(data, lesson.slug, tick());
    for (const target of lesson.checkpoints) {
      for (const question of target.questions) answer(target, question);
      retakeIfDone(target, 0.3);
    }
    for (const question of lesson.quiz.questions) answer(lesson.quiz, question);
    retakeIfDone(lesson.quiz, 0.6);
    now += 3_600_000 * (1 + Math.floor(random() * 20)); // the next session, hours later
  }
  return data;
}
