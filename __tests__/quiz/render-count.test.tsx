/**
 * Recording an answer changes the one persisted store that every quiz reads. Each
 * component must select only its own slice, so answering in one quiz (or question) does
 * not re-render the others. React's <Profiler> counts commits of each subtree.
 */
import { Profiler, useMemo, type ReactNode } from 'react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useProgress } from '../../src/progress/progress-store';
import { LessonQuiz } from '../../src/quiz/components/lesson-quiz';
import { QuestionCard } from '../../src/quiz/components/question-card';
import { attemptSeed } from '../../src/quiz/lib/present';
import type { SingleChoiceQuestion } from '../../src/quiz/lib/question';

function single(id: string, prompt: string, right: string, wrong: string): SingleChoiceQuestion {
  return {
    id,
    lesson: 'render-count',
    objective: 'define',
    difficulty: 'easy',
    placement: 'quiz',
    type: 'single',
    title: prompt,
    prompt,
    hint: 'Think about what changes: the model, or what you send it.',
    options: [
      { id: 'right', text: right, correct: true, explanation: `Yes: ${right.toLowerCase()}` },
      { id: 'wrong', text: wrong, correct: false, explanation: `No: ${wrong.toLowerCase()}` },
    ],
  };
}

const promptingQuiz = [
  single('rc-prompting-1', 'What does prompt engineering change?', 'What you send to the model', 'The model’s weights'),
  single('rc-prompting-2', 'Does a better prompt retrain the model?', 'No, the model stays the same', 'Yes, a little each time'),
];
const ragQuiz = [
  single('rc-rag-1', 'When does RAG read your documents?', 'When a question arrives', 'Once, during training'),
  single('rc-rag-2', 'Does RAG change the model’s weights?', 'No, it adds context', 'Yes, on every query'),
];

/** Counts commits of its subtree: the mount, then every re-render. */
function renderCounter() {
  const counts = new Map<string, number>();
  const onRender = (id: string) => counts.set(id, (counts.get(id) ?? 0) + 1);
  const Counted = ({ id, children }: { id: string; children: ReactNode }) => (
    <Profiler id={id} onRender={onRender}>
      {children}
    </Profiler>
  );
  return { Counted, count: (id: string) => counts.get(id) ?? 0 };
}

async function answer(user: ReturnType<typeof userEvent.setup>, form: HTMLElement, option: string) {
  await user.click(within(form).getByRole('radio', { name: option }));
}

const formOf = (group: HTMLElement) => group.closest('form') as HTMLElement;

describe('recording an answer re-renders only what it changes', () => {
  it('leaves an unrelated quiz alone', async () => {
    const user = userEvent.setup();
    const { Counted, count } = renderCounter();
    render(
      <>
        <Counted id="prompting">
          <LessonQuiz quizId="lesson:prompting" title="Prompting quiz" questions={promptingQuiz} />
        </Counted>
        <Counted id="rag">
          <LessonQuiz quizId="lesson:rag" title="RAG quiz" questions={ragQuiz} />
        </Counted>
      </>,
    );
    const first = screen.getByRole('region', { name: 'Prompting quiz' });
    const form = formOf(within(first).getByRole('group', { name: promptingQuiz[0]!.prompt }));
    expect(count('rag')).toBe(1);

    await answer(user, form, 'What you send to the model');
    const before = { prompting: count('prompting'), rag: count('rag') };
    await user.click(within(form).getByRole('button', { name: 'Check answer' }));

    expect(within(form).getByRole('status')).toHaveTextContent(/^Correct/);
    expect(useProgress.getState().answers['rc-prompting-1']?.correct).toBe(true);
    expect(count('prompting')).toBeGreaterThan(before.prompting);
    expect(count('rag')).toBe(before.rag);
    expect(count('rag')).toBe(1); // mounted once, never re-rendered
  });

  it('leaves another question of the same quiz alone', async () => {
    const user = userEvent.setup();
    const { Counted, count } = renderCounter();
    // Both questions of one quiz on screen at once, as checkpoints are in a lesson's text.
    function BothQuestions() {
      const target = useMemo(() => ({ quizId: 'lesson:prompting', questions: promptingQuiz }), []);
      const seed = attemptSeed(target.quizId, 1);
      return (
        <>
          {promptingQuiz.map((question) => (
            <Counted key={question.id} id={question.id}>
              <QuestionCard question={question} target={target} attempt={1} seed={seed} />
            </Counted>
          ))}
        </>
      );
    }
    render(<BothQuestions />);
    const [firstQuestion, secondQuestion] = promptingQuiz as [SingleChoiceQuestion, SingleChoiceQuestion];
    const form = formOf(screen.getByRole('group', { name: firstQuestion.prompt }));

    await answer(user, form, 'The model’s weights');
    const before = { first: count(firstQuestion.id), second: count(secondQuestion.id) };
    await user.click(within(form).getByRole('button', { name: 'Check answer' }));

    // Two options: one wrong try shows the answer (a second try could not miss).
    expect(within(form).getByRole('status')).toHaveTextContent(/^Answer shown/);
    expect(useProgress.getState().tries).toHaveLength(1);
    expect(count(firstQuestion.id)).toBeGreaterThan(before.first);
    expect(count(secondQuestion.id)).toBe(before.second);
    expect(count(secondQuestion.id)).toBe(1);
  });

  // QuizSummary once selected the whole `answers` object and re-rendered whenever any
  // question anywhere was answered; it now selects only its own questions' records.
  it('leaves an unrelated quiz that shows its score alone', async () => {
    const user = userEvent.setup();
    const { Counted, count } = renderCounter();
    render(
      <>
        <LessonQuiz quizId="lesson:prompting" title="Prompting quiz" questions={promptingQuiz} />
        <Counted id="rag">
          <LessonQuiz quizId="lesson:rag" title="RAG quiz" questions={ragQuiz} />
        </Counted>
      </>,
    );
    const rag = screen.getByRole('region', { name: 'RAG quiz' });
    await user.click(within(rag).getByRole('button', { name: 'Skip for now' }));
    await user.click(within(rag).getByRole('button', { name: 'See your score' }));
    expect(within(rag).getByRole('heading', { name: 'Not finished yet' })).toBeInTheDocument();
    const before = count('rag');

    const first = screen.getByRole('region', { name: 'Prompting quiz' });
    const form = formOf(within(first).getByRole('group', { name: promptingQuiz[0]!.prompt }));
    await answer(user, form, 'What you send to the model');
    await user.click(within(form).getByRole('button', { name: 'Check answer' }));

    expect(within(form).getByRole('status')).toHaveTextContent(/^Correct/);
    expect(count('rag')).toBe(before);
  });
});
