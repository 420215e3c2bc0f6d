import { SingleChoice } from '../../quiz/components/single-choice-question';
import { useLessonContext } from '../lesson-context';

/** One question from the lesson's bank, inside the lesson text. */
export function Checkpoint({ id }: { id: string }) {
  const { questions } = useLessonContext();
  const question = questions.find((q) => q.id === id);
  if (!question || question.type !== 'single') return null;
  return (
    <div className="checkpoint">
      <p className="checkpoint__label">Checkpoint</p>
      <SingleChoice question={question} />
    </div>
  );
}

/** The end-of-lesson quiz: every question the bank places in the quiz. */
export function LessonQuiz() {
  const { questions } = useLessonContext();
  return (
    <section className="lesson-quiz" aria-labelledby="lesson-quiz">
      <h2 id="lesson-quiz">Quiz</h2>
      {questions
        .filter((q) => q.placement === 'quiz' && q.type === 'single')
        .map((q) => (q.type === 'single' ? <SingleChoice key={q.id} question={q} /> : null))}
    </section>
  );
}
