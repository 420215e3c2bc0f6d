import { grade } from '../../../src/quiz/lib/grade';
import { attemptSeed, initialOrder, matchingChoices, presentedOptions } from '../../../src/quiz/lib/present';
import { hashString, newSeed, seededDerangedOrder, seededShuffle } from '../../../src/quiz/lib/shuffle';
import { expectGraded, matchingQuestion, multipleQuestion, mythQuestion, orderingQuestion, scenarioQuestion, singleQuestion } from './sample-questions';

const seeds = (count: number) => Array.from({ length: count }, (_, i) => `seed-${i}`);
const sorted = <T>(list: readonly T[]) => [...list].sort();
const ids = (list: readonly { id: string }[]) => list.map((item) => item.id);

describe('hashString', () => {
  it('is 32-bit FNV-1a (known test vectors)', () => {
    expect(hashString('')).toBe(0x811c9dc5);
    expect(hashString('a')).toBe(0xe40c292c);
    expect(hashString('foobar')).toBe(0xbf9cf968);
  });
});

describe('seededShuffle', () => {
  const items = ['a', 'b', 'c', 'd', 'e', 'f'];

  it('gives the same order for the same seed, every time', () => {
    for (const seed of seeds(20)) expect(seededShuffle(items, seed)).toEqual(seededShuffle([...items], seed));
  });

  it('returns a permutation: nothing lost, nothing duplicated', () => {
    for (const seed of seeds(200)) expect(sorted(seededShuffle(items, seed))).toEqual(items);
  });

  it('does not change the list it is given', () => {
    const input = Object.freeze([...items]);
    seededShuffle(input, 'any');
    expect(input).toEqual(items);
  });

  it('usually gives a different order for a different seed', () => {
    const orders = new Set(seeds(100).map((seed) => seededShuffle(items, seed).join('')));
    // 720 possible orders: 100 seeds should land on (almost) 100 different ones.
    expect(orders.size).toBeGreaterThan(90);
  });

  it('reaches every order of three items, each about equally often (an unbiased Fisher–Yates)', () => {
    const counts = new Map<string, number>();
    for (const seed of seeds(6000)) {
      const key = seededShuffle(['a', 'b', 'c'], seed).join('');
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    expect(sorted([...counts.keys()])).toEqual(['abc', 'acb', 'bac', 'bca', 'cab', 'cba']);
    for (const count of counts.values()) {
      expect(count).toBeGreaterThan(800);
      expect(count).toBeLessThan(1200);
    }
  });

  it('handles empty and one-item lists', () => {
    expect(seededShuffle([], 's')).toEqual([]);
    expect(seededShuffle(['only'], 's')).toEqual(['only']);
  });
});

describe('seededDerangedOrder', () => {
  it('never returns the original order of two items: always swaps them', () => {
    for (const seed of seeds(200)) expect(seededDerangedOrder(['a', 'b'], seed)).toEqual(['b', 'a']);
  });

  it.each([3, 4, 5, 7])('never returns the original order of %i items, and returns a permutation', (count) => {
    const items = Array.from({ length: count }, (_, i) => `i${i}`);
    for (const seed of seeds(1000)) {
      const order = seededDerangedOrder(items, seed);
      expect(order).not.toEqual(items);
      expect(sorted(order)).toEqual(sorted(items));
    }
  });

  it('is stable for a seed', () => {
    expect(seededDerangedOrder(['a', 'b', 'c', 'd'], 'x')).toEqual(seededDerangedOrder(['a', 'b', 'c', 'd'], 'x'));
  });

  it('returns lists too short to reorder unchanged', () => {
    expect(seededDerangedOrder([], 's')).toEqual([]);
    expect(seededDerangedOrder(['only'], 's')).toEqual(['only']);
  });
});

describe('newSeed', () => {
  it('gives a non-empty string, different each time', () => {
    const made = new Set(Array.from({ length: 50 }, () => newSeed()));
    expect(made.size).toBe(50);
    for (const seed of made) expect(seed).toMatch(/^[a-z0-9]+$/);
  });
});

describe('attemptSeed', () => {
  it('is the same for the same quiz and attempt (a reload), and differs between attempts and quizzes', () => {
    expect(attemptSeed('quiz-a', 1)).toBe(attemptSeed('quiz-a', 1));
    expect(attemptSeed('quiz-a', 1)).not.toBe(attemptSeed('quiz-a', 2));
    expect(attemptSeed('quiz-a', 1)).not.toBe(attemptSeed('quiz-b', 1));
  });
});

describe('presentedOptions', () => {
  describe.each([
    ['single', singleQuestion],
    ['multiple', multipleQuestion],
  ] as const)('for %s choice', (_type, make) => {
    const question = make();
    const authored = ids(question.options);

    it('gives the same order for the same attempt, also after a reload (new objects)', () => {
      const seed = attemptSeed('quiz-a', 3);
      const first = ids(presentedOptions(question, seed));
      expect(ids(presentedOptions(question, seed))).toEqual(first);
      expect(ids(presentedOptions(structuredClone(make()), attemptSeed('quiz-a', 3)))).toEqual(first);
    });

    it('usually gives a different order in a different attempt', () => {
      let changed = 0;
      for (let attempt = 1; attempt <= 50; attempt += 1) {
        const before = ids(presentedOptions(question, attemptSeed('quiz-a', attempt))).join();
        const after = ids(presentedOptions(question, attemptSeed('quiz-a', attempt + 1))).join();
        if (before !== after) changed += 1;
      }
      expect(changed).toBeGreaterThanOrEqual(40);
    });

    it('shuffles: not always the authored order', () => {
      const orders = new Set(seeds(50).map((seed) => ids(presentedOptions(question, seed)).join()));
      expect(orders.size).toBeGreaterThan(10);
    });

    it('shows every option exactly once, with its content', () => {
      for (const seed of seeds(100)) {
        const shown = presentedOptions(question, seed);
        expect(sorted(ids(shown))).toEqual(sorted(authored));
        for (const option of shown) expect(option).toEqual(question.options.find((o) => o.id === option.id));
      }
    });

    it('keeps the authored order when the author fixed it', () => {
      const fixed = { ...make(), fixedOrder: true };
      for (const seed of seeds(50)) expect(ids(presentedOptions(fixed, seed))).toEqual(authored);
    });

    it('shuffles two questions with the same options differently in one attempt (the seed includes the question)', () => {
      const other = { ...make('another-question') };
      const differ = seeds(30).filter((seed) => ids(presentedOptions(question, seed)).join() !== ids(presentedOptions(other, seed)).join());
      expect(differ.length).toBeGreaterThan(20);
    });
  });

  it('never shuffles scenario options', () => {
    const question = scenarioQuestion();
    for (const seed of seeds(100)) expect(ids(presentedOptions(question, seed))).toEqual(['x', 'y', 'z']);
  });

  it('never shuffles myth or reality: it has no options to reorder', () => {
    for (const seed of seeds(20)) expect(presentedOptions(mythQuestion(), seed)).toEqual([]);
  });
});

describe('initialOrder (ordering questions)', () => {
  it.each([2, 3, 4, 5, 7])('is never already correct with %i items, over many seeds', (count) => {
    const question = orderingQuestion('sample-ordering', count);
    const right = ids(question.items);
    for (let attempt = 1; attempt <= 500; attempt += 1) {
      const order = initialOrder(question, attemptSeed('quiz-a', attempt));
      expect(order).not.toEqual(right);
      expect(sorted(order)).toEqual(sorted(right));
      expect(expectGraded(grade(question, { type: 'ordering', order })).correct).toBe(false);
    }
  });

  it('is the same for the same attempt (a reload)', () => {
    const seed = attemptSeed('quiz-a', 1);
    expect(initialOrder(orderingQuestion(), seed)).toEqual(initialOrder(structuredClone(orderingQuestion()), seed));
  });

  it('starts two ordering questions differently in one attempt (the seed includes the question)', () => {
    const differ = seeds(30).filter(
      (seed) => initialOrder(orderingQuestion('ordering-one'), seed).join() !== initialOrder(orderingQuestion('ordering-two'), seed).join(),
    );
    expect(differ.length).toBeGreaterThan(20);
  });

  it('usually differs between attempts', () => {
    const orders = new Set(Array.from({ length: 50 }, (_, i) => initialOrder(orderingQuestion(), attemptSeed('quiz-a', i + 1)).join()));
    expect(orders.size).toBeGreaterThan(30);
  });
});

describe('matchingChoices', () => {
  const question = matchingQuestion();

  it('offers every right-hand side once, each with its own pair id', () => {
    for (const seed of seeds(100)) {
      const choices = matchingChoices(question, seed);
      expect(sorted(ids(choices))).toEqual(['p1', 'p2', 'p3', 'p4']);
      for (const choice of choices) expect(choice.text).toBe(question.pairs.find((p) => p.id === choice.id)?.right);
    }
  });

  it('shuffles the choices: not always in the order of the left-hand items', () => {
    const orders = new Set(seeds(50).map((seed) => ids(matchingChoices(question, seed)).join()));
    expect(orders.size).toBeGreaterThan(10);
  });

  it('shuffles two matching questions differently in one attempt (the seed includes the question)', () => {
    const other = matchingQuestion('another-matching');
    const differ = seeds(30).filter((seed) => ids(matchingChoices(question, seed)).join() !== ids(matchingChoices(other, seed)).join());
    expect(differ.length).toBeGreaterThan(20);
  });

  it('is the same for the same attempt (a reload) and usually differs between attempts', () => {
    const seed = attemptSeed('quiz-a', 1);
    expect(matchingChoices(question, seed)).toEqual(matchingChoices(structuredClone(matchingQuestion()), seed));
    let changed = 0;
    for (let attempt = 1; attempt <= 50; attempt += 1) {
      const before = ids(matchingChoices(question, attemptSeed('quiz-a', attempt))).join();
      if (before !== ids(matchingChoices(question, attemptSeed('quiz-a', attempt + 1))).join()) changed += 1;
    }
    expect(changed).toBeGreaterThanOrEqual(40);
  });
});
