import { enterSection, formatDuration, inSection, parseClock, startClock } from '../../src/instructor/clock';

describe('the console clock', () => {
  it('counts time per section, keeping what was spent when the presenter comes back to one', () => {
    let clock = startClock(0, 'a');
    clock = enterSection(clock, 'b', 60_000);
    expect(inSection(clock, 90_000)).toBe(30_000);
    clock = enterSection(clock, 'a', 120_000);
    // One minute in "a" before, and 15 s now.
    expect(inSection(clock, 135_000)).toBe(75_000);
    expect(enterSection(clock, 'a', 200_000)).toBe(clock);
  });

  it('writes durations as a clock does', () => {
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(247_000)).toBe('4:07');
    expect(formatDuration(3_729_000)).toBe('1:02:09');
  });

  it('reads back only a well-formed saved clock', () => {
    const clock = startClock(5, 'x');
    expect(parseClock(JSON.stringify(clock))).toEqual(clock);
    expect(parseClock('{"startedAt":"soon"}')).toBeNull();
    expect(parseClock('nope')).toBeNull();
  });
});
