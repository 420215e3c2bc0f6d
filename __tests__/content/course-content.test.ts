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
    objectives: [{ id: 'know', text: 'Know the thing that matters.', section: 'Part' }],
    sources: ['a-source'],
  };
  const quizQuestion = (n: number) => ({
    id: `a-q${n}`,
    title: `Case ${n}`,
    lesson: 'a-lesson',
    objective: 'know',
    difficulty: 'easy',
    placement: 'quiz',
    type: 'single',
    prompt: `Which is right, in case ${n}?`,
    hint: 'Think about it carefully.',
    options: [
      { id: 'yes', text: 'Yes', correct: true, explanation: 'Yes, because it is right.' },
      { id: 'no', text: 'No', correct: false, explanation: 'No, because it is wrong.', misconception: 'a-belief' },
    ],
  });
  const mythQuestion = {
    id: 'a-myth',
    title: 'The always-true thing',
    lesson: 'a-lesson',
    objective: 'know',
    difficulty: 'easy',
    placement: 'quiz',
    type: 'myth-or-reality',
    prompt: 'The thing is always true.',
    hint: 'Think about it carefully.',
    answer: 'myth',
    explanations: { myth: 'Right, it is a myth, because of the lesson.', reality: 'Not so: the lesson shows why not.' },
    misconception: 'a-belief',
  };
  const orderingQuestion = {
    id: 'a-order',
    title: 'Budget steps',
    lesson: 'a-lesson',
    objective: 'know',
    difficulty: 'easy',
    placement: 'quiz',
    type: 'ordering',
    prompt: 'Put the steps in order.',
    hint: 'Each step uses what the one before it made.',
    items: [
      { id: 'count', text: 'Count the tokens in the file: this is the token count.', explanation: 'Everything after this uses the count.' },
      { id: 'bill', text: 'Multiply the token count by the epochs to get the tokens billed.', explanation: 'This needs the token count from the first step.', needs: 'token count' },
      { id: 'price', text: 'Multiply the tokens billed by the price.', explanation: 'The price applies to the tokens billed, so this comes third.', needs: 'tokens billed' },
    ],
  };
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
        questions: [{ ...quizQuestion(0), id: 'a-check', placement: 'checkpoint' }, ...[1, 2, 3, 4, 5].map(quizQuestion), mythQuestion, orderingQuestion],
      },
    ],
    sources: [{ id: 'a-source', author: 'Someone', title: 'A work', year: 2020, url: 'https://example.org', kind: 'paper' }],
    glossary: [],
    misconceptions: [{ id: 'a-belief', belief: 'The thing is always true.', correctedIn: 'a-lesson' }],
  };
}

/** Every check at its strictest: a distractor without a misconception tag is an error in every lesson. */
const strict = { misconceptionTagsRequiredIn: 'every-lesson', orderingLinksRequiredIn: 'every-lesson' } as const;

type Bank = Record<string, unknown>[];
const bankOf = (files: CourseFiles) => files.banks[0]?.questions as Bank;

