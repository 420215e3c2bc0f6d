/**
 * A timed session plan from the notes' minutes. Pure. The notes plan every section at a
 * relaxed pace (hours for the whole course), so a 45- or 90-minute class gives each lesson
 * its share of the time and, within it, each section its share, in whole minutes that add
 * up exactly (largest remainders first). A section left with no minute is mentioned in
 * passing; learners read it afterwards through its link.
 */
export interface PlanSection {
  key: string;
  lesson: string;
  title: string;
  minutes: number;
}

export interface PlanRow {
  key: string;
  kind: 'lesson' | 'section' | 'frame';
  title: string;
  /** Minutes from the start of the session. */
  start: number;
  minutes: number;
  /** The time the notes suggest, for comparison. */
  noteMinutes: number;
}

export const OPENING_MINUTES = 2;
export const CLOSING_MINUTES = 3;

/** Splits `total` whole minutes in proportion to `weights`, each at least `floor`. */
export function share(weights: readonly number[], total: number, floor = 0): number[] {
  const spare = total - floor * weights.length;
  if (spare < 0) throw new Error(`${total} minutes cannot give ${weights.length} parts ${floor} each.`);
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (sum ? (w / sum) * spare : spare / weights.length));
  const out = exact.map((x) => floor + Math.floor(x));
  let left = total - out.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => ({ i, rest: x - Math.floor(x) })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    out[i] = (out[i] ?? 0) + 1;
    left -= 1;
  }
  return out;
}

export function sessionPlan(sections: readonly PlanSection[], total: number): PlanRow[] {
  const lessons = [...new Set(sections.map((s) => s.lesson))];
  const noteTotal = (list: readonly PlanSection[]) => list.reduce((sum, s) => sum + s.minutes, 0);
  const byLesson = lessons.map((lesson) => sections.filter((s) => s.lesson === lesson));
  const lessonMinutes = share(
    byLesson.map(noteTotal),
    total - OPENING_MINUTES - CLOSING_MINUTES,
    1,
  );
  const rows: PlanRow[] = [{ key: 'opening', kind: 'frame', title: 'Welcome, and what the session covers', start: 0, minutes: OPENING_MINUTES, noteMinutes: 0 }];
  let start = OPENING_MINUTES;
  byLesson.forEach((list, i) => {
    const minutes = lessonMinutes[i] ?? 0;
    rows.push({ key: lessons[i] ?? '', kind: 'lesson', title: lessons[i] ?? '', start, minutes, noteMinutes: noteTotal(list) });
    const sectionMinutes = share(
      list.map((s) => s.minutes),
      minutes,
    );
    list.forEach((section, k) => {
      const m = sectionMinutes[k] ?? 0;
      rows.push({ key: section.key, kind: 'section', title: section.title, start, minutes: m, noteMinutes: section.minutes });
      start += m;
    });
  });
  rows.push({ key: 'closing', kind: 'frame', title: 'Questions, and where to go next (send the section links)', start, minutes: CLOSING_MINUTES, noteMinutes: 0 });
  return rows;
}

/** "0:00", "1:05": a start time in a session. */
export const clockTime = (minutes: number) => `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
