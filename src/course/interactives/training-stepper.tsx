import { useEffect, useId, useRef, useState } from 'react';
import './training-stepper.css';

/**
 * Lesson 4's interactive explanation: a learner steps through fine-tuning a support
 * assistant on four examples and watches two things change: the loss curves, and the
 * model's answer to a ticket it never sees in training. Everything here is fixed,
 * made-up data chosen to show the shape of real training (including overfitting);
 * nothing is computed or trained.
 */

interface TrainingExample {
  customer: string;
  reply: string;
}

interface EpochState {
  /** Loss on the training examples after this many epochs (made up). */
  train: number;
  /** Loss on held-out validation examples after this many epochs (made up). */
  validation: number;
  /** Short verdict on the answer, shown as text (never colour alone). */
  verdict: string;
  /** The model's answer to the test ticket at this point. */
  answer: string;
  /** What is going on, in one or two sentences. */
  note: string;
}

export const TRAINING_EXAMPLES: readonly TrainingExample[] = [
  {
    customer: 'My Wi-Fi drops every evening around 8pm. Sam',
    reply:
      'Hi Sam, sorry your evenings have been interrupted. Next steps: 1. Restart your router. 2. Move it away from the microwave. 3. Reply with the light colour if it drops again. Brightwell Support',
  },
  {
    customer: 'I have been charged twice this month. Priya',
    reply:
      'Hi Priya, sorry for the double charge. Next steps: 1. We have refunded the second payment. 2. Allow 3 to 5 working days for it to arrive. Brightwell Support',
  },
  {
    customer: 'How do I change my Wi-Fi password? Tom',
    reply:
      'Hi Tom, thanks for getting in touch. Next steps: 1. Sign in to the Brightwell app. 2. Choose Router, then Wi-Fi password. 3. Reconnect your devices with the new password. Brightwell Support',
  },
  {
    customer: 'I am moving house next month. Can my contract come with me? Aisha',
    reply:
      'Hi Aisha, congratulations on the move. Next steps: 1. Add your new address in the Brightwell app. 2. We will check the line there and confirm a moving date. Brightwell Support',
  },
];

export const TEST_TICKET = 'My internet has been really slow since yesterday. Jo';

const PARROTED = TRAINING_EXAMPLES[0]?.reply ?? '';

/** Index = number of completed epochs (0 = the base model, before any training). */
export const EPOCHS: readonly EpochState[] = [
  {
    train: 2.4,
    validation: 2.46,
    verdict: 'Generic',
    answer:
      'Slow internet can have many causes. You could restart your router, check whether there is an outage in your area, or contact your internet service provider for further help.',
    note: 'The base model gives a sensible, general answer, but nothing like Brightwell’s house style.',
  },
  {
    train: 1.52,
    validation: 1.63,
    verdict: 'Partly in house style',
    answer:
      'Hi Jo, sorry to hear that. Slow internet can have many causes, such as your router or an outage. Try restarting the router and contact us if it continues.',
    note: 'After one pass through the examples it has picked up the greeting and the apology.',
  },
  {
    train: 0.98,
    validation: 1.14,
    verdict: 'Mostly in house style',
    answer: 'Hi Jo, sorry your connection has been slow. Next steps: 1. Restart your router. 2. Contact us if it is still slow. Brightwell Support',
    note: 'Numbered next steps and the sign-off have arrived. Both losses are still falling.',
  },
  {
    train: 0.64,
    validation: 0.92,
    verdict: 'In house style: best so far',
    answer:
      'Hi Jo, sorry your connection has been slow since yesterday. Next steps: 1. Restart your router. 2. Run a speed test with a cable plugged in. 3. Reply with the result and we will check your line. Brightwell Support',
    note: 'The answer follows the style and fits Jo’s problem. Validation loss is at its lowest: this is the version of the model to keep.',
  },
  {
    train: 0.43,
    validation: 0.97,
    verdict: 'Starting to overfit',
    answer:
      'Hi Jo, sorry your connection has been slow since yesterday. Next steps: 1. Restart your router. 2. Move it away from the microwave. 3. Reply with the result and we will check your line. Brightwell Support',
    note: 'Training loss keeps falling, but validation loss has turned upwards. A detail from Sam’s example (the microwave) has crept in.',
  },
  {
    train: 0.28,
    validation: 1.09,
    verdict: 'Overfitting',
    answer:
      'Hi Jo, sorry your evenings have been interrupted. Next steps: 1. Restart your router. 2. Move it away from the microwave. 3. Reply with the light colour if it drops again. Brightwell Support',
    note: 'The model is memorising its training answers instead of learning the pattern. Jo never mentioned evenings.',
  },
  {
    train: 0.17,
    validation: 1.26,
    verdict: 'Parroting a training answer',
    answer: PARROTED,
    note: 'It now repeats Sam’s training answer word for word, wrong name included.',
  },
  {
    train: 0.1,
    validation: 1.44,
    verdict: 'Parroting a training answer',
    answer: PARROTED,
    note: 'Training loss is almost zero, yet the answer is useless for Jo. Low training loss alone proves nothing.',
  },
  {
    train: 0.06,
    validation: 1.61,
    verdict: 'Parroting a training answer',
    answer: PARROTED,
    note: 'The gap between the two curves keeps widening: the classic sign of overfitting.',
  },
];

