import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import './decision-guide.css';

/**
 * "Prompting, RAG or fine-tuning?": a short decision guide for lesson 7.
 * One question at a time (a fieldset with native radio buttons), Back and Start again,
 * and a recommendation with the reasons drawn from the learner's answers.
 *
 * The rules follow the glossary entry's FAQ and the lesson's sources: use RAG when the answer
 * depends on specific documents that change or must be cited; try a well-crafted prompt before
 * fine-tuning; fine-tune for consistent behaviour, style or format that prompting has not
 * achieved, once you have 50–100 high-quality examples; use both when you need both.
 */

export type QuestionId = 'documents' | 'prompt' | 'behaviour' | 'examples';
/**
 * What the guide recommends. Each follows from the answers on the path, and never contradicts one:
 * 'look-again' is for a prompt that fell short on something neither retrieval nor fine-tuning targets;
 * the two 'collect-examples' outcomes are for a fine-tuning need without enough examples yet.
 */
export type Approach = 'prompting' | 'rag' | 'look-again' | 'collect-examples' | 'rag-and-collect-examples' | 'fine-tuning' | 'both';
export type Answers = Partial<Record<QuestionId, 'yes' | 'no'>>;

interface GuideQuestion {
  id: QuestionId;
  text: string;
  help: string;
  options: { value: 'yes' | 'no'; label: string }[];
}

export const guideQuestions: Record<QuestionId, GuideQuestion> = {
  documents: {
    id: 'documents',
    text: 'Does the answer depend on specific documents that change, or that the answer must cite?',
    help: 'For example: a staff handbook updated every month, a product catalogue, or case files an answer has to point to.',
    options: [
      { value: 'yes', label: 'Yes' },
      { value: 'no', label: 'No' },
    ],
  },
  prompt: {
    id: 'prompt',
    text: 'Have you tried a well-crafted prompt yet?',
    help: 'Clear instructions, the format you want, and a few examples of good answers, tested on realistic inputs.',
    options: [
      { value: 'yes', label: 'Yes, and the results still fall short' },
      { value: 'no', label: 'No, not yet' },
    ],
  },
  behaviour: {
    id: 'behaviour',
    text: 'Do you need a consistent behaviour, style or format that careful prompting has not achieved?',
    help: 'For example: always answering in your house structure, tone or language. Output that must match a fixed schema, such as JSON a program reads, is a job for schema-constrained output, not fine-tuning.',
    options: [
      { value: 'yes', label: 'Yes' },
      { value: 'no', label: 'No' },
    ],
  },
  examples: {
    id: 'examples',
    text: 'Do you have, or can you write, at least 50–100 high-quality examples of the input and the output you want?',
    help: 'Real cases, each checked by someone who knows what a good answer looks like.',
    options: [
      { value: 'yes', label: 'Yes' },
      { value: 'no', label: 'No, not yet' },
    ],
  },
};

const FIRST_QUESTION: QuestionId = 'documents';
/** The longest path through the guide. */
export const MAX_QUESTIONS = 4;

/** The question after `current` given the answers so far, or null when the guide can recommend. */
export function nextQuestion(current: QuestionId, answers: Answers): QuestionId | null {
  switch (current) {
    case 'documents':
      return 'prompt';
    case 'prompt':
      return answers.prompt === 'yes' ? 'behaviour' : null;
    case 'behaviour':
      return answers.behaviour === 'yes' ? 'examples' : null;
    case 'examples':
      return null;
  }
}

export interface Recommendation {
  approach: Approach;
  title: string;
  summary: string;
  reasons: string[];
  nextStep: string;
}

const titles: Record<Approach, string> = {
  prompting: 'Start with prompting',
  rag: 'Use RAG',
  'look-again': 'Look again at what falls short',
  'collect-examples': 'Collect examples, then try fine-tuning',
  'rag-and-collect-examples': 'Use RAG now, and collect examples for fine-tuning',
  'fine-tuning': 'Try fine-tuning',
  both: 'Use RAG and fine-tuning together',
};

const summaries: Record<Approach, string> = {
  prompting: 'Improve the prompt before you change the model.',
  rag: 'Let the model look up your documents at the moment each question is asked.',
  'look-again': 'Neither retrieval nor fine-tuning targets this gap: it is not about documents, and not about a consistent behaviour.',
  'collect-examples': 'Fine-tuning fits your need, but it learns from examples, and you do not have enough good ones yet.',
  'rag-and-collect-examples': 'Retrieval can supply the documents now; fine-tuning for the behaviour has to wait for enough good examples.',
  'fine-tuning': 'Train the model further on your examples, so the behaviour you need becomes consistent.',
  both: 'Retrieval supplies the facts; fine-tuning shapes the way the model answers.',
};

