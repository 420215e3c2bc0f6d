import { MYTH_OR_REALITY } from './present';
import type { Question } from './question';
import type { Grade, Response } from './response';

/**
 * Where a checked question stands:
 * - `correct`: the last check earned full marks;
 * - `wrong`: the last check did not, and the learner may try again (the right answer stays hidden);
 * - `revealed`: the answer has been shown (after a second wrong try, or on request).
 */
export type Stage = 'correct' | 'wrong' | 'revealed';

/** How one option (step, pair) is marked where it is shown: by icon and words as well as colour. */
export interface PlaceMark {
  /** right: the learner's right choice; wrong: the learner's wrong choice; answer: the correct answer, shown on reveal. */
  kind: 'right' | 'wrong' | 'answer';
  /** Short words read with the option ("Your answer: not right", "Correct answer"). */
  label: string;
  explanation?: string;
}

export type Mark = 'right' | 'wrong' | 'neutral';

/** One line of "Every option explained". */
export interface FeedbackLine {
  /** What the line is about: an option, a step, a pair. */
  label: string;
  mark: Mark;
  /** Short words for the mark ("Correct answer", "Not right"). */
  status: string;
  explanation: string;
}

export type Verdict = 'Correct' | 'Partly right' | 'Incorrect' | 'Answer shown';

export interface Feedback {
  /** "Partly right" only when some credit was earned. */
  verdict: Verdict;
  /** One or two sentences after the verdict: the credit and its rule in plain words, or what to do next. */
  summary: string;
  /** Marks on the options themselves, by option id (ordering: step id; matching: left-hand pair id). */
  marks: Record<string, PlaceMark[]>;
  /** Every option (step, pair) with its explanation; empty while the learner may still try again. */
  all: FeedbackLine[];
}

const pct = (n: number) => Math.round(n * 100);
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const ordinal = (n: number) => {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th'}`;
};

/** The number of checks after which the answer is shown by itself: one for a two-way choice (a second try could not miss). */
export function triesBeforeReveal(question: Question): number {
  if (question.type === 'myth-or-reality') return 1;
  if ((question.type === 'single' || question.type === 'scenario') && question.options.length <= 2) return 1;
  return 2;
}

interface Input {
  /** The learner's last checked response; null when it is not known (an answer shown before any check, or saved by an older version). */
  response: Response | null;
  /** The grade of that response (full marks are a `correct` stage). */
  result: Extract<Grade, { status: 'graded' }> | null;
  stage: Stage;
}

const REVEALED = 'The correct answer is marked “Correct answer” on the options, apart from your answer, with the reason for each.';

