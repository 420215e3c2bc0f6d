import { readSection } from '../../src/progress/progress-actions';
import { useProgress } from '../../src/progress/progress-store';
import { recordReadingPlace } from '../../src/progress/quiz-progress';
import { emptyProgress } from '../../src/progress/progress-types';

describe('recordReadingPlace', () => {
  it('remembers the section of each lesson, and when it was read', () => {
    const once = recordReadingPlace(emptyProgress(), 'one', 'intro', 10);
    const twice = recordReadingPlace(once, 'two', 'middle', 20);
    expect(twice.reading).toEqual({ one: { section: 'intro', at: 10 }, two: { section: 'middle', at: 20 } });
    expect(recordReadingPlace(twice, 'one', 'end', 30).reading.one).toEqual({ section: 'end', at: 30 });
  });

  it('returns the same data when the section has not changed, so nothing is saved again', () => {
    const once = recordReadingPlace(emptyProgress(), 'one', 'intro', 10);
    expect(recordReadingPlace(once, 'one', 'intro', 99)).toBe(once);
  });
});

describe('readSection', () => {
  it('changes the store only when the section changes', () => {
    const changes = jest.fn();
    const unsubscribe = useProgress.subscribe(changes);
    readSection('one', 'intro');
    readSection('one', 'intro');
    readSection('one', 'end');
    unsubscribe();
    expect(changes).toHaveBeenCalledTimes(2);
    expect(useProgress.getState().reading.one?.section).toBe('end');
  });
});
