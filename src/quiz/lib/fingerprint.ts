import type { Question } from './question';
import { hashString } from './shuffle';

/**
 * A short hash of what decides a question's answer: its type, prompt (and a scenario's
 * situation) and the ids and correctness of its options (or items, pairs, answer). Saved
 * with each answer, so an answer to a question that has since changed is recognised as
 * stale and never counted.
 * Rewording an explanation or a hint does not change it.
 */
const cache = new WeakMap<Question, string>();

export function fingerprint(question: Question): string {
  const known = cache.get(question);
  if (known) return known;
  const key: unknown[] = [question.type, question.prompt];
  switch (question.type) {
    case 'single':
    case 'multiple':
      key.push(question.options.map((o) => [o.id, o.text, o.correct]));
      break;
    case 'scenario':
      // The situation decides which approach is right, as much as the prompt does.
      key.push(question.scenario, question.options.map((o) => [o.id, o.text, o.correct]));
      break;
    case 'myth-or-reality':
      key.push(question.answer);
      break;
    case 'ordering':
      key.push(question.items.map((i) => [i.id, i.text]));
      break;
    case 'matching':
      key.push(question.pairs.map((p) => [p.id, p.left, p.right]));
      break;
  }
  const value = hashString(JSON.stringify(key)).toString(36);
  cache.set(question, value); // questions are immutable data; selectors ask often
  return value;
}
