/**
 * A quiz question as a room sees it: options lettered A, B, C… so people can raise hands
 * for a letter, and the answer with every option's explanation for the reveal. Pure;
 * nothing here knows about saved progress.
 */
import { initialOrder, matchingChoices, MYTH_OR_REALITY, presentedOptions } from '../quiz/lib/present';
import type { Question } from '../quiz/lib/question';

export interface RoomOption {
  id: string;
  letter: string;
  text: string;
  correct: boolean;
  explanation: string;
}

export interface RoomQuestion {
  /** What the room is asked to do. */
  instruction: string;
  /** The options the room answers with: lettered, in the order shown. */
  options: RoomOption[];
  /** A show of hands can be counted per option (choice questions, myth or reality). */
  countable: boolean;
  /** For matching: the items on the left, numbered; `options` then holds the right-hand side. */
  items?: { id: string; number: number; text: string }[];
  /** The answer in one line, shown on reveal ("Answer: B"). */
  answer: string;
  /** Every part of the answer with its reason, shown on reveal. */
  explained: { label: string; correct: boolean; explanation: string }[];
}

const letter = (i: number) => String.fromCharCode(65 + i);
const joinAnd = (parts: string[]) => (parts.length < 2 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`);

/** The same order in every window and every run: seeded by the question, not by a learner's attempt. */
export const ROOM_SEED = 'class';

export function roomQuestion(question: Question): RoomQuestion {
  switch (question.type) {
    case 'single':
    case 'scenario':
    case 'multiple': {
      const options = presentedOptions(question, ROOM_SEED).map((o, i) => ({ ...o, letter: letter(i) }));
      const right = options.filter((o) => o.correct).map((o) => o.letter);
      return {
        instruction:
          question.type === 'multiple'
            ? 'More than one can be right. Hands up for each one you would choose.'
            : `Hands up for the one you would choose: ${joinAnd(options.map((o) => o.letter)).replace(/ and /, ' or ')}.`,
        options,
        countable: true,
        answer: right.length > 1 ? `Answers: ${joinAnd(right)}` : `Answer: ${right[0] ?? ''}`,
        explained: options.map((o) => ({ label: `${o.letter}. ${o.text}`, correct: o.correct, explanation: o.explanation })),
      };
    }
    case 'myth-or-reality': {
      const options = MYTH_OR_REALITY.map(({ id, text }, i) => ({
        id,
        letter: letter(i),
        text,
        correct: question.answer === id,
        explanation: question.explanations[id],
      }));
      return {
        instruction: 'Myth or reality? Hands up for A (myth) or B (reality).',
        options,
        countable: true,
        answer: `Answer: ${question.answer === 'myth' ? 'A, myth' : 'B, reality'}`,
        explained: options.map((o) => ({ label: `${o.letter}. ${o.text}`, correct: o.correct, explanation: o.explanation })),
      };
    }
    case 'ordering': {
      const order = initialOrder(question, ROOM_SEED);
      const options = order.map((id, i) => {
        const item = question.items.find((it) => it.id === id);
        return { id, letter: letter(i), text: item?.text ?? id, correct: true, explanation: item?.explanation ?? '' };
      });
      const byId = new Map(options.map((o) => [o.id, o]));
      return {
        instruction: 'Put these steps in order. Call out the letters, first step first.',
        options,
        countable: false,
        answer: `Right order: ${question.items.map((item) => byId.get(item.id)?.letter ?? '').join(', ')}`,
        explained: question.items.map((item, i) => ({ label: `${i + 1}. ${byId.get(item.id)?.letter ?? ''}. ${item.text}`, correct: true, explanation: item.explanation })),
      };
    }
    case 'matching': {
      const choices = matchingChoices(question, ROOM_SEED).map((c, i) => ({ id: c.id, letter: letter(i), text: c.text, correct: true, explanation: '' }));
      const byId = new Map(choices.map((c) => [c.id, c]));
      return {
        instruction: 'Match each numbered item with a letter.',
        options: choices,
        countable: false,
        items: question.pairs.map((pair, i) => ({ id: pair.id, number: i + 1, text: pair.left })),
        answer: `Answer: ${question.pairs.map((pair, i) => `${i + 1} ${byId.get(pair.id)?.letter ?? ''}`).join(', ')}`,
        explained: question.pairs.map((pair, i) => ({
          label: `${i + 1}. ${pair.left} → ${byId.get(pair.id)?.letter ?? ''}. ${pair.right}`,
          correct: true,
          explanation: pair.explanation,
        })),
      };
    }
  }
}
