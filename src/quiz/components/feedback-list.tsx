import type { FeedbackLine, PlaceMark } from '../lib/feedback';

const lineIcon = { right: '✓', wrong: '✗', neutral: '·' } as const;
const markIcon = { right: '✓', wrong: '✗', answer: '✓' } as const;

/** Explanations, each marked with an icon and words (never colour alone). */
export function FeedbackList({ lines }: { lines: readonly FeedbackLine[] }) {
  if (lines.length === 0) return null;
  return (
    <ul className="feedback-list">
      {lines.map((line) => (
        <li key={line.label} className={`feedback-line feedback-line--${line.mark}`}>
          <span aria-hidden="true" className="feedback-line__icon">
            {lineIcon[line.mark]}
          </span>
          <span>
            <strong>{line.label}</strong> <span className="feedback-line__status">({line.status})</span>: {line.explanation}
          </span>
        </li>
      ))}
    </ul>
  );
}

/**
 * The marks on one option (step, pair), shown where the option is: an icon, words ("Your answer:
 * not right", "Correct answer") and colour, then why. `id` lets the option's input point to it
 * (aria-describedby), so a screen reader hears the mark with the option.
 */
export function PlaceMarks({ id, marks }: { id: string; marks: readonly PlaceMark[] | undefined }) {
  if (!marks || marks.length === 0) return null;
  return (
    <div id={id} className="place-marks">
      {marks.map((mark) => (
        <p key={mark.label} className={`place-mark place-mark--${mark.kind}`}>
          <span aria-hidden="true" className="place-mark__icon">
            {markIcon[mark.kind]}
          </span>
          <span>
            <strong className="place-mark__label">{mark.label}.</strong>
            {mark.explanation ? ` ${mark.explanation}` : null}
          </span>
        </p>
      ))}
    </div>
  );
}

/** The class an option gets from its marks: the correct answer wins over the learner's choice. */
export function markClass(prefix: string, marks: readonly PlaceMark[] | undefined): string {
  if (!marks || marks.length === 0) return '';
  const kind = marks.some((m) => m.kind === 'answer') ? 'answer' : marks.some((m) => m.kind === 'wrong') ? 'wrong' : 'right';
  return ` ${prefix}--${kind}`;
}
