import { lessons, loadLesson } from '../../src/course/lessons';
import { interactivesIn, lessonWork, proseWords, questionIdsIn, questionsIn, readingMinutes, WORDS_PER_MINUTE } from '../../src/build/reading-time';
import { readCourseFiles } from '../support/course-files';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const files = readCourseFiles();

describe('readingMinutes', () => {
  it('is words at 238 a minute, plus 45 s a question and 90 s an interactive, rounded', () => {
    expect(WORDS_PER_MINUTE).toBe(238);
    expect(readingMinutes({ words: 2380, questions: 0, interactives: 0 })).toBe(10);
    expect(readingMinutes({ words: 0, questions: 4, interactives: 0 })).toBe(3);
    expect(readingMinutes({ words: 0, questions: 0, interactives: 2 })).toBe(3);
    expect(readingMinutes({ words: 1190, questions: 10, interactives: 1 })).toBe(14); // 5 + 7.5 + 1.5
    expect(readingMinutes({ words: 3, questions: 0, interactives: 0 })).toBe(1);
  });
});

describe('what is counted', () => {
  it('counts the prose, headings and text attributes, not frontmatter, tags, addresses or instructor notes', () => {
    const mdx = [
      '---',
      'title: Not counted at all',
      '---',
      "import { Stepper } from '../src/course/interactives/stepper';",
      '',
      '## Two words',
      '',
      '<InstructorNotes minutes={3} discussion="Hidden words here">',
      '- hidden talking point',
      '</InstructorNotes>',
      '',
      'One <Term id="lora">LoRA</Term> [link text](https://example.com/a-long-address) isn’t here <Cite id="x" />.',
      '',
      '<Myth claim="Claims count.">',
      'Body.',
      '</Myth>',
      '<Stepper />',
    ].join('\n');
    // "Two words" + "One LoRA link text isn’t here" + "Claims count" + "Body"
    expect(proseWords(mdx)).toBe(2 + 6 + 2 + 1);
    expect(interactivesIn(mdx)).toBe(1);
  });

  it.each(files.banks.map((bank) => [bank.file, bank] as const))('finds every question of %s in its source', (file, bank) => {
    const source = readFileSync(path.resolve(__dirname, '../..', file), 'utf8');
    expect(questionsIn(source)).toBe((bank.questions as unknown[]).length);
    // The ids too: the header's review count and /review know the course's questions by them.
    expect(questionIdsIn(source)).toEqual((bank.questions as { id: string }[]).map((q) => q.id));
  });
});

describe('every lesson', () => {
  it.each(lessons.map((l) => [l.slug, l] as const))('%s shows the time computed from its own text, questions and interactives', async (_slug, entry) => {
    const mdx = files.lessons.find((l) => entry.file.endsWith(l.file))!.source;
    const { questions } = await loadLesson(entry);
    const work = lessonWork(mdx, readFileSync(path.resolve(__dirname, '../../lessons', path.basename(entry.file).replace(/\.mdx$/, '.questions.ts')), 'utf8'));
    expect(work.questions).toBe(questions.length);
    expect(entry.minutes).toBe(readingMinutes(work));
  });

  it('related-terms (lesson 8) is no longer the 9 minutes it once claimed for its words and 11 questions', () => {
    const entry = lessons.find((l) => l.slug === 'related-terms')!;
    expect(entry.minutes).toBeGreaterThan(9);
  });
});