const reasonFor: Record<QuestionId, Record<'yes' | 'no', string>> = {
  documents: {
    yes: 'The answer depends on specific documents that change or must be cited. Retrieval looks them up when the question arrives, so you update the documents instead of retraining, and the answer can point to its source.',
    no: 'The answer does not depend on specific documents that change or must be cited, so you do not need retrieval.',
  },
  prompt: {
    yes: 'You have tried a well-crafted prompt and the results still fall short.',
    no: 'You have not yet tried a well-crafted prompt. It is the quickest thing to try and to change, and the work carries over if you fine-tune later.',
  },
  behaviour: {
    yes: 'You need a consistent behaviour, style or format that prompting has not achieved. That is the job fine-tuning does best.',
    no: 'What falls short is not a consistent behaviour, style or format, so fine-tuning is unlikely to fix it.',
  },
  examples: {
    yes: 'You have, or can write, 50–100 high-quality examples: enough to start fine-tuning and see whether it helps.',
    no: 'You do not yet have 50–100 high-quality examples. Collect them first: quality matters more than quantity.',
  },
};

/** The questions answered on the way to a recommendation, in order; stale answers off the path are ignored. */
export function answeredPath(answers: Answers): QuestionId[] {
  const path: QuestionId[] = [];
  let current: QuestionId | null = FIRST_QUESTION;
  while (current) {
    if (!answers[current]) return path;
    path.push(current);
    current = nextQuestion(current, answers);
  }
  return path;
}

/** The recommendation for a complete set of answers, or null while a question on the path is unanswered. */
export function recommend(answers: Answers): Recommendation | null {
  const path = answeredPath(answers);
  const last = path[path.length - 1];
  if (!last || nextQuestion(last, answers) !== null) return null;

  const documents = answers.documents === 'yes';
  let approach: Approach;
  let nextStep: string;

  if (answers.prompt === 'no') {
    // Nothing is changed in the model before a well-crafted prompt has been tried.
    approach = documents ? 'rag' : 'prompting';
    nextStep = documents
      ? 'Set up retrieval over your documents, with a well-crafted prompt that tells the model how to use what it finds. Come back to this guide if the answers still fall short.'
      : 'Write clear instructions, show the format you want and add a few examples of good answers. Test the prompt on realistic inputs, and come back to this guide if it still falls short.';
  } else if (answers.behaviour === 'no') {
    approach = documents ? 'rag' : 'look-again';
    nextStep = documents
      ? 'Set up retrieval over your documents, and keep refining the prompt that goes with it.'
      : 'Read the answers that fall short and name what is missing. Facts from documents point to retrieval: answer the first question again. A task too big for one request can be split into smaller steps, each with its own prompt.';
  } else if (answers.examples === 'no') {
    approach = documents ? 'rag-and-collect-examples' : 'collect-examples';
    nextStep = documents
      ? 'Set up retrieval now, and collect examples of the behaviour you want. Once you have 50–100 good ones, add fine-tuning and test the two together.'
      : 'Collect examples of the behaviour you want, each checked by someone who knows a good answer, and keep using your best prompt meanwhile. Once you have 50–100 good ones, try fine-tuning.';
  } else {
    approach = documents ? 'both' : 'fine-tuning';
    nextStep = documents
      ? 'Use retrieval to supply the documents and fine-tune on your examples for the behaviour. Keep some examples aside to test the two together.'
      : 'Start with about 50 well-crafted examples that include your best prompt. Keep some aside to test, and compare the tuned model with the base model.';
  }

  return {
    approach,
    title: titles[approach],
    summary: summaries[approach],
    reasons: path.map((id) => reasonFor[id][answers[id] as 'yes' | 'no']),
    nextStep,
  };
}

type FocusTarget = 'question' | 'result' | null;

