import { ResponseInputs } from '../../quiz/components/response-inputs';
import { QUESTION_INSTRUCTION } from '../../quiz/components/question-instruction';
import { emptyResponse } from '../../quiz/lib/draft';
import type { Question } from '../../quiz/lib/question';
import type { Response } from '../../quiz/lib/response';
import '../../quiz/components/question.css';


/** An attempt's seed: the order its options are shown in, the same after a reload and in its review. */
export const finalSeed = (attempt: { n: number }) => `final#${attempt.n}`;

interface FinalQuestionProps {
  question: Question;
  /** The attempt's seed: the option order, the same after a reload. */
  seed: string;
  response: Response | undefined;
  onChange: (response: Response) => void;
}

/**
 * One question of the final assessment: the scenario (if any), the question and its inputs,
 * the lesson quizzes' own inputs, with no Check, no hint and no feedback until submission.
 */
export function FinalQuestion({ question, seed, response, onChange }: FinalQuestionProps) {
  return (
    <div className="question final-question">
      {question.type === 'scenario' ? <p className="question__scenario">{question.scenario}</p> : null}
      <fieldset>
        <legend>{question.prompt}</legend>
        <p className="question__instruction">{QUESTION_INSTRUCTION[question.type]}</p>
        <ResponseInputs question={question} seed={seed} response={response ?? emptyResponse(question, seed)} disabled={false} onChange={onChange} />
      </fieldset>
    </div>
  );
}
