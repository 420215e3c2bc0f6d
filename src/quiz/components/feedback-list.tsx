import type { FeedbackLine } from '../lib/feedback';

const icon = { right: '✓', wrong: '✗', missed: '!', neutral: '·' } as const;

/** Explanations, each marked with an icon and words (never colour alone). */
export function FeedbackList({ lines }: { lines: readonly FeedbackLine[] }) {
  if (lines.length === 0) return null;
  return (
    <ul className="feedback-list">
      {lines.map((line) => (
        <li key={line.label} className={`feedback-line feedback-line--${line.mark}`}>
          <span aria-hidden="true" className="feedback-line__icon">
            {icon[line.mark]}
          </span>
          <span>
            <strong>{line.label}</strong> <span className="feedback-line__status">({line.status})</span>: {line.explanation}
          </span>
        </li>
      ))}
    </ul>
  );
}
