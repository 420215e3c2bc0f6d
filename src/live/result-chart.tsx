import type { ChartText } from './chart-text';
import './live.css';

/**
 * The room's answers as a bar chart: one row per option (step, pair), its words, a bar, and
 * the number written out; the right answer marked in words and a tick, never by colour alone.
 * Bars are SVG with widths as attributes (no inline styles under the CSP).
 */
export function ResultChart({ chart, answered, right, revealed }: { chart: ChartText; answered: number; right?: number; revealed: boolean }) {
  const max = Math.max(1, ...chart.bars.map((b) => b.count));
  return (
    <figure className="live-chart">
      <figcaption>
        {chart.caption} ({answered} {answered === 1 ? 'answer' : 'answers'}
        {revealed && right !== undefined ? `, ${right} fully right` : ''})
      </figcaption>
      <ol className="live-chart__rows">
        {chart.bars.map((bar) => {
          const mark = revealed && chart.marksRight && bar.correct;
          return (
            <li key={bar.id} className={mark ? 'live-chart__row live-chart__row--right' : 'live-chart__row'}>
              <span className="live-chart__label">
                {bar.label}
                {mark ? <strong className="live-chart__right"> ✓ right answer</strong> : null}
              </span>
              <span className="live-chart__bar">
                <svg viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                  <rect width={Math.max(1, Math.round((bar.count / max) * 100))} height={10} rx={1} />
                </svg>
                <span className="live-chart__count">{bar.count}</span>
              </span>
            </li>
          );
        })}
      </ol>
    </figure>
  );
}