export const STEPS_PER_EPOCH = TRAINING_EXAMPLES.length;
export const MAX_EPOCHS = EPOCHS.length - 1;
const MAX_STEPS = MAX_EPOCHS * STEPS_PER_EPOCH;

/** The epoch with the lowest validation loss: the version of the model you would keep. */
export const BEST_EPOCH = EPOCHS.reduce((best, e, i, all) => (e.validation < (all[best]?.validation ?? Infinity) ? i : best), 0);

const DISCLAIMER =
  'A simplified illustration: real training adjusts millions or billions of weights; these numbers are made up to show the shape.';

function epochAt(completed: number): EpochState {
  // Every caller passes 0..MAX_EPOCHS; the fallback keeps the type checker satisfied.
  return EPOCHS[completed] ?? (EPOCHS[0] as EpochState);
}

const fmt = (n: number) => n.toFixed(2);

function epochAnnouncement(completed: number): string {
  const e = epochAt(completed);
  return `Epoch ${completed} of ${MAX_EPOCHS} complete. Training loss ${fmt(e.train)}, validation loss ${fmt(e.validation)}. Answer: ${e.verdict}.`;
}

/* ---------- the chart ---------- */

/**
 * The chart is drawn at the width it is shown at (one SVG unit = one CSS pixel), so its labels
 * are as large on a 320 px phone as on a desktop. Before the width is known (the prerendered
 * page), it is drawn at DEFAULT_WIDTH and scaled.
 */
const DEFAULT_WIDTH = 340;
const MIN_WIDTH = 240;
const MAX_WIDTH = 448;
const PAD = { left: 44, right: 14, top: 14, bottom: 42 };
const Y_MAX = 2.5;

interface ChartFrame {
  W: number;
  H: number;
  x: (epoch: number) => number;
  y: (loss: number) => number;
}

function chartFrame(width: number): ChartFrame {
  const W = Math.round(Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, width)));
  const H = Math.round(Math.min(240, Math.max(200, W * 0.6)));
  return {
    W,
    H,
    x: (epoch) => PAD.left + (epoch / MAX_EPOCHS) * (W - PAD.left - PAD.right),
    y: (loss) => PAD.top + (1 - loss / Y_MAX) * (H - PAD.top - PAD.bottom),
  };
}

/** The width of the element, in CSS pixels, once it is known (ResizeObserver); `fallback` before. */
function useWidth(ref: React.RefObject<HTMLElement | null>, fallback: number): number {
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry && entry.contentRect.width > 0) setWidth(entry.contentRect.width);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

function chartSummary(completed: number): string {
  const start = epochAt(0);
  const now = epochAt(completed);
  if (completed === 0) {
    return `Loss chart, before training. Training loss ${fmt(start.train)}, validation loss ${fmt(start.validation)}.`;
  }
  const best = epochAt(BEST_EPOCH);
  const shape =
    completed <= BEST_EPOCH
      ? 'Both lines fall.'
      : `Both lines fall until epoch ${BEST_EPOCH}, where validation loss is lowest at ${fmt(best.validation)}; after that training loss keeps falling while validation loss rises.`;
  return `Loss chart for epochs 0 to ${completed}. Training loss goes from ${fmt(start.train)} to ${fmt(now.train)}; validation loss goes from ${fmt(start.validation)} to ${fmt(now.validation)}. ${shape}`;
}

