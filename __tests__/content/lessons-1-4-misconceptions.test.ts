import { checkCourse } from '../../src/course/content-checks';
import { readCourseFiles } from '../support/course-files';

const LESSONS_1_TO_4 = ['what-is-fine-tuning', 'graduate-analogy', 'why-it-matters', 'how-it-works'];

describe('lessons 1–4', () => {
  it('tag every distractor, and every myth-or-reality question, with a known misconception', () => {
    // On failure, each problem names the file, the question's index and the field.
    expect(checkCourse(readCourseFiles(), { misconceptionTagsRequiredIn: LESSONS_1_TO_4 })).toEqual([]);
  });
});
