/**
 * The console's clock: time since the class started and time spent in each section,
 * against the minutes the notes plan for it. Pure bookkeeping; the console ticks it.
 */
export interface ClockState {
  startedAt: number;
  /** Milliseconds spent in each section key before the current visit. */
  spent: Record<string, number>;
  section: string;
  since: number;
}

export const startClock = (now: number, section: string): ClockState => ({ startedAt: now, spent: {}, section, since: now });

/** Moves the clock to another section, banking the time spent in the one left. */
export function enterSection(clock: ClockState, section: string, now: number): ClockState {
  if (clock.section === section) return clock;
  const spent = { ...clock.spent, [clock.section]: (clock.spent[clock.section] ?? 0) + (now - clock.since) };
  return { ...clock, spent, section, since: now };
}

export function inSection(clock: ClockState, now: number): number {
  return (clock.spent[clock.section] ?? 0) + (now - clock.since);
}

/** "4:07", "1:02:09". */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

export function parseClock(text: string | null): ClockState | null {
  try {
    const v = JSON.parse(text ?? 'null') as Partial<ClockState> | null;
    if (!v || typeof v.startedAt !== 'number' || typeof v.since !== 'number' || typeof v.section !== 'string' || typeof v.spent !== 'object') return null;
    return v as ClockState;
  } catch {
    return null;
  }
}
