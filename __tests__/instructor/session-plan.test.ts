import { CLOSING_MINUTES, OPENING_MINUTES, sessionPlan, share } from '../../src/instructor/session-plan';

const sections = [
  { key: 'a/1', lesson: 'A', title: 'A1', minutes: 6 },
  { key: 'a/2', lesson: 'A', title: 'A2', minutes: 4 },
  { key: 'b/1', lesson: 'B', title: 'B1', minutes: 10 },
  { key: 'b/2', lesson: 'B', title: 'B2', minutes: 1 },
];

describe('session plan', () => {
  it('shares whole minutes in proportion, adding up exactly', () => {
    expect(share([1, 1, 1], 10)).toEqual([4, 3, 3]);
    expect(share([6, 4], 5, 1)).toEqual([3, 2]);
    expect(() => share([1, 1, 1], 2, 1)).toThrow(/cannot give 3 parts/);
  });

  it.each([45, 90])('fills a %i-minute session exactly, in course order, with an opening and a close', (total) => {
    const rows = sessionPlan(sections, total);
    const sectionRows = rows.filter((r) => r.kind === 'section');
    expect(sectionRows.map((r) => r.key)).toEqual(['a/1', 'a/2', 'b/1', 'b/2']);
    const last = rows.at(-1);
    expect(last?.start).toBe(total - CLOSING_MINUTES);
    expect(rows[0]).toMatchObject({ start: 0, minutes: OPENING_MINUTES });
    // Lessons get time in proportion to their notes (10 : 11).
    const [a, b] = rows.filter((r) => r.kind === 'lesson');
    expect(a && b && a.minutes + b.minutes).toBe(total - OPENING_MINUTES - CLOSING_MINUTES);
    expect(a && b && b.minutes >= a.minutes).toBe(true);
    // Start times follow one another.
    for (let i = 1; i < sectionRows.length; i += 1) {
      const prev = sectionRows[i - 1];
      expect(sectionRows[i]?.start).toBe((prev?.start ?? 0) + (prev?.minutes ?? 0));
    }
  });
});
