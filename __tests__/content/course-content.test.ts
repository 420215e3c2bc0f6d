import { checkCourse, type CourseFiles } from '../../src/build/content-checks';
import { parseLessonMeta } from '../../src/build/lesson-meta-schema';
import { readCourseFiles } from '../support/course-files';

const course = readCourseFiles();

describe('the course content', () => {
  it('has lessons, and every lesson, bank, source and reference is valid', () => {
    expect(course.lessons.length).toBeGreaterThan(0);
    // On failure, jest prints every problem as "file: field: message".
    expect(checkCourse(course)).toEqual([]);
  });

  it('has a bank of at least 60 questions using all six question types', () => {
    const questions = course.banks.flatMap((bank) => bank.questions as { type: string }[]);
    expect(questions.length).toBeGreaterThanOrEqual(60);
    expect(new Set(questions.map((q) => q.type))).toEqual(new Set(['single', 'multiple', 'myth-or-reality', 'ordering', 'matching', 'scenario']));
  });

  it('covers the glossary entry in nine lessons, each with a bank beside it', () => {
    expect(course.lessons).toHaveLength(9);
    expect(course.banks.map((b) => b.file.replace('.questions.ts', '.mdx'))).toEqual(course.lessons.map((l) => l.file));
    expect(course.glossary.length).toBeGreaterThanOrEqual(10);
    expect(course.sources.length).toBeGreaterThanOrEqual(6);
  });
});

/** A small valid course to break one field at a time. */
function fixture(): CourseFiles {
  const frontmatter = {
    title: 'A lesson',
    slug: 'a-lesson',
    order: 1,
    summary: 'A summary that is long enough.',
    minutes: 5,
    objectives: [{ id: 'know', text: 'Know the thing that matters.' }],
    sources: ['a-source'],
  };
  const quizQuestion = (n: number) => ({
    id: `a-q${n}`,
    lesson: 'a-lesson',
    objective: 'know',
    difficulty: 'easy',
    placement: 'quiz',
    type: 'single',
    prompt: 'Which is right?',
    hint: 'Think about it carefully.',
    options: [
      { id: 'yes', text: 'Yes', correct: true, explanation: 'Yes, because it is right.' },
      { id: 'no', text: 'No', correct: false, explanation: 'No, because it is wrong.' },
    ],
  });
  return {
    lessons: [
      {
        file: 'lessons/01-a.mdx',
        frontmatter,
        source: '## Part\n\n<InstructorNotes minutes={2} discussion="Why?">\n\n- a\n\n</InstructorNotes>\n\nText <Cite id="a-source" />.\n\n<Checkpoint id="a-check" />\n\n<KeyTakeaways>\n\n- x\n\n</KeyTakeaways>\n\n<LessonQuiz />\n',
      },
    ],
    banks: [
      {
        file: 'lessons/01-a.questions.ts',
        questions: [{ ...quizQuestion(0), id: 'a-check', placement: 'checkpoint' }, ...[1, 2, 3, 4, 5].map(quizQuestion)],
      },
    ],
    sources: [{ id: 'a-source', author: 'Someone', title: 'A work', year: 2020, url: 'https://example.org', kind: 'paper' }],
    glossary: [],
  };
}

type Bank = Record<string, unknown>[];
const bankOf = (files: CourseFiles) => files.banks[0]?.questions as Bank;

