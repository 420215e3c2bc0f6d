import { screen, within } from '@testing-library/react';
import { axe } from 'jest-axe';
import glossary from '../../lessons/glossary';
import userEvent from '@testing-library/user-event';
import { lessons, loadLesson, neighbours } from '../../src/course/lessons';
import { renderApp } from '../support/render-app';

describe('facilitator guide', () => {
  it('opens with the objectives, 45- and 90-minute plans, and a link to each lesson’s guide and handout', async () => {
    const user = userEvent.setup();
    const { container } = renderApp('/guide');
    expect(await screen.findByRole('heading', { level: 1, name: 'Facilitator guide' }, { timeout: 5000 })).toBeInTheDocument();
    const objectives = screen.getByRole('region', { name: 'Course objectives' });
    const loaded = await Promise.all(lessons.map(loadLesson));
    expect(within(objectives).getAllByRole('listitem')).toHaveLength(lessons.length + loaded.reduce((n, l) => n + l.entry.objectives.length, 0));
    for (const minutes of [45, 90]) {
      const plan = screen.getByRole('table', { name: `${minutes}-minute session` });
      const rows = within(plan).getAllByRole('row').slice(1);
      const last = rows.at(-1);
      // The closing item starts three minutes before the end.
      const start = minutes - 3;
      expect(last).toHaveTextContent(new RegExp(`^${Math.floor(start / 60)}:${String(start % 60).padStart(2, '0')}`));
    }
    const byLesson = screen.getByRole('region', { name: 'Lesson by lesson' });
    for (const entry of lessons) {
      expect(within(byLesson).getByRole('link', { name: `Lesson ${entry.order}: ${entry.title}` })).toHaveAttribute('href', `/guide/${entry.slug}`);
      expect(within(byLesson).getByRole('link', { name: `Handout for lesson ${entry.order}: ${entry.title}` })).toHaveAttribute('href', `/handouts/${entry.slug}`);
    }
    // The front page is short: the lessons' notes and answers are on their own pages.
    expect(screen.queryByRole('heading', { name: 'Answer key' })).not.toBeInTheDocument();
    expect(await axe(container)).toHaveNoViolations();

    const first = lessons[0];
    if (!first) throw new Error('no lessons');
    await user.click(within(byLesson).getByRole('link', { name: `Lesson ${first.order}: ${first.title}` }));
    expect(await screen.findByRole('heading', { level: 1, name: `Lesson ${first.order}: ${first.title}` }, { timeout: 5000 })).toBeInTheDocument();
  });

  it('gives each lesson a page: every section’s talking points, the misconceptions, and an answer for every question', async () => {
    const entry = lessons[3];
    if (!entry) throw new Error('the test needs four lessons');
    const { container } = renderApp(`/guide/${entry.slug}`);
    expect(await screen.findByRole('heading', { level: 1, name: `Lesson ${entry.order}: ${entry.title}` }, { timeout: 5000 })).toBeInTheDocument();
    const { questions } = await loadLesson(entry);
    expect(screen.getByRole('heading', { level: 2, name: 'Talking points and discussion' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Misconceptions to watch for' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Answer key' })).toBeInTheDocument();
    expect(screen.getAllByText(/^Discuss:/).length).toBeGreaterThan(1);
    expect(screen.getAllByText(/^Answers?: |^Right order: /)).toHaveLength(questions.length);
    for (const q of questions) expect(screen.getByText(q.prompt)).toBeInTheDocument();
    const pager = screen.getByRole('navigation', { name: 'Lesson guides' });
    const { previous, next } = neighbours(entry.slug);
    expect(within(pager).getByRole('link', { name: `Previous Lesson ${previous?.order}: ${previous?.title}` })).toHaveAttribute('href', `/guide/${previous?.slug}`);
    expect(within(pager).getByRole('link', { name: `Next Lesson ${next?.order}: ${next?.title}` })).toHaveAttribute('href', `/guide/${next?.slug}`);
    expect(screen.getByRole('link', { name: 'Facilitator guide' })).toHaveAttribute('href', '/guide');
    expect(await axe(container)).toHaveNoViolations();
  });

  it('is not found for a lesson that does not exist', async () => {
    renderApp('/guide/no-such-lesson');
    expect(await screen.findByRole('heading', { level: 1, name: /can’t find that page/i })).toBeInTheDocument();
  });

  it('has no lesson whose guide address would be the whole guide’s', () => {
    expect(lessons.map((l) => l.slug)).not.toContain('print');
  });

  it('puts the whole guide on one page to print: objectives, plans, and every lesson’s notes and answers', async () => {
    const { container } = renderApp('/guide/print');
    expect(await screen.findByRole('heading', { level: 1, name: 'Facilitator guide' }, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Course objectives' })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: '45-minute session' })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: '90-minute session' })).toBeInTheDocument();
    let questions = 0;
    for (const entry of lessons) {
      const lesson = screen.getByRole('region', { name: `Lesson ${entry.order}: ${entry.title}` });
      const loaded = await loadLesson(entry);
      questions += loaded.questions.length;
      expect(within(lesson).getByRole('heading', { level: 3, name: 'Misconceptions to watch for' })).toBeInTheDocument();
      const answers = within(lesson).getByRole('heading', { name: 'Answer key' }).parentElement?.querySelector('.guide-answers');
      expect(answers?.children).toHaveLength(loaded.questions.length);
      expect(within(lesson).getAllByText(/^Discuss:/).length).toBeGreaterThan(1);
    }
    expect(screen.getAllByText(/^Answers?: |^Right order: /)).toHaveLength(questions);
    expect(screen.getByRole('button', { name: 'Print this guide' })).toBeInTheDocument();
    expect(await axe(container)).toHaveNoViolations();
  });
});

describe('learner handout', () => {
  it('shows the lesson’s key takeaways, the glossary terms it uses and room for notes', async () => {
    const { container } = renderApp('/handouts/what-is-fine-tuning');
    expect(await screen.findByRole('heading', { level: 1, name: 'What fine-tuning is' })).toBeInTheDocument();
    const takeaways = screen.getByRole('region', { name: 'Key takeaways' });
    expect(within(takeaways).getAllByRole('listitem').length).toBeGreaterThanOrEqual(3);
    const terms = screen.getByRole('region', { name: 'Terms in this lesson' });
    const preTraining = glossary.find((g) => g.id === 'pre-training');
    expect(within(terms).getByText(preTraining?.term ?? '?')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Your notes' })).toBeInTheDocument();
    expect(await axe(container)).toHaveNoViolations();
  });

  it('is not found for a lesson that does not exist', async () => {
    renderApp('/handouts/no-such-lesson');
    expect(await screen.findByRole('heading', { level: 1, name: /can’t find that page/i })).toBeInTheDocument();
  });
});

describe('a lesson, printed', () => {
  it('lists every quiz question, with no answers or explanations', async () => {
    const entry = lessons[0];
    if (!entry) throw new Error('no lessons');
    const { questions } = await loadLesson(entry);
    const { container } = renderApp(`/lessons/${entry.slug}`);
    await screen.findByRole('heading', { level: 1, name: entry.title });
    const printed = container.querySelector('.print-questions');
    expect(printed).not.toBeNull();
    const quiz = questions.filter((q) => q.placement === 'quiz');
    expect(printed?.children).toHaveLength(quiz.length);
    for (const q of quiz) expect(printed).toHaveTextContent(q.prompt);
    for (const q of quiz) {
      const explanations =
        q.type === 'single' || q.type === 'multiple' || q.type === 'scenario'
          ? q.options.map((o) => o.explanation)
          : q.type === 'ordering'
            ? q.items.map((i) => i.explanation)
            : q.type === 'matching'
              ? q.pairs.map((p) => p.explanation)
              : [q.explanations.myth, q.explanations.reality];
      for (const text of explanations) expect(printed?.textContent).not.toContain(text);
    }
  });

  it('gives every section a link target that moves focus there', async () => {
    renderApp('/lessons/what-is-fine-tuning#what-goes-in-your-data');
    const heading = await screen.findByRole('heading', { level: 2, name: 'What goes in: your data' });
    expect(heading).toHaveAttribute('id', 'what-goes-in-your-data');
    expect(heading).toHaveFocus();
  });
});