export function DecisionGuide() {
  const baseId = useId();
  const [answers, setAnswers] = useState<Answers>({});
  const [current, setCurrent] = useState<QuestionId | 'result'>(FIRST_QUESTION);
  const [history, setHistory] = useState<QuestionId[]>([]);
  const [error, setError] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  // Where focus should go after the next render; a ref, so asking for it does not itself re-render.
  const focusTarget = useRef<FocusTarget>(null);
  const fieldsetRef = useRef<HTMLFieldSetElement>(null);
  const resultHeadingRef = useRef<HTMLHeadingElement>(null);

  function focusQuestion() {
    const radios = fieldsetRef.current?.querySelectorAll<HTMLInputElement>('input[type="radio"]');
    const checked = radios ? Array.from(radios).find((radio) => radio.checked) : undefined;
    (checked ?? radios?.[0])?.focus();
  }

  // Move focus only after the learner acts (never on first render, so the page does not jump).
  useEffect(() => {
    const target = focusTarget.current;
    focusTarget.current = null;
    if (target === 'question') focusQuestion();
    else if (target === 'result') resultHeadingRef.current?.focus();
  });

  const recommendation = current === 'result' ? recommend(answers) : null;
  const questionNumber = history.length + 1;

  function choose(id: QuestionId, value: 'yes' | 'no') {
    setAnswers((previous) => ({ ...previous, [id]: value }));
    setError(false);
    setAnnouncement('');
  }

  function goNext(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (current === 'result') return;
    if (!answers[current]) {
      setError(true);
      setAnnouncement('Choose an answer to continue.');
      focusQuestion();
      return;
    }
    const following = nextQuestion(current, answers);
    setHistory((previous) => [...previous, current]);
    setError(false);
    if (following) {
      setCurrent(following);
      setAnnouncement('');
      focusTarget.current = 'question';
    } else {
      const result = recommend(answers);
      setCurrent('result');
      setAnnouncement(result ? `Recommendation: ${result.title}. ${result.summary}` : '');
      focusTarget.current = 'result';
    }
  }

  function goBack() {
    const previous = history[history.length - 1];
    if (!previous) return;
    setHistory(history.slice(0, -1));
    setCurrent(previous);
    setError(false);
    setAnnouncement('');
    focusTarget.current = 'question';
  }

  function startAgain() {
    setAnswers({});
    setHistory([]);
    setCurrent(FIRST_QUESTION);
    setError(false);
    setAnnouncement('');
    focusTarget.current = 'question';
  }

  const titleId = `${baseId}-title`;
  const question = current === 'result' ? null : guideQuestions[current];
  const helpId = `${baseId}-help`;
  const errorId = `${baseId}-error`;

  return (
    <section className="decision-guide" aria-labelledby={titleId}>
      <h3 id={titleId} className="decision-guide__title">
        Decision guide: prompting, RAG or fine-tuning?
      </h3>

      {question ? (
        <form className="decision-guide__form" onSubmit={goNext} noValidate>
          <p className="decision-guide__progress">
            Question {questionNumber} of up to {MAX_QUESTIONS}
          </p>
          <fieldset
            ref={fieldsetRef}
            className="decision-guide__fieldset"
            aria-describedby={error ? `${helpId} ${errorId}` : helpId}
          >
            <legend className="decision-guide__legend">{question.text}</legend>
            <p id={helpId} className="decision-guide__help">
              {question.help}
            </p>
            {error ? (
              <p id={errorId} className="decision-guide__error">
                <span aria-hidden="true">! </span>Choose an answer to continue.
              </p>
            ) : null}
            <div className="decision-guide__options">
              {question.options.map((option) => {
                const inputId = `${baseId}-${question.id}-${option.value}`;
                return (
                  <label className="decision-guide__option" htmlFor={inputId} key={option.value}>
                    <input
                      type="radio"
                      id={inputId}
                      name={`${baseId}-${question.id}`}
                      value={option.value}
                      checked={answers[question.id] === option.value}
                      onChange={() => choose(question.id, option.value)}
                    />
                    <span>{option.label}</span>
                  </label>
                );
              })}
            </div>
          </fieldset>
          <div className="decision-guide__actions">
            <button type="submit" className="button">
              Next
            </button>
            {history.length > 0 ? (
              <>
                <button type="button" className="button button--secondary" onClick={goBack}>
                  Back
                </button>
                <button type="button" className="button button--quiet" onClick={startAgain}>
                  Start again
                </button>
              </>
            ) : null}
          </div>
        </form>
      ) : recommendation ? (
        <div className="decision-guide__result" data-approach={recommendation.approach}>
          <h4 ref={resultHeadingRef} tabIndex={-1} className="decision-guide__result-title">
            Recommendation: {recommendation.title}
          </h4>
          <p className="decision-guide__summary">{recommendation.summary}</p>
          <p className="decision-guide__subhead">Why, from your answers:</p>
          <ul className="decision-guide__reasons">
            {recommendation.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
          <p>
            <strong>Next step:</strong> {recommendation.nextStep}
          </p>
          <div className="decision-guide__actions">
            <button type="button" className="button button--secondary" onClick={goBack}>
              Back
            </button>
            <button type="button" className="button" onClick={startAgain}>
              Start again
            </button>
          </div>
        </div>
      ) : null}

      <div role="status" className="visually-hidden">
        {announcement}
      </div>
    </section>
  );
}
