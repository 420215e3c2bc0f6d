/**
 * Which questions a final assessment asks: drawn from the whole bank, balanced across lessons
 * (each lesson gives the same number, give or take one) and, within a lesson, across its
 * objectives (taken in turn), with no repeats. Questions the previous attempt asked are left
 * out while a lesson has enough others, so a retake asks a different set. Pure and seeded:
 * the same attempt always draws the same questions, so a reload shows the same assessment.
 */
import type { Question } from '../../quiz/lib/question';
import { seededShuffle } from '../../quiz/lib/shuffle';
import { FINAL_SIZE } from './final-rules';

const groupBy = <T,>(items: readonly T[], key: (item: T) => string) => {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
};

/** Up to `quota` of a lesson's questions: objectives in turn (fresh questions before repeats). */
function drawFromLesson(questions: readonly Question[], quota: number, seed: string, avoid: ReadonlySet<string>): Question[] {
  const fresh = questions.filter((q) => !avoid.has(q.id));
  const pool = fresh.length >= quota ? fresh : [...fresh, ...seededShuffle(questions.filter((q) => avoid.has(q.id)), `${seed}:again`)];
  const byObjective = groupBy(seededShuffle(pool, seed), (q) => q.objective);
  const queues = seededShuffle([...byObjective.keys()], `${seed}:objectives`).map((objective) => byObjective.get(objective)!);
  const picked: Question[] = [];
  while (picked.length < quota && queues.some((queue) => queue.length > 0)) {
    for (const queue of queues) {
      const next = queue.shift();
      if (next && picked.length < quota) picked.push(next);
    }
  }
  return picked;
}

/**
 * The ids of the questions to ask, in the order asked. `seed` names the attempt (e.g.
 * "final#2"); `avoid` holds the ids the previous attempt asked.
 */
export function drawFinal(bank: readonly Question[], seed: string, avoid: ReadonlySet<string> = new Set(), size = FINAL_SIZE): string[] {
  const byLesson = groupBy(bank, (q) => q.lesson);
  const lessons = [...byLesson.keys()];
  if (lessons.length === 0) return [];
  const base = Math.floor(size / lessons.length);
  const extra = new Set(seededShuffle(lessons, `${seed}:extra`).slice(0, size % lessons.length));
  const picked = lessons.flatMap((lesson) => drawFromLesson(byLesson.get(lesson)!, base + (extra.has(lesson) ? 1 : 0), `${seed}:${lesson}`, avoid));
  return seededShuffle(picked, `${seed}:order`).map((q) => q.id);
}
