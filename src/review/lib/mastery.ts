/**
 * Mastery per learning objective: for each objective, how many of its questions the learner
 * has answered, and their average score on the latest answer to each (partial credit counts).
 * Pure; the latest score of each question comes from saved progress (progress/mastery-evidence.ts).
 */
import type { Question } from '../../quiz/lib/question';

export interface ObjectiveMastery {
  lesson: string;
  objective: string;
  /** Questions in the bank that test it. */
  questions: number;
  /** Of those, how many the learner has answered. */
  answered: number;
  /** Average latest score of the answered ones, 0–1; null when none is answered. */
  score: number | null;
}

/**
 * One entry per objective, in the order given (`objectives`, lesson by lesson); an objective
 * no question tests is listed with 0 questions. `latestScore` gives a question's latest score (0–1) or null.
 */
export function masteryByObjective(
  objectives: readonly { lesson: string; objective: string }[],
  bank: readonly Question[],
  latestScore: (question: Question) => number | null,
): ObjectiveMastery[] {
  return objectives.map(({ lesson, objective }) => {
    const tested = bank.filter((q) => q.lesson === lesson && q.objective === objective);
    const scores = tested.map(latestScore).filter((s): s is number => s !== null);
    return {
      lesson,
      objective,
      questions: tested.length,
      answered: scores.length,
      score: scores.length > 0 ? scores.reduce((sum, s) => sum + s, 0) / scores.length : null,
    };
  });
}

/** A share as the whole percentage shown in the chart and the table. */
export const masteryPercent = (score: number) => Math.round(score * 100);
