/** @jest-environment node */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { checkName, NAME_MAX } from '../../server/live/names.mjs';
import { messages, questionFacts as factsSchema } from '../../server/live/messages.mjs';
import { distribution, earned, misfit } from '../../server/live/tally.mjs';
import { questionFacts } from '../../src/live/facts';
import { correctResponse, grade } from '../../src/quiz/lib/grade';
import type { Question } from '../../src/quiz/lib/question';
import type { Response } from '../../src/quiz/lib/response';

const dir = path.resolve(__dirname, '../../lessons');
const questions: Question[] = readdirSync(dir)
  .filter((n) => n.endsWith('.questions.ts'))
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  .flatMap((n) => (require(path.join(dir, n)) as { default: Question[] }).default);

/** Some responses of every shape for a question: the right one, and rotations and subsets of it. */
function responses(q: Question): Response[] {
  const rotate = <T>(list: T[], by: number) => [...list.slice(by), ...list.slice(0, by)];
  switch (q.type) {
    case 'single':
    case 'scenario':
      return q.options.map((o) => ({ type: q.type, choice: o.id }) as Response);
    case 'multiple': {
      const ids = q.options.map((o) => o.id);
      return ids.flatMap((_, i) => [{ type: 'multiple' as const, choices: ids.slice(0, i + 1) }, { type: 'multiple' as const, choices: [ids[i]!] }]);
    }
    case 'myth-or-reality':
      return [{ type: q.type, choice: 'myth' }, { type: q.type, choice: 'reality' }];
    case 'ordering': {
      const ids = q.items.map((i) => i.id);
      return ids.map((_, i) => ({ type: 'ordering' as const, order: rotate(ids, i) })).concat([{ type: 'ordering', order: [...ids].reverse() }]);
    }
    case 'matching': {
      const ids = q.pairs.map((p) => p.id);
      return ids.map((_, i) => ({ type: 'matching' as const, matches: Object.fromEntries(ids.map((id, j) => [id, rotate(ids, i)[j]!])) }));
    }
  }
}

describe('the server grades and counts live answers as the quiz does', () => {
  it(`agrees with src/quiz/lib/grade.ts on every question of the course (${questions.length})`, () => {
    expect(questions.length).toBeGreaterThan(50);
    for (const q of questions) {
      const facts = questionFacts(q);
      expect(factsSchema.safeParse(facts).success).toBe(true);
      for (const r of [correctResponse(q), ...responses(q)]) {
        const quiz = grade(q, r);
        expect(messages['learner:answer'].safeParse({ round: 1, response: r }).success).toBe(true);
        expect(misfit(facts, r)).toBeNull();
        if (quiz.status !== 'graded') throw new Error(`${q.id}: ${quiz.message}`);
        expect([q.id, earned(facts, r)]).toEqual([q.id, quiz.earned]);
      }
    }
  });

  it('counts who chose each option, and each step or pair placed right', () => {
    const single = questionFacts(questions.find((q) => q.type === 'single')!);
    if (single.type !== 'single') throw new Error();
    const [a, b] = single.options;
    const d = distribution(single, [
      { type: 'single', choice: a!.id },
      { type: 'single', choice: a!.id },
      { type: 'single', choice: b!.id },
    ]);
    expect(d.answered).toBe(3);
    expect(d.bars.find((bar) => bar.id === a!.id)?.count).toBe(2);
    expect(d.bars.find((bar) => bar.id === b!.id)?.count).toBe(1);
    expect(d.right).toBe((a!.correct ? 2 : 0) + (b!.correct ? 1 : 0));

    const ordering = questionFacts(questions.find((q) => q.type === 'ordering')!);
    if (ordering.type !== 'ordering') throw new Error();
    const swapped = [ordering.items[1]!, ordering.items[0]!, ...ordering.items.slice(2)];
    const o = distribution(ordering, [
      { type: 'ordering', order: ordering.items },
      { type: 'ordering', order: swapped },
    ]);
    expect(o.bars.map((bar) => bar.count)).toEqual(ordering.items.map((_, i) => (i < 2 ? 1 : 2)));
    expect(o.right).toBe(1);
  });

  it('refuses answers that do not fit: wrong type, unknown option, a step twice, a missing match', () => {
    const byType = (t: Question['type']) => questionFacts(questions.find((q) => q.type === t)!);
    expect(misfit(byType('single'), { type: 'multiple', choices: ['x'] })).toMatch(/does not fit/);
    expect(misfit(byType('single'), { type: 'single', choice: 'nope' })).toMatch(/not one of the options/);
    const ordering = byType('ordering');
    if (ordering.type !== 'ordering') throw new Error();
    expect(misfit(ordering, { type: 'ordering', order: [ordering.items[0]!, ...ordering.items.slice(0, -1)] })).toMatch(/exactly once/);
    const matching = byType('matching');
    if (matching.type !== 'matching') throw new Error();
    expect(misfit(matching, { type: 'matching', matches: { [matching.pairs[0]!]: matching.pairs[0]! } })).toMatch(/every item/);
  });
});

describe('display names', () => {
  it('takes a name as typed, trimmed, and refuses empty, over-long, control characters and blocked words', () => {
    expect(checkName('  Ada  Lovelace ')).toEqual({ ok: true, name: 'Ada Lovelace' });
    expect(checkName('Scunthorpe United')).toMatchObject({ ok: true });
    expect(checkName('<b>Bo</b>')).toEqual({ ok: true, name: '<b>Bo</b>' });
    expect(checkName('')).toMatchObject({ ok: false });
    expect(checkName('x'.repeat(NAME_MAX + 1))).toMatchObject({ ok: false });
    expect(checkName('Ada\u202E')).toMatchObject({ ok: false });
    for (const rude of ['shit', 'Sh1t head', 'f u c k', 'BITCHES', 'wank3r']) expect([rude, checkName(rude).ok]).toEqual([rude, false]);
  });

  it('adds the trainer’s own words for a room', () => {
    expect(checkName('Team Rocket').ok).toBe(true);
    expect(checkName('Team Rocket', ['rocket']).ok).toBe(false);
  });
});

describe('the CSP lets pages reach the live class on their own origin only', () => {
  it('names ws:// for an http site and wss:// for an https one, beside self', async () => {
    const { siteCsp, securityHeadersFor } = await import('../../server/headers.mjs');
    expect(siteCsp([], { origin: 'http://127.0.0.1:4173' })).toContain("connect-src 'self' ws://127.0.0.1:4173;");
    expect(securityHeadersFor([], { origin: 'https://course.example.org' })['Content-Security-Policy']).toContain("connect-src 'self' wss://course.example.org;");
    expect(siteCsp([])).toContain("connect-src 'self';");
  });
});
