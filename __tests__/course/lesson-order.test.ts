/**
 * The course lists lessons by their `order`, whatever order discovery hands them over in.
 * (Vite's glob happens to return them sorted by file name; a missing sort would go unseen
 * with the real files, so this feeds them in reverse.)
 */
import type { LessonCard } from '../../src/course/lesson-meta';
import type * as Lessons from '../../src/course/lessons';
import type * as LessonFiles from '../support/lesson-files';

describe('lesson order', () => {
  it('lessons, neighbours and the first lesson follow `order`, not the order files were found in', () => {
    const real = jest.requireActual<typeof LessonFiles>('../support/lesson-files');
    const reversed = Object.fromEntries(Object.entries(real.frontmatterByFile).reverse());
    jest.isolateModules(() => {
      jest.doMock('../support/lesson-files', () => ({ ...real, frontmatterByFile: reversed }));
      const { lessons, neighbours } = jest.requireActual<typeof Lessons>('../../src/course/lessons');
      const orders = lessons.map((lesson: LessonCard) => lesson.order);
      expect(orders).toEqual([...orders].sort((a, b) => a - b));
      expect(orders[0]).toBe(1);
      const second = lessons[1];
      if (!second) throw new Error('fewer than two lessons');
      expect(neighbours(second.slug).previous?.order).toBe(1);
      expect(neighbours(second.slug).next?.order).toBe(3);
    });
  });
});