describe('content checks name the file and the field', () => {
  it('accepts the valid fixture', () => {
    expect(checkCourse(fixture())).toEqual([]);
  });

  it('rejects frontmatter with a missing field', () => {
    const files = fixture();
    const fm = files.lessons[0]?.frontmatter as Record<string, unknown>;
    delete fm.minutes;
    expect(checkCourse(files).join('\n')).toMatch(/^lessons\/01-a\.mdx: minutes: /m);
  });

  it('rejects frontmatter with a wrong type', () => {
    const files = fixture();
    (files.lessons[0]?.frontmatter as Record<string, unknown>).order = 'first';
    expect(checkCourse(files).join('\n')).toMatch(/^lessons\/01-a\.mdx: order: /m);
  });

  it('rejects a lesson whose `order` and file-name number disagree (the two sources of lesson order)', () => {
    const files = fixture();
    (files.lessons[0]?.frontmatter as Record<string, unknown>).order = 2;
    expect(checkCourse(files).join('\n')).toMatch(/^lessons\/01-a\.mdx: order: 2 does not match the number 01 in the file name/m);
    expect(() => parseLessonMeta('lessons/03-x.mdx', { ...(fixture().lessons[0]?.frontmatter as object), order: 4 })).toThrow(
      'lessons/03-x.mdx: order: 4 does not match the number 03 in the file name',
    );
    expect(() => parseLessonMeta('lessons/x.mdx', fixture().lessons[0]?.frontmatter)).toThrow(/lessons\/x\.mdx: \(file name\): must start with/);
  });

  it('throws from parseLessonMeta with the file and field', () => {
    expect(() => parseLessonMeta('lessons/09-x.mdx', { title: 'T' })).toThrow(/lessons\/09-x\.mdx: slug: /);
  });

  it('rejects duplicate question ids', () => {
    const files = fixture();
    (bankOf(files)[2] as Record<string, unknown>).id = 'a-q1';
    expect(checkCourse(files).join('\n')).toMatch(/lessons\/01-a\.questions\.ts: \[2\]\.id: duplicate question id "a-q1"/);
  });

  it('rejects a question with no correct answer', () => {
    const files = fixture();
    const q = bankOf(files)[1] as { options: { correct: boolean }[] };
    q.options.forEach((o) => (o.correct = false));
    expect(checkCourse(files).join('\n')).toMatch(/lessons\/01-a\.questions\.ts: \[1\]\.options: must have exactly one correct option/);
  });

  it('rejects an option without an explanation', () => {
    const files = fixture();
    const q = bankOf(files)[3] as { options: Record<string, unknown>[] };
    delete q.options[1]?.explanation;
    expect(checkCourse(files).join('\n')).toMatch(/lessons\/01-a\.questions\.ts: \[3\]\.options\[1\]\.explanation: /);
  });

  it('rejects an unknown lesson and an unknown objective', () => {
    const files = fixture();
    (bankOf(files)[4] as Record<string, unknown>).lesson = 'nowhere';
    (bankOf(files)[5] as Record<string, unknown>).objective = 'nothing';
    const report = checkCourse(files).join('\n');
    expect(report).toMatch(/\[4\]\.lesson: unknown lesson "nowhere"/);
    expect(report).toMatch(/\[5\]\.objective: "nothing" is not an objective/);
  });

  it('rejects a broken internal link, a missing checkpoint and an unknown citation', () => {
    const files = fixture();
    const lesson = files.lessons[0] as { source: string };
    lesson.source = lesson.source
      .replace('<Checkpoint id="a-check" />', '<Checkpoint id="missing" />\n\nSee [this](/lessons/gone).')
      .replace('<Cite id="a-source" />', '<Cite id="nope" />');
    const report = checkCourse(files).join('\n');
    expect(report).toMatch(/lessons\/01-a\.mdx: <Checkpoint id="missing">: no such question/);
    expect(report).toMatch(/lessons\/01-a\.mdx: line \d+: link "\/lessons\/gone" goes to no lesson/);
    expect(report).toMatch(/lessons\/01-a\.mdx: <Cite id="nope">: no such source/);
  });

  it('rejects a section without instructor notes', () => {
    const files = fixture();
    const lesson = files.lessons[0] as { source: string };
    lesson.source += '\n## Another part\n\nNo notes here.\n';
    expect(checkCourse(files).join('\n')).toMatch(/## Another part: no <InstructorNotes>/);
  });
});