/** Builds what the learner reads after checking, or after the answer is shown. Pure; the component only lays it out. */
export function buildFeedback(question: Question, { response, result, stage }: Input): Feedback {
  const earned = result?.earned ?? 0;
  const wrongVerdict: Verdict = earned > 0 ? 'Partly right' : 'Incorrect';
  const verdict: Verdict = stage === 'correct' ? 'Correct' : stage === 'revealed' ? 'Answer shown' : wrongVerdict;
  const marks: Record<string, PlaceMark[]> = {};
  const add = (id: string, mark: PlaceMark) => {
    (marks[id] ??= []).push(mark);
  };
  const open = stage !== 'wrong';

  switch (question.type) {
    case 'single':
    case 'scenario':
    case 'myth-or-reality': {
      const options =
        question.type === 'myth-or-reality'
          ? MYTH_OR_REALITY.map(({ id, text }) => ({ id, text, correct: id === question.answer, explanation: question.explanations[id] }))
          : question.options;
      const choice = response && 'choice' in response ? response.choice : null;
      for (const o of options) {
        const chosen = o.id === choice;
        if (stage === 'correct' && chosen) add(o.id, { kind: 'right', label: 'Your answer: correct', explanation: o.explanation });
        if (stage === 'wrong' && chosen) add(o.id, { kind: 'wrong', label: 'Your answer: not right', explanation: o.explanation });
        if (stage === 'revealed') {
          if (chosen && !o.correct) add(o.id, { kind: 'wrong', label: 'Your answer: not right', explanation: o.explanation });
          if (o.correct) add(o.id, { kind: 'answer', label: 'Correct answer', explanation: o.explanation });
        }
      }
      const summary =
        stage === 'correct'
          ? ''
          : stage === 'revealed'
            ? REVEALED
            : 'Read why under your answer, then try again. The hint below may help.';
      const all = open
        ? options.map<FeedbackLine>((o) => ({
            label: o.text,
            mark: o.correct ? 'right' : 'neutral',
            status: o.correct ? 'Correct answer' : 'Not right',
            explanation: o.explanation,
          }))
        : [];
      return { verdict, summary, marks, all };
    }
    case 'multiple': {
      const chosen = new Set(response?.type === 'multiple' ? response.choices : []);
      const rightCount = question.options.filter((o) => o.correct).length;
      const rightChosen = question.options.filter((o) => o.correct && chosen.has(o.id)).length;
      const wrongChosen = question.options.filter((o) => !o.correct && chosen.has(o.id)).length;
      for (const o of question.options) {
        const picked = chosen.has(o.id);
        if (stage === 'revealed') {
          if (o.correct) add(o.id, { kind: 'answer', label: picked ? 'Correct answer, and you chose it' : 'Correct answer: you did not choose it', explanation: o.explanation });
          else if (picked) add(o.id, { kind: 'wrong', label: 'Your choice: should not be chosen', explanation: o.explanation });
        } else if (picked) {
          add(o.id, o.correct ? { kind: 'right', label: 'Your choice: right', explanation: o.explanation } : { kind: 'wrong', label: 'Your choice: should not be chosen', explanation: o.explanation });
        }
      }
      const rule = 'Each right choice earns an equal share of the mark, and each wrong choice takes one share back.';
      const found = `You chose ${rightChosen} of the ${rightCount} right options${wrongChosen ? ` and ${plural(wrongChosen, 'wrong one', 'wrong ones')}` : ''}.`;
      const summary =
        stage === 'correct'
          ? `You found all ${rightCount}.`
          : stage === 'revealed'
            ? REVEALED
            : earned > 0
              ? `${pct(earned)}% credit. ${found} ${rule}`
              : `No credit. ${found} ${rule}`;
      const all = open
        ? question.options.map<FeedbackLine>((o) => ({
            label: o.text,
            mark: o.correct ? 'right' : 'neutral',
            status: o.correct ? 'Correct answer: choose it' : 'Not right: leave it out',
            explanation: o.explanation,
          }))
        : [];
      return { verdict, summary, marks, all };
    }
    case 'ordering': {
      const ids = question.items.map((item) => item.id);
      const order = response?.type === 'ordering' ? response.order : [];
      order.forEach((id, place) => {
        const wanted = ids.indexOf(id);
        const follows = place === 0 ? wanted === 0 : ids.indexOf(order[place - 1] as string) + 1 === wanted;
        if (stage === 'revealed') {
          add(id, place === wanted ? { kind: 'right', label: `In its place: step ${wanted + 1}` } : { kind: 'wrong', label: `You placed it ${ordinal(place + 1)}; it belongs ${ordinal(wanted + 1)}` });
        } else if (stage === 'wrong') {
          if (place === 0) add(id, follows ? { kind: 'right', label: 'Right first step' } : { kind: 'wrong', label: 'Not the first step' });
          else add(id, follows ? { kind: 'right', label: 'Right after the step before' } : { kind: 'wrong', label: 'Does not follow the step before' });
        }
      });
      const pairs = ids.length - 1;
      const pairsRight = Math.round(earned * pairs);
      const rule = 'Credit counts the neighbouring steps in the right order, so one step out of place keeps most of it.';
      const summary =
        stage === 'correct'
          ? 'Every step is in order.'
          : stage === 'revealed'
            ? 'The correct order is listed below, step by step, with why. Your order is marked above.'
            : earned > 0
              ? `${pct(earned)}% credit: ${pairsRight} of ${pairs} neighbouring steps follow each other correctly. ${rule}`
              : `No credit: no step follows the one it should. ${rule}`;
      const all = open
        ? question.items.map<FeedbackLine>((item, index) => ({
            label: `${index + 1}. ${item.text}`,
            mark: 'right',
            status: `Correct answer: step ${index + 1}`,
            explanation: item.explanation,
          }))
        : [];
      return { verdict, summary, marks, all };
    }
    case 'matching': {
      const matches = response?.type === 'matching' ? response.matches : {};
      const rightOf = (id: string | null | undefined) => question.pairs.find((p) => p.id === id)?.right;
      let rightCount = 0;
      for (const pair of question.pairs) {
        const ok = matches[pair.id] === pair.id;
        if (ok) rightCount += 1;
        if (stage === 'correct' || (stage === 'wrong' && ok)) add(pair.id, { kind: 'right', label: 'Right match', explanation: pair.explanation });
        else if (stage === 'wrong') add(pair.id, { kind: 'wrong', label: 'Not the right match' });
        else if (stage === 'revealed') {
          if (ok) add(pair.id, { kind: 'right', label: 'Your match is right', explanation: pair.explanation });
          else {
            const mine = rightOf(matches[pair.id]);
            if (mine) add(pair.id, { kind: 'wrong', label: `Your answer: “${mine}”` });
            add(pair.id, { kind: 'answer', label: `Correct answer: “${pair.right}”`, explanation: pair.explanation });
          }
        }
      }
      const n = question.pairs.length;
      const summary =
        stage === 'correct'
          ? 'Every pair matches.'
          : stage === 'revealed'
            ? REVEALED
            : earned > 0
              ? `${pct(earned)}% credit: ${rightCount} of ${n} matches are right. Each right match earns an equal share of the mark.`
              : `No credit: none of the ${n} matches is right. Each right match earns an equal share of the mark.`;
      const all = open
        ? question.pairs.map<FeedbackLine>((pair) => ({ label: `${pair.left} → ${pair.right}`, mark: 'right', status: 'Correct answer', explanation: pair.explanation }))
        : [];
      return { verdict, summary, marks, all };
    }
  }
}
