import type { KnownIds } from '../progress/progress-file';
import { bankLoaders } from './lesson-files';
import { lessons } from './lessons';
import { lessonQuizId } from '../progress/quiz-ids';

/**
 * Every question id and quiz id this version of the course has (lesson quizzes and
 * checkpoints), to tell a learner how much of an imported file it does not recognise.
 * Loads every question bank, so it is for rare moments such as an import.
 */
export async function loadKnownIds(): Promise<KnownIds> {
  const questions = new Set<string>();
  const quizzes = new Set<string>();
  await Promise.all(
    lessons.map(async (lesson) => {
      quizzes.add(lessonQuizId(lesson.slug));
      const load = bankLoaders[lesson.file.replace(/\.mdx$/, '.questions.ts')];
      const bank = load ? (await load()).default : [];
      for (const question of bank) {
        questions.add(question.id);
        if (question.placement === 'checkpoint') quizzes.add(`checkpoint:${question.id}`);
      }
    }),
  );
  return { questions, quizzes };
}
