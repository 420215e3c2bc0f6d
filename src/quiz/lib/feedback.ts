import type { Question } from './question';
import type { Grade, Response } from './response';

export type Mark = 'right' | 'wrong' | 'missed' | 'neutral';

export interface FeedbackLine {
  /** What the line is about: an option, a step, a pair. */
  label: string;
  mark: Mark;
  /** Short words for the mark, read before the explanation ("Your answer, correct"). */
  status: string;
  explanation: string;
}

export interface Feedback {
  verdict: 'Correct' | 'Incorrect';
  /** One sentence after the verdict: partial credit, what the answer was. */
  summary: string;
  /** Lines for the learner's own choice(s) and the right answer: read out in the result. */
  main: FeedbackLine[];
  /** Every option (step, pair) with its explanation. */
  all: FeedbackLine[];
}

const pct = (n: number) => Math.round(n * 100);

/** Builds what the learner reads after checking. Pure; the component only lays it out. */
export function buildFeedback(question: Question, response: Response, result: Extract<Grade, { status: 'graded' }>): Feedback {
  const verdict = result.correct ? 'Correct' : 'Incorrect';
  switch (question.type) {
    case 'single':
    case 'scenario': {
      const choice = response.type === question.type ? response.choice : null;
      const all = question.options.map<FeedbackLine>((o) => {
        const chosen = o.id === choice;
        const mark: Mark = chosen ? (o.correct ? 'right' : 'wrong') : o.correct ? 'missed' : 'neutral';
        const status = chosen ? (o.correct ? 'Your answer, correct' : 'Your answer, not right') : o.correct ? 'The right answer' : 'Not right';
        return { label: o.text, mark, status, explanation: o.explanation };
      });
      const main = all.filter((line) => line.mark !== 'neutral');
      const right = question.options.find((o) => o.correct);
      return { verdict, summary: result.correct ? '' : `The right answer is “${right?.text ?? ''}”.`, main, all };
    }
    case 'multiple': {
      const chosen = new Set(response.type === 'multiple' ? response.choices : []);
      const all = question.options.map<FeedbackLine>((o) => {
        const picked = chosen.has(o.id);
        const mark: Mark = picked ? (o.correct ? 'right' : 'wrong') : o.correct ? 'missed' : 'neutral';
        const status = picked
          ? o.correct
            ? 'You selected it: correct'
            : 'You selected it: should not be selected'
          : o.correct
            ? 'You missed it: should be selected'
            : 'Not selected: correctly left out';
        return { label: o.text, mark, status, explanation: o.explanation };
      });
      const rightCount = question.options.filter((o) => o.correct).length;
      const summary = result.correct
        ? `You found all ${rightCount}.`
        : `Partly right: ${pct(result.earned)}% credit. ${rightCount} of the options are correct.`;
      return { verdict, summary, main: all.filter((line) => line.mark !== 'neutral'), all };
    }
    case 'myth-or-reality': {
      const choice = response.type === 'myth-or-reality' ? response.choice : null;
      const name = (a: 'myth' | 'reality') => (a === 'myth' ? 'Myth' : 'Reality');
      const all = (['myth', 'reality'] as const).map<FeedbackLine>((a) => ({
        label: name(a),
        mark: a === choice ? (a === question.answer ? 'right' : 'wrong') : a === question.answer ? 'missed' : 'neutral',
        status: a === choice ? 'Your answer' : a === question.answer ? 'The right answer' : 'Not right',
        explanation: question.explanations[a],
      }));
      return { verdict, summary: `It is a ${question.answer}.`, main: all.filter((l) => l.mark !== 'neutral'), all };
    }
    case 'ordering': {
      const order = response.type === 'ordering' ? response.order : [];
      const all = question.items.map<FeedbackLine>((item, index) => {
        const placed = order.indexOf(item.id);
        const right = placed === index;
        return {
          label: `${index + 1}. ${item.text}`,
          mark: right ? 'right' : 'wrong',
          status: right ? 'In the right place' : `You placed it ${placed + 1}${placed + 1 === 1 ? 'st' : placed + 1 === 2 ? 'nd' : placed + 1 === 3 ? 'rd' : 'th'}`,
          explanation: item.explanation,
        };
      });
      const pairs = question.items.length - 1;
      const pairsRight = Math.round(result.earned * pairs);
      const summary = result.correct
        ? 'Every step is in order.'
        : `${pairsRight} of ${pairs} neighbouring steps follow each other correctly (${pct(result.earned)}% credit). The right order is shown below.`;
      return { verdict, summary, main: result.correct ? [] : all, all };
    }
    case 'matching': {
      const matches = response.type === 'matching' ? response.matches : {};
      const all = question.pairs.map<FeedbackLine>((pair) => {
        const chosen = question.pairs.find((p) => p.id === matches[pair.id]);
        const right = matches[pair.id] === pair.id;
        return {
          label: `${pair.left} → ${pair.right}`,
          mark: right ? 'right' : 'wrong',
          status: right ? 'You matched it correctly' : `You chose “${chosen?.right ?? 'nothing'}”`,
          explanation: pair.explanation,
        };
      });
      const rightCount = all.filter((l) => l.mark === 'right').length;
      const summary = result.correct ? 'Every pair matches.' : `${rightCount} of ${question.pairs.length} pairs are right.`;
      return { verdict, summary, main: all.filter((l) => l.mark === 'wrong'), all };
    }
  }
}
