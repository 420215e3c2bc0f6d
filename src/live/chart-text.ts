/**
 * How a reveal reads: a label for each bar of the room's answers, what the bars count, and the
 * right answer in words. Pure.
 */
import { MYTH_OR_REALITY } from '../quiz/lib/present';
import type { Question } from '../quiz/lib/question';
import type { Bar } from './protocol';

export interface LabelledBar extends Bar {
  label: string;
}

export interface ChartText {
  /** What one bar counts, said once above the chart. */
  caption: string;
  bars: LabelledBar[];
  /** Whether a bar can be the right answer (choices, myth or reality), to mark after the reveal. */
  marksRight: boolean;
}

function label(question: Question, id: string): string {
  switch (question.type) {
    case 'single':
    case 'scenario':
    case 'multiple':
      return question.options.find((o) => o.id === id)?.text ?? id;
    case 'myth-or-reality':
      return MYTH_OR_REALITY.find((answer) => answer.id === id)?.text ?? id;
    case 'ordering': {
      const index = question.items.findIndex((item) => item.id === id);
      return `Step ${index + 1}: ${question.items[index]?.text ?? id}`;
    }
    case 'matching': {
      const pair = question.pairs.find((p) => p.id === id);
      return pair ? `${pair.left} → ${pair.right}` : id;
    }
  }
}

export function chartText(question: Question, bars: readonly Bar[]): ChartText {
  const caption =
    question.type === 'ordering'
      ? 'How many put each step in its right place'
      : question.type === 'matching'
        ? 'How many matched each pair rightly'
        : question.type === 'multiple'
          ? 'How many selected each option'
          : 'How many chose each answer';
  const marksRight = question.type !== 'ordering' && question.type !== 'matching';
  return { caption, marksRight, bars: bars.map((bar) => ({ ...bar, label: label(question, bar.id) })) };
}

/** The right answer in a sentence. */
export function rightAnswer(question: Question): string {
  switch (question.type) {
    case 'single':
    case 'scenario':
      return `The right answer: ${question.options.find((o) => o.correct)?.text ?? ''}`;
    case 'multiple':
      return `The right answers: ${question.options
        .filter((o) => o.correct)
        .map((o) => o.text)
        .join('; ')}`;
    case 'myth-or-reality':
      return `It is a ${question.answer}.`;
    case 'ordering':
      return `The right order: ${question.items.map((item, i) => `${i + 1}. ${item.text}`).join(' ')}`;
    case 'matching':
      return `The right pairs: ${question.pairs.map((p) => `${p.left} → ${p.right}`).join('; ')}`;
  }
}
