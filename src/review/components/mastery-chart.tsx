import { useId } from 'react';
import { masteryPercent, type ObjectiveMastery } from '../lib/mastery';

const ROW = 30;
const LABEL = 34;
const WIDTH = 320;
const BAR = WIDTH - LABEL - 48;

/** In words, for the chart's name: "objective 1, 75%; objective 2, not answered yet". */
const describe = (rows: readonly ObjectiveMastery[]) =>
  rows.map((row, i) => `objective ${i + 1}, ${row.score === null ? 'not answered yet' : `${masteryPercent(row.score)}%`}`).join('; ');

/**
 * One lesson's objectives as horizontal bars (SVG): the bar is the average score, the
 * number beside it the same percentage. The table below the chart holds the same figures.
 */
export function MasteryChart({ title, rows, reading = false }: { title: string; rows: readonly ObjectiveMastery[]; reading?: boolean }) {
  const titleId = useId();
  const height = rows.length * ROW;
  return (
    <svg className="mastery-chart" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={titleId} preserveAspectRatio="xMinYMin meet">
      <title id={titleId}>{`${title}: ${reading ? 'reading your progress' : describe(rows)}`}</title>
      {rows.map((row, i) => {
        const y = i * ROW;
        const width = reading || row.score === null ? 0 : Math.max(2, (BAR * masteryPercent(row.score)) / 100);
        return (
          <g key={row.objective} aria-hidden="true">
            <text x={0} y={y + ROW / 2} dominantBaseline="central" className="mastery-chart__label">
              {i + 1}
            </text>
            <rect x={LABEL} y={y + 6} width={BAR} height={ROW - 12} rx={4} className="mastery-chart__track" />
            <rect x={LABEL} y={y + 6} width={width} height={ROW - 12} rx={4} className="mastery-chart__bar" />
            <text x={LABEL + BAR + 6} y={y + ROW / 2} dominantBaseline="central" className="mastery-chart__value">
              {reading || row.score === null ? '—' : `${masteryPercent(row.score)}%`}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