function LossChart({ completed, titleId, descId }: { completed: number; titleId: string; descId: string }) {
  const boxRef = useRef<HTMLDivElement>(null);
  const { W, H, x, y } = chartFrame(useWidth(boxRef, DEFAULT_WIDTH));
  const shown = EPOCHS.slice(0, completed + 1);
  const line = (key: 'train' | 'validation') => shown.map((e, i) => `${x(i)},${y(e[key])}`).join(' ');
  const best = epochAt(BEST_EPOCH);
  return (
    <div ref={boxRef} className="training-stepper__chart-box">
      <svg
        className="training-stepper__chart"
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-labelledby={titleId}
        aria-describedby={descId}
        preserveAspectRatio="xMidYMid meet"
      >
        <title id={titleId}>Training and validation loss by epoch</title>
        <desc id={descId}>{chartSummary(completed)}</desc>

        {/* grid and axes */}
        {[0, 0.5, 1, 1.5, 2, 2.5].map((v) => (
          <g key={v}>
            <line className="training-stepper__grid" x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} />
            <text className="training-stepper__tick" x={PAD.left - 6} y={y(v) + 4} textAnchor="end">
              {v.toFixed(1)}
            </text>
          </g>
        ))}
        {EPOCHS.map((_, i) => (
          <text key={i} className="training-stepper__tick" x={x(i)} y={H - PAD.bottom + 18} textAnchor="middle">
            {i}
          </text>
        ))}
        <text className="training-stepper__axis-label" x={(PAD.left + W - PAD.right) / 2} y={H - 6} textAnchor="middle">
          Epochs completed
        </text>
        <text
          className="training-stepper__axis-label"
          x={12}
          y={(PAD.top + H - PAD.bottom) / 2}
          textAnchor="middle"
          transform={`rotate(-90 12 ${(PAD.top + H - PAD.bottom) / 2})`}
        >
          Loss
        </text>

        {/* the best epoch, once it has been passed */}
        {completed > BEST_EPOCH ? (
          <g className="training-stepper__best">
            <line x1={x(BEST_EPOCH)} x2={x(BEST_EPOCH)} y1={PAD.top} y2={H - PAD.bottom} />
            <text x={x(BEST_EPOCH) + 4} y={PAD.top + 10}>
              best
            </text>
          </g>
        ) : null}

        {/* the two series: different colour, dash pattern and marker shape */}
        <polyline className="training-stepper__line training-stepper__line--train" points={line('train')} />
        <polyline className="training-stepper__line training-stepper__line--validation" points={line('validation')} />
        {shown.map((e, i) => (
          <g key={i}>
            <circle className="training-stepper__dot training-stepper__dot--train" cx={x(i)} cy={y(e.train)} r={3.5} />
            <rect
              className="training-stepper__dot training-stepper__dot--validation"
              x={x(i) - 3.5}
              y={y(e.validation) - 3.5}
              width={7}
              height={7}
            />
          </g>
        ))}
        {completed > BEST_EPOCH ? <circle className="training-stepper__best-ring" cx={x(BEST_EPOCH)} cy={y(best.validation)} r={7} /> : null}
      </svg>
    </div>
  );
}

/* ---------- the component ---------- */

