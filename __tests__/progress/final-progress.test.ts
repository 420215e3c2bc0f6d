/** The final assessment's effect on saved progress, without React. */
import { answerFinal, nameCertificate, nextAttemptNumber, openAttempt, startFinal, submitFinal } from '../../src/progress/final-progress';
import { emptyProgress } from '../../src/progress/progress-types';
import { finalPassed } from '../../src/review/lib/final-rules';
import { multiple, ordering, single } from '../support/sample-questions';

const questions = new Map([single, multiple, ordering].map((q) => [q.id, q]));
const started = () => startFinal(emptyProgress(), 1, [single.id, multiple.id, ordering.id], 1_000);

describe('the final assessment in saved progress', () => {
  it('keeps answers ungraded until submission, and ignores answers to questions it did not ask', () => {
    let data = answerFinal(started(), single.id, { type: 'single', choice: 'pre-trained' }, 2_000);
    data = answerFinal(data, 'not-asked', { type: 'single', choice: 'x' }, 2_000);
    expect(openAttempt(data)?.responses).toEqual({ [single.id]: { type: 'single', choice: 'pre-trained' } });
    expect(data.finalResults).toEqual([]);
  });

  it('scores partial credit on submission, 0 for what is unanswered, and saves the result with its date', () => {
    let data = answerFinal(started(), single.id, { type: 'single', choice: 'pre-trained' }, 2_000);
    data = answerFinal(data, multiple.id, { type: 'multiple', choices: ['format'] }, 2_000);
    data = submitFinal(data, questions, 3_000);
    expect(data.finalAttempt?.result).toEqual({ n: 1, score: 1.5, total: 3, at: 3_000, scores: { [single.id]: 1, [multiple.id]: 0.5, [ordering.id]: 0 } });
    expect(data.finalResults).toEqual([{ n: 1, score: 1.5, total: 3, at: 3_000 }]);
    expect(openAttempt(data)).toBeNull();
    expect(nextAttemptNumber(data)).toBe(2);
    // Submitting twice changes nothing.
    expect(submitFinal(data, questions, 4_000)).toBe(data);
  });

  it('does not replace an open attempt when asked to start another', () => {
    const data = started();
    expect(startFinal(data, 2, [single.id], 5_000)).toBe(data);
  });

  it('passes at 80% and not a hair below', () => {
    expect(finalPassed({ score: 16, total: 20 })).toBe(true);
    expect(finalPassed({ score: 14.4, total: 18 })).toBe(true);
    expect(finalPassed({ score: 14.39, total: 18 })).toBe(false);
    expect(finalPassed({ score: 0, total: 0 })).toBe(false);
  });

  it('keeps the certificate name trimmed, and clears it when emptied', () => {
    expect(nameCertificate(emptyProgress(), '  Ada Lovelace ', 9).certificateName).toEqual({ name: 'Ada Lovelace', at: 9 });
    expect(nameCertificate(emptyProgress(), '   ', 9).certificateName).toBeNull();
  });
});
