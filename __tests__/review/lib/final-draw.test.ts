/**
 * Property tests for the final assessment's draw, over many seeds (a seeded loop: the
 * properties are simple counts, so fast-check would add a dependency without finding more).
 * Run on the real question bank and on generated banks of other shapes.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Question } from '../../../src/quiz/lib/question';
import { mulberry32 } from '../../../src/quiz/lib/shuffle';
import { drawFinal } from '../../../src/review/lib/final-draw';
import { FINAL_SIZE } from '../../../src/review/lib/final-rules';

const lessonsDir = path.resolve(__dirname, '../../../lessons');
const bank: Question[] = readdirSync(lessonsDir)
  .filter((file) => file.endsWith('.questions.ts'))
  .sort()
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  .flatMap((file) => (require(path.join(lessonsDir, file)) as { default: Question[] }).default);
const byId = new Map(bank.map((q) => [q.id, q]));
const SEEDS = Array.from({ length: 200 }, (_, i) => `final#${i + 1}`);

const countBy = (ids: readonly string[], key: (q: Question) => string, of: Map<string, Question> = byId) => {
  const counts = new Map<string, number>();
  for (const id of ids) counts.set(key(of.get(id)!), (counts.get(key(of.get(id)!)) ?? 0) + 1);
  return counts;
};
const spread = (values: Iterable<number>) => Math.max(...values) - Math.min(...values);

/** Within each lesson, how unevenly its objectives were asked (0 for objectives it has but were not drawn). */
function objectiveSpreads(ids: readonly string[], of: Map<string, Question>, questions: readonly Question[]) {
  const lessons = new Set(questions.map((q) => q.lesson));
  return [...lessons].map((lesson) => {
    const objectives = new Set(questions.filter((q) => q.lesson === lesson).map((q) => q.objective));
    const drawn = countBy(
      ids.filter((id) => of.get(id)!.lesson === lesson),
      (q) => q.objective,
      of,
    );
    return spread([...objectives].map((o) => drawn.get(o) ?? 0));
  });
}

describe('drawing the final assessment from the course’s bank', () => {
  it('asks 15–20 questions, with no repeats, for every seed', () => {
    expect(FINAL_SIZE).toBeGreaterThanOrEqual(15);
    expect(FINAL_SIZE).toBeLessThanOrEqual(20);
    for (const seed of SEEDS) {
      const ids = drawFinal(bank, seed);
      expect(ids).toHaveLength(FINAL_SIZE);
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) expect(byId.has(id)).toBe(true);
    }
  });

  it('takes the same number from every lesson, and spreads each lesson’s share across its objectives', () => {
    const lessons = new Set(bank.map((q) => q.lesson));
    for (const seed of SEEDS) {
      const ids = drawFinal(bank, seed);
      const perLesson = countBy(ids, (q) => q.lesson);
      expect(perLesson.size).toBe(lessons.size);
      expect(spread(perLesson.values())).toBeLessThanOrEqual(1);
      for (const s of objectiveSpreads(ids, byId, bank)) expect(s).toBeLessThanOrEqual(1);
    }
  });

  it('draws a different set on a retake: none of the previous attempt’s questions, still balanced', () => {
    for (let n = 1; n < SEEDS.length; n += 1) {
      const before = drawFinal(bank, `final#${n}`);
      const retake = drawFinal(bank, `final#${n + 1}`, new Set(before));
      expect(retake).toHaveLength(FINAL_SIZE);
      expect(retake.filter((id) => before.includes(id))).toEqual([]);
      expect(spread(countBy(retake, (q) => q.lesson).values())).toBeLessThanOrEqual(1);
      for (const s of objectiveSpreads(retake, byId, bank)) expect(s).toBeLessThanOrEqual(1);
    }
  });

  it('is the same draw for the same attempt (a reload shows the same assessment), and another for another', () => {
    expect(drawFinal(bank, 'final#3')).toEqual(drawFinal(bank, 'final#3'));
    const distinct = new Set(SEEDS.map((seed) => drawFinal(bank, seed).slice().sort().join()));
    expect(distinct.size).toBeGreaterThan(SEEDS.length * 0.9);
  });
});

describe('drawing from banks of other shapes', () => {
  /** A random bank: 2–12 lessons of 1–15 questions over 1–5 objectives each. */
  function randomBank(seed: number): Question[] {
    const random = mulberry32(seed);
    const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
    return Array.from({ length: int(2, 12) }, (_, l) =>
      Array.from({ length: int(1, 15) }, (_, i) => {
        const objectives = int(1, 5);
        return { ...bank[0]!, id: `l${l}-q${i}`, lesson: `lesson-${l}`, objective: `o${int(1, objectives)}` } as Question;
      }),
    ).flat();
  }

  it('never repeats, never asks more than the bank holds, gives each lesson its share (or all it has), and takes objectives in turn', () => {
    for (let seed = 1; seed <= 300; seed += 1) {
      const questions = randomBank(seed);
      const of = new Map(questions.map((q) => [q.id, q]));
      const ids = drawFinal(questions, `final#${seed}`);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.length).toBeLessThanOrEqual(Math.min(FINAL_SIZE, questions.length));
      const lessons = [...new Set(questions.map((q) => q.lesson))];
      const base = Math.floor(FINAL_SIZE / lessons.length);
      const perLesson = countBy(ids, (q) => q.lesson, of);
      for (const lesson of lessons) {
        const available = questions.filter((q) => q.lesson === lesson).length;
        expect(perLesson.get(lesson) ?? 0).toBeGreaterThanOrEqual(Math.min(base, available));
        expect(perLesson.get(lesson) ?? 0).toBeLessThanOrEqual(base + 1);
      }
      // Objectives in turn: one is asked more than another by two or more only once the other has run out.
      for (const lesson of lessons) {
        const inLesson = questions.filter((q) => q.lesson === lesson);
        const available = countBy(inLesson.map((q) => q.id), (q) => q.objective, of);
        const drawn = countBy(ids.filter((id) => of.get(id)!.lesson === lesson), (q) => q.objective, of);
        for (const [a] of available) for (const [b, bHas] of available) {
          if ((drawn.get(a) ?? 0) - (drawn.get(b) ?? 0) > 1) expect(drawn.get(b) ?? 0).toBe(bHas);
        }
      }
    }
  });
});