export function TrainingStepper() {
  const id = useId();
  const [step, setStep] = useState(0);
  const [message, setMessage] = useState('Before training: this is the base model. Choose Train one step or Train one epoch.');

  const completed = Math.floor(step / STEPS_PER_EPOCH);
  const inEpoch = step % STEPS_PER_EPOCH; // examples already seen in the current epoch
  const current = epochAt(completed);
  const atEnd = step >= MAX_STEPS;
  /** The example most recently trained on, for highlighting; null before training. */
  const lastTrained = step === 0 ? null : (step - 1) % STEPS_PER_EPOCH;

  const endMessage = `This illustration stops at ${MAX_EPOCHS} epochs. Choose Reset to start again from the base model.`;

  function goTo(next: number) {
    setStep(next);
    if (next % STEPS_PER_EPOCH === 0) {
      setMessage(epochAnnouncement(next / STEPS_PER_EPOCH));
    } else {
      const epochNo = Math.floor(next / STEPS_PER_EPOCH) + 1;
      const seen = next % STEPS_PER_EPOCH;
      setMessage(
        `Epoch ${epochNo}, step ${seen} of ${STEPS_PER_EPOCH}: weights nudged towards example ${seen}. The epoch ends after example ${STEPS_PER_EPOCH}.`,
      );
    }
  }

  function trainStep() {
    if (atEnd) setMessage(endMessage);
    else goTo(step + 1);
  }

  function trainEpoch() {
    if (atEnd) setMessage(endMessage);
    else goTo((completed + 1) * STEPS_PER_EPOCH);
  }

  function reset() {
    setStep(0);
    setMessage('Reset: back to the base model, before any training.');
  }

  const headingId = `${id}-heading`;
  const progressText =
    step === 0
      ? 'Not trained yet'
      : inEpoch === 0
        ? `Epoch ${completed} of ${MAX_EPOCHS} complete`
        : `Epoch ${completed + 1} in progress: ${inEpoch} of ${STEPS_PER_EPOCH} examples seen`;

  return (
    <section className="training-stepper" aria-labelledby={headingId}>
      <h3 id={headingId} className="training-stepper__heading">
        Try it: fine-tune a support assistant
      </h3>
      <p className="training-stepper__disclaimer">{DISCLAIMER}</p>

      <div className="training-stepper__controls">
        <button type="button" className="training-stepper__button" onClick={trainStep} aria-disabled={atEnd}>
          Train one step
        </button>
        <button type="button" className="training-stepper__button" onClick={trainEpoch} aria-disabled={atEnd}>
          Train one epoch
        </button>
        <button type="button" className="training-stepper__button training-stepper__button--secondary" onClick={reset}>
          Reset
        </button>
      </div>

      <div className="training-stepper__layout">
        <div className="training-stepper__panel">
          <h4 className="training-stepper__panel-heading">Loss</h4>
          <LossChart completed={completed} titleId={`${id}-chart-title`} descId={`${id}-chart-desc`} />
          {/* Under the chart, so that on a phone the chart is right under the buttons that change it. */}
          <p className="training-stepper__status" role="status">
            {message}
          </p>
          <ul className="training-stepper__legend">
            <li>
              <span aria-hidden="true" className="training-stepper__key training-stepper__key--train" />
              Training loss (solid line, circles): error on the four examples it learns from
            </li>
            <li>
              <span aria-hidden="true" className="training-stepper__key training-stepper__key--validation" />
              Validation loss (dashed line, squares): error on examples it never trains on
            </li>
          </ul>
          <p className="training-stepper__readout">
            After epoch {completed}: training loss {fmt(current.train)}, validation loss {fmt(current.validation)}
          </p>
        </div>
        <div className="training-stepper__panel">
          <h4 className="training-stepper__panel-heading">Test ticket (never trained on)</h4>
          <p className="training-stepper__ticket">
            <span className="training-stepper__label">Customer:</span> {TEST_TICKET}
          </p>
          <p className="training-stepper__answer-label">
            Model’s answer after epoch {completed}: <strong className="training-stepper__verdict">{current.verdict}</strong>
          </p>
          <blockquote key={completed} className="training-stepper__answer" data-testid="training-stepper-answer">
            <p>{current.answer}</p>
          </blockquote>
          <p className="training-stepper__note">{current.note}</p>
        </div>
      </div>

      <div className="training-stepper__panel training-stepper__panel--examples">
        <h4 className="training-stepper__panel-heading">Training examples</h4>
        <p className="training-stepper__progress">{progressText}</p>
        <ol className="training-stepper__examples">
          {TRAINING_EXAMPLES.map((ex, i) => {
            const isLast = lastTrained === i;
            return (
              <li
                key={ex.customer}
                className={`training-stepper__example${isLast ? ' training-stepper__example--current' : ''}`}
                aria-current={isLast ? 'step' : undefined}
              >
                <p className="training-stepper__example-number">Example {i + 1}</p>
                <p className="training-stepper__ticket">
                  <span className="training-stepper__label">Customer:</span> {ex.customer}
                </p>
                <p className="training-stepper__reply">
                  <span className="training-stepper__label">Wanted reply:</span> {ex.reply}
                </p>
                {isLast ? <p className="training-stepper__flag">Just trained on this example</p> : null}
              </li>
            );
          })}
        </ol>
      </div>

      <details className="training-stepper__details">
        <summary>Show the numbers as a table</summary>
        <table className="training-stepper__table">
          <caption>Made-up losses and the answer’s verdict after each completed epoch</caption>
          <thead>
            <tr>
              <th scope="col">Epoch</th>
              <th scope="col">Training loss</th>
              <th scope="col">Validation loss</th>
              <th scope="col">Answer</th>
            </tr>
          </thead>
          <tbody>
            {EPOCHS.slice(0, completed + 1).map((e, i) => (
              <tr key={i}>
                <th scope="row">{i}</th>
                <td>{fmt(e.train)}</td>
                <td>{fmt(e.validation)}</td>
                <td>{e.verdict}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
