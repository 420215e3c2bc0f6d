import { initialOrder, matchingChoices, presentedOptions } from '../lib/present';
import type { Question } from '../lib/question';

const SEED = 'print';
const letter = (i: number) => String.fromCharCode(65 + i);

function PrintableQuestion({ question }: { question: Question }) {
  switch (question.type) {
    case 'single':
    case 'multiple':
    case 'scenario':
      return (
        <>
          <p className="print-question__instruction">{question.type === 'multiple' ? 'Tick every answer that applies.' : 'Tick one answer.'}</p>
          <ul className="print-question__options">
            {presentedOptions(question, SEED).map((option) => (
              <li key={option.id}>
                <span aria-hidden="true">☐ </span>
                {option.text}
              </li>
            ))}
          </ul>
        </>
      );
    case 'myth-or-reality':
      return (
        <ul className="print-question__options">
          <li>
            <span aria-hidden="true">☐ </span>Myth
          </li>
          <li>
            <span aria-hidden="true">☐ </span>Reality
          </li>
        </ul>
      );
    case 'ordering': {
      const byId = new Map(question.items.map((item) => [item.id, item]));
      return (
        <>
          <p className="print-question__instruction">Number the steps in order.</p>
          <ul className="print-question__options">
            {initialOrder(question, SEED).map((id) => (
              <li key={id}>
                <span aria-hidden="true">___ </span>
                {byId.get(id)?.text}
              </li>
            ))}
          </ul>
        </>
      );
    }
    case 'matching':
      return (
        <>
          <p className="print-question__instruction">Write the letter of the match beside each item.</p>
          <ol className="print-question__options">
            {question.pairs.map((pair) => (
              <li key={pair.id}>
                {pair.left} <span aria-hidden="true">→ ___</span>
              </li>
            ))}
          </ol>
          <ul className="print-question__options print-question__choices">
            {matchingChoices(question, SEED).map((choice, i) => (
              <li key={choice.id}>
                {letter(i)}. {choice.text}
              </li>
            ))}
          </ul>
        </>
      );
  }
}

/**
 * Every question of a quiz at once, with room to answer and no answers: what a printed
 * lesson shows in place of the one-question-at-a-time quiz. Hidden on screen.
 */
export function PrintableQuestions({ questions }: { questions: readonly Question[] }) {
  return (
    <ol className="print-only print-questions" hidden>
      {questions.map((question) => (
        <li key={question.id} className="print-question">
          {question.type === 'scenario' ? <p>{question.scenario}</p> : null}
          <p className="print-question__prompt">{question.prompt}</p>
          <PrintableQuestion question={question} />
        </li>
      ))}
    </ol>
  );
}
