import type { Question } from '../quiz/lib/question';

/**
 * What the live server needs of a question to check and count answers: its ids and the right
 * answer, no text (server/live/messages.mjs `questionFacts`). Only the trainer's console sends
 * it, with the room's host token. Pure.
 */
export type QuestionFacts =
  | { type: 'single' | 'scenario' | 'multiple'; id: string; lesson: string; options: { id: string; correct: boolean }[] }
  | { type: 'myth-or-reality'; id: string; lesson: string; answer: 'myth' | 'reality' }
  | { type: 'ordering'; id: string; lesson: string; items: string[] }
  | { type: 'matching'; id: string; lesson: string; pairs: string[] };

export function questionFacts(question: Question): QuestionFacts {
  const { id, lesson } = question;
  switch (question.type) {
    case 'single':
    case 'scenario':
    case 'multiple':
      return { type: question.type, id, lesson, options: question.options.map((o) => ({ id: o.id, correct: o.correct })) };
    case 'myth-or-reality':
      return { type: 'myth-or-reality', id, lesson, answer: question.answer };
    case 'ordering':
      return { type: 'ordering', id, lesson, items: question.items.map((item) => item.id) };
    case 'matching':
      return { type: 'matching', id, lesson, pairs: question.pairs.map((pair) => pair.id) };
  }
}
