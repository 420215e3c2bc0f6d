import type { RoomOption } from './room-question';

/**
 * The room's show of hands as a bar chart: one bar per option, the count written beside
 * it, the right answer marked after the reveal. SVG with real text, so it stays sharp on
 * a projector and a screen reader reads the numbers.
 */
export function HandsChart({ options, counts, revealed }: { options: readonly RoomOption[]; counts: Record<string, number>; revealed: boolean }) {
  const max = Math.max(1, ...options.map((o) => counts[o.id] ?? 0));
  const total = options.reduce((sum, o) => sum + (counts[o.id] ?? 0), 0);
  const row = 64;
  const width = 420;
  const barX = 64;
  const barMax = width - barX - 72;
  const height = options.length * row + 40;
  const summary = options.map((o) => `${o.letter}: ${counts[o.id] ?? 0}`).join(', ');
  return (
    <figure className="hands-chart">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={`Show of hands, ${total} in all. ${summary}.`}>
        {options.map((option, i) => {
          const count = counts[option.id] ?? 0;
          const y = i * row + 8;
          const w = Math.round((count / max) * barMax);
          const right = revealed && option.correct;
          return (
            <g key={option.id} className={right ? 'hands-chart__row hands-chart__row--right' : 'hands-chart__row'}>
              <text x={8} y={y + 34} className="hands-chart__letter">
                {option.letter}
                {right ? ' ✓' : ''}
              </text>
              <rect x={barX} y={y + 6} width={Math.max(w, 2)} height={row - 22} rx={6} className="hands-chart__bar" />
              <text x={barX + Math.max(w, 2) + 10} y={y + 34} className="hands-chart__count">
                {count}
              </text>
            </g>
          );
        })}
        <text x={8} y={height - 6} className="hands-chart__total">
          {total} {total === 1 ? 'hand' : 'hands'}
        </text>
      </svg>
    </figure>
  );
}
