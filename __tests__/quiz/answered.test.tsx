/**
 * "Answered" means checked at least once, or its answer shown. A question whose answer was
 * shown counts as answered everywhere: where the quiz resumes, the position ("answered"),
 * the Next button, the question itself, and the summary. (A shown answer with no check
 * comes from another tab or an imported file, so clicking through alone never meets it.)
 */
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useProgress } from '../../src/progress/progress-store';
import { revealAnswer } from '../../src/progress/progress-actions';
import { LessonQuiz } from '../../src/quiz/components/lesson-quiz';
import { correctResponse } from '../../src/quiz/lib/grade';
import type { Question } from '../../src/quiz/lib/question';
import { multiple, single } from '../support/sample-questions';

const QUIZ = 'quiz:answered';
const questions: Question[] = [single, multiple];

function showAnswerElsewhere(question: Question) {
  act(() => revealAnswer({ quizId: QUIZ, questions }, question, correctResponse(question)));
  expect(useProgress.getState().answers[question.id]).toMatchObject({ tries: 0, revealed: true });
}

describe('a question whose answer was shown counts as answered', () => {
  it('in the quiz navigation: it resumes after it, says "answered", offers "Next question"', async () => {
    showAnswerElsewhere(single);
    const user = userEvent.setup();
    render(<LessonQuiz quizId={QUIZ} title="Quiz" questions={questions} />);
    expect(screen.getByText(/^Question 2 of 2/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Previous' }));
    expect(screen.getByText(/^Question 1 of 2/)).toHaveTextContent('Question 1 of 2, answered');
    expect(screen.getByRole('button', { name: 'Next question' })).toBeInTheDocument();
    // The question shows its shown answer, not a fresh "Check answer".
    expect(screen.queryByRole('button', { name: 'Check answer' })).not.toBeInTheDocument();
  });

  it('in the summary: not listed as unanswered, and listed to review as "answer shown"', async () => {
    showAnswerElsewhere(single);
    const user = userEvent.setup();
    render(<LessonQuiz quizId={QUIZ} title="Quiz" questions={questions} />);
    await user.click(screen.getByRole('button', { name: 'See your score' }));
    expect(screen.getByText(/1 of 2 still to answer/)).toBeInTheDocument();
    // Questions are named by their short titles in lists.
    expect(screen.getByRole('button', { name: `Question 2: ${multiple.title}` })).toBeInTheDocument();
    const review = screen.getByRole('button', { name: `See question 1: ${single.title}` });
    expect(review.closest('li')).toHaveTextContent('(answer shown)');
    expect(screen.queryByRole('button', { name: `Question 1: ${single.title}` })).not.toBeInTheDocument();
  });
});