describe('content checks name the file and the field', () => {
  it('accepts the valid fixture, even with every check at its strictest', () => {
    expect(checkCourse(fixture(), strict)).toEqual([]);
  });

  it('rejects frontmatter with a missing field', () => {
    const files = fixture();
    const fm = files.lessons[0]?.frontmatter as Record<string, unknown>;
    delete fm.summary;
    expect(checkCourse(files).join('\n')).toMatch(/^lessons\/01-a\.mdx: summary: /m);
  });

  it('rejects a hand-written `minutes`: reading time is computed from the text at build time', () => {
    const files = fixture();
    (files.lessons[0]?.frontmatter as Record<string, unknown>).minutes = 8;
    expect(checkCourse(files).join('\n')).toMatch(/^lessons\/01-a\.mdx: .*minutes/m);
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

  it('rejects a citation, term or checkpoint whose id the checks cannot read, so none goes unchecked', () => {
    const files = fixture();
    const lesson = files.lessons[0] as { source: string };
    lesson.source = lesson.source.replace('Text <Cite id="a-source" />.', "Text <Cite id='a-source' /> and <Term>word</Term>.");
    const report = checkCourse(files).join('\n');
    expect(report).toMatch(/lessons\/01-a\.mdx: line \d+: <Cite id='a-source' \/> has no id="…" the checks can read/);
    expect(report).toMatch(/lessons\/01-a\.mdx: line \d+: <Term> has no id="…" the checks can read/);
  });

  it('rejects a section without instructor notes', () => {
    const files = fixture();
    const lesson = files.lessons[0] as { source: string };
    lesson.source += '\n## Another part\n\nNo notes here.\n';
    expect(checkCourse(files).join('\n')).toMatch(/## Another part: no <InstructorNotes>/);
  });

  describe('misconception tags', () => {
    const options = (files: CourseFiles, i: number) => (bankOf(files)[i] as { options: Record<string, unknown>[] }).options;

    it('rejects an unknown tag on an option, whether or not tags are required there', () => {
      const files = fixture();
      (options(files, 2)[1] as Record<string, unknown>).misconception = 'no-such-belief';
      const message = /lessons\/01-a\.questions\.ts: \[2\]\.options\[1\]\.misconception: unknown misconception "no-such-belief"/;
      expect(checkCourse(files, strict).join('\n')).toMatch(message);
      expect(checkCourse(files, { misconceptionTagsRequiredIn: [] }).join('\n')).toMatch(message);
    });

    it('rejects an unknown tag on a myth-or-reality question', () => {
      const files = fixture();
      (bankOf(files)[6] as Record<string, unknown>).misconception = 'nobody-believes-this';
      expect(checkCourse(files).join('\n')).toMatch(/lessons\/01-a\.questions\.ts: \[6\]\.misconception: unknown misconception "nobody-believes-this"/);
    });

    it('rejects a distractor without a tag in a lesson where tags are required, and only there', () => {
      const files = fixture();
      delete options(files, 3)[1]?.misconception;
      const message = /lessons\/01-a\.questions\.ts: \[3\]\.options\[1\]\.misconception: an incorrect option needs a misconception tag/;
      expect(checkCourse(files, strict).join('\n')).toMatch(message);
      expect(checkCourse(files, { misconceptionTagsRequiredIn: ['a-lesson'] }).join('\n')).toMatch(message);
      expect(checkCourse(files, { misconceptionTagsRequiredIn: ['another-lesson'] })).toEqual([]);
    });

    it('rejects a myth-or-reality question without a tag where tags are required', () => {
      const files = fixture();
      delete (bankOf(files)[6] as Record<string, unknown>).misconception;
      expect(checkCourse(files, strict).join('\n')).toMatch(/lessons\/01-a\.questions\.ts: \[6\]\.misconception: a myth-or-reality question needs a misconception tag/);
    });

    it('rejects a tag on a correct option', () => {
      const files = fixture();
      (options(files, 1)[0] as Record<string, unknown>).misconception = 'a-belief';
      expect(checkCourse(files).join('\n')).toMatch(/lessons\/01-a\.questions\.ts: \[1\]\.options\[0\]\.misconception: a correct option reveals no misconception/);
    });

    it('rejects a misconception corrected in an unknown lesson, a duplicate id and a non-kebab id', () => {
      const files = fixture();
      files.misconceptions.push(
        { id: 'a-belief', belief: 'The same belief, written twice.', correctedIn: 'a-lesson' },
        { id: 'Not_Kebab', belief: 'A belief with a badly written id.', correctedIn: 'no-such-lesson' },
      );
      const report = checkCourse(files).join('\n');
      expect(report).toMatch(/lessons\/misconceptions\.ts: \[1\]\.id: duplicate misconception id "a-belief"/);
      expect(report).toMatch(/lessons\/misconceptions\.ts: \[2\]\.id: "Not_Kebab" must be kebab-case/);
      expect(report).toMatch(/lessons\/misconceptions\.ts: \[2\]\.correctedIn: unknown lesson "no-such-lesson"/);
    });
  });

  it('rejects a lesson with fewer than six end-of-lesson quiz questions', () => {
    const files = fixture();
    files.banks[0]!.questions = bankOf(files).slice(0, 6); // the checkpoint and five quiz questions
    expect(checkCourse(files).join('\n')).toMatch(/lessons\/01-a\.mdx: <LessonQuiz>: 5 quiz questions; at least 6 needed/);
  });

  describe('every question has its own short title, for lists', () => {
    it('rejects a question without a title, naming the file and the field', () => {
      const files = fixture();
      delete (bankOf(files)[2] as Record<string, unknown>).title;
      expect(checkCourse(files).join('\n')).toMatch(/^lessons\/01-a\.questions\.ts: \[2\]\.title: /m);
    });

    it('rejects a title too long to be a short name', () => {
      const files = fixture();
      (bankOf(files)[2] as Record<string, unknown>).title = 'A title that goes on and on until it is a sentence of its own';
      expect(checkCourse(files).join('\n')).toMatch(/^lessons\/01-a\.questions\.ts: \[2\]\.title: .*at most 45 characters/m);
    });

    it('rejects two questions with the same title, whatever its case and punctuation, naming both', () => {
      const files = fixture();
      (bankOf(files)[3] as Record<string, unknown>).title = 'case 1!';
      expect(checkCourse(files).join('\n')).toMatch(/^lessons\/01-a\.questions\.ts: \[3\]\.title: the same title as question "a-q1" \(lessons\/01-a\.questions\.ts\)/m);
    });
  });

  it('rejects an objective whose section is not a ## section of its lesson (review links go there)', () => {
    const files = fixture();
    (files.lessons[0]?.frontmatter as { objectives: { section: string }[] }).objectives[0]!.section = 'Nowhere';
    expect(checkCourse(files).join('\n')).toMatch(/^lessons\/01-a\.mdx: objectives\[0\]\.section: "Nowhere" is not a ## section of this lesson/m);
  });

  describe('no two questions share a prompt', () => {
    it('rejects the same prompt, whatever its case and punctuation, naming both questions', () => {
      const files = fixture();
      (bankOf(files)[3] as Record<string, unknown>).prompt = 'WHICH is right — in case 1';
      expect(checkCourse(files).join('\n')).toMatch(/lessons\/01-a\.questions\.ts: \[3\]\.prompt: the same prompt as question "a-q1" \(lessons\/01-a\.questions\.ts\)/);
    });

    it('reads a scenario and its prompt together: the same short prompt on different situations is fine, the same situation is not', () => {
      const files = fixture();
      const scenario = (id: string, text: string) => ({
        ...(bankOf(files)[1] as object),
        id,
        title: `Scenario ${id}`,
        type: 'scenario',
        scenario: text,
        prompt: 'Which approach fits best?',
      });
      bankOf(files).push(scenario('a-s1', 'A team has a problem that a prompt alone has not fixed yet.'), scenario('a-s2', 'Another team has a different problem with documents that change.'));
      expect(checkCourse(files, strict)).toEqual([]);
      bankOf(files).push(scenario('a-s3', 'A team has a problem that a prompt alone has not fixed yet.'));
      expect(checkCourse(files).join('\n')).toMatch(/\[10\]\.prompt: the same scenario and prompt as question "a-s1"/);
    });
  });

  describe('ordering questions are one chain of steps', () => {
    const items = (files: CourseFiles) => (bankOf(files)[7] as { items: Record<string, unknown>[] }).items;

    it('rejects a step after the first that does not say what it needs, where that is required', () => {
      const files = fixture();
      delete items(files)[2]?.needs;
      const message = /lessons\/01-a\.questions\.ts: \[7\]\.items\[2\]\.needs: say what this step needs from "bill"/;
      expect(checkCourse(files, strict).join('\n')).toMatch(message);
      expect(checkCourse(files, { orderingLinksRequiredIn: [] }).join('\n')).not.toMatch(message);
    });

    it('rejects a need that the step before does not provide', () => {
      const files = fixture();
      items(files)[2]!.needs = 'tokens in the file'; // made by step 0, not by step 1: steps 1 and 2 could swap
      items(files)[2]!.explanation = 'This uses the tokens in the file, so it comes after counting.';
      expect(checkCourse(files).join('\n')).toMatch(/\[7\]\.items\[2\]\.needs: "tokens in the file" is not in the text of the step before \("bill"\)/);
    });

    it('rejects a need that the step’s own explanation does not state', () => {
      const files = fixture();
      items(files)[1]!.explanation = 'This comes second, trust me.';
      expect(checkCourse(files).join('\n')).toMatch(/\[7\]\.items\[1\]\.needs: "token count" is not in this step's explanation/);
    });

    it('rejects a need on the first step', () => {
      const files = fixture();
      items(files)[0]!.needs = 'nothing';
      expect(checkCourse(files).join('\n')).toMatch(/\[7\]\.items\[0\]\.needs: the first step needs nothing/);
    });
  });
});
