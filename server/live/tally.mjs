/**
 * Checking, grading and counting answers against a question's facts (messages.mjs). Pure.
 * Grading follows src/quiz/lib/grade.ts (partial credit for multiple select, ordering and
 * matching); __tests__/server/live-tally.test.ts holds the two together on every question.
 */

/** @param {any} facts @param {any} response @returns {string | null} why the answer does not fit, or null */
export function misfit(facts, response) {
  if (response.type !== facts.type) return 'That answer does not fit this question.';
  switch (facts.type) {
    case 'single':
    case 'scenario':
      return facts.options.some((o) => o.id === response.choice) ? null : 'That answer is not one of the options.';
    case 'multiple': {
      const chosen = new Set(response.choices);
      if (chosen.size !== response.choices.length) return 'An option is chosen twice.';
      return response.choices.every((c) => facts.options.some((o) => o.id === c)) ? null : 'That answer is not one of the options.';
    }
    case 'myth-or-reality':
      return null;
    case 'ordering': {
      const order = response.order;
      const ok = order.length === facts.items.length && new Set(order).size === order.length && order.every((i) => facts.items.includes(i));
      return ok ? null : 'Place every step exactly once.';
    }
    case 'matching': {
      const keys = Object.keys(response.matches);
      const ok = keys.length === facts.pairs.length && facts.pairs.every((p) => facts.pairs.includes(response.matches[p]));
      return ok ? null : 'Choose a match for every item first.';
    }
    default:
      return 'Unknown question type.';
  }
}

/** Points out of one, as src/quiz/lib/grade.ts gives them. The response must fit (see `misfit`). */
export function earned(facts, response) {
  switch (facts.type) {
    case 'single':
    case 'scenario':
      return facts.options.find((o) => o.id === response.choice)?.correct ? 1 : 0;
    case 'multiple': {
      const chosen = new Set(response.choices);
      const correct = facts.options.filter((o) => o.correct);
      const right = correct.filter((o) => chosen.has(o.id)).length;
      const wrong = facts.options.filter((o) => !o.correct && chosen.has(o.id)).length;
      if (right === correct.length && wrong === 0) return 1;
      return Math.max(0, Math.min((right - wrong) / correct.length, 0.99));
    }
    case 'myth-or-reality':
      return response.choice === facts.answer ? 1 : 0;
    case 'ordering': {
      const ids = facts.items;
      if (ids.length < 2) return 1;
      let inPlace = 0;
      for (let i = 0; i < response.order.length - 1; i += 1) {
        if (ids.indexOf(response.order[i]) + 1 === ids.indexOf(response.order[i + 1])) inPlace += 1;
      }
      return inPlace / (ids.length - 1);
    }
    case 'matching':
      return facts.pairs.filter((id) => response.matches[id] === id).length / facts.pairs.length;
    default:
      return 0;
  }
}

/**
 * The room's answers as bars: for choice questions, how many chose each option; for myth or
 * reality, each side; for ordering, how many put each step in its right place; for matching,
 * how many matched each item rightly. `right` counts the answers with full marks.
 * @param {any} facts @param {Iterable<any>} responses
 * @returns {{ answered: number, right: number, bars: { id: string, count: number, correct: boolean }[] }}
 */
export function distribution(facts, responses) {
  const bars =
    facts.type === 'myth-or-reality'
      ? ['myth', 'reality'].map((id) => ({ id, count: 0, correct: facts.answer === id }))
      : facts.type === 'ordering'
        ? facts.items.map((id) => ({ id, count: 0, correct: true }))
        : facts.type === 'matching'
          ? facts.pairs.map((id) => ({ id, count: 0, correct: true }))
          : facts.options.map((o) => ({ id: o.id, count: 0, correct: o.correct }));
  const bar = new Map(bars.map((b) => [b.id, b]));
  let answered = 0;
  let right = 0;
  for (const r of responses) {
    answered += 1;
    if (earned(facts, r) === 1) right += 1;
    const hits =
      r.type === 'multiple'
        ? r.choices
        : r.type === 'ordering'
          ? r.order.filter((id, i) => facts.items[i] === id)
          : r.type === 'matching'
            ? facts.pairs.filter((id) => r.matches[id] === id)
            : [r.choice];
    for (const id of hits) {
      const b = bar.get(id);
      if (b) b.count += 1;
    }
  }
  return { answered, right, bars };
}
