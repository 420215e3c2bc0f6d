import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { axe } from 'jest-axe';
import {
  BEST_EPOCH,
  EPOCHS,
  MAX_EPOCHS,
  STEPS_PER_EPOCH,
  TEST_TICKET,
  TRAINING_EXAMPLES,
  TrainingStepper,
} from '../../src/course/interactives/training-stepper';
import { SLOW_TEST_MS } from '../support/timeouts';

function answerText() {
  return screen.getByTestId('training-stepper-answer').textContent ?? '';
}

function status() {
  return screen.getByRole('status');
}

describe('TrainingStepper', () => {
  it('starts from the base model and says it is an illustration', () => {
    render(<TrainingStepper />);
    expect(screen.getByText(/A simplified illustration: real training adjusts millions or billions of weights/)).toBeInTheDocument();
    expect(screen.getByText(/Not trained yet/)).toBeInTheDocument();
    expect(screen.getByText(/Model’s answer after epoch 0/)).toBeInTheDocument();
    expect(answerText()).toBe(EPOCHS[0]?.answer);
    expect(screen.getByText(TEST_TICKET)).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'Training and validation loss by epoch' })).toBeInTheDocument();
  });

  it('calls the epoch to keep a version of the model, never a “checkpoint”: in this course that word names the questions in a lesson', async () => {
    const user = userEvent.setup();
    const { container } = render(<TrainingStepper />);
    for (let epoch = 1; epoch <= MAX_EPOCHS; epoch++) {
      await user.click(screen.getByRole('button', { name: 'Train one epoch' }));
      expect(container.textContent).not.toMatch(/checkpoint/i);
    }
    expect(EPOCHS[BEST_EPOCH]!.note).toMatch(/the version of the model to keep/);
  });

  it('puts the chart straight after the buttons, then their status, before the answer it explains', () => {
    render(<TrainingStepper />);
    const chart = screen.getByRole('img', { name: 'Training and validation loss by epoch' });
    const follows = (a: Element, b: Element) => Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
    expect(follows(screen.getByRole('button', { name: 'Reset' }), chart)).toBe(true);
    expect(follows(chart, status())).toBe(true);
    expect(follows(status(), screen.getByRole('heading', { name: 'Test ticket (never trained on)' }))).toBe(true);
  });

  it('keeps the test ticket out of the training examples', () => {
    expect(TRAINING_EXAMPLES.map((e) => e.customer)).not.toContain(TEST_TICKET);
  });

  it('has data with the shape it teaches: training loss always falls, validation loss falls then rises', () => {
    for (let i = 1; i < EPOCHS.length; i++) {
      expect(EPOCHS[i]!.train).toBeLessThan(EPOCHS[i - 1]!.train);
    }
    expect(BEST_EPOCH).toBeGreaterThan(0);
    expect(BEST_EPOCH).toBeLessThan(MAX_EPOCHS);
    expect(EPOCHS[MAX_EPOCHS]!.validation).toBeGreaterThan(EPOCHS[BEST_EPOCH]!.validation);
    // overfitting ends in parroting a training answer word for word
    expect(TRAINING_EXAMPLES.map((e) => e.reply)).toContain(EPOCHS[MAX_EPOCHS]!.answer);
  });

  it('one step trains on one example without finishing the epoch', async () => {
    const user = userEvent.setup();
    render(<TrainingStepper />);
    await user.click(screen.getByRole('button', { name: 'Train one step' }));

    expect(status()).toHaveTextContent(`Epoch 1, step 1 of ${STEPS_PER_EPOCH}`);
    expect(screen.getByText(`Epoch 1 in progress: 1 of ${STEPS_PER_EPOCH} examples seen`)).toBeInTheDocument();
    const current = screen.getByRole('listitem', { current: 'step' });
    expect(within(current).getByText(TRAINING_EXAMPLES[0]!.customer)).toBeInTheDocument();
    // the answer is only checked at the end of an epoch
    expect(answerText()).toBe(EPOCHS[0]?.answer);
  });

  it('finishing an epoch, by steps or in one go, changes the epoch, losses and answer', async () => {
    const user = userEvent.setup();
    render(<TrainingStepper />);
    for (let i = 0; i < STEPS_PER_EPOCH; i++) {
      await user.click(screen.getByRole('button', { name: 'Train one step' }));
    }
    expect(status()).toHaveTextContent(`Epoch 1 of ${MAX_EPOCHS} complete`);
    expect(status()).toHaveTextContent(`validation loss ${EPOCHS[1]!.validation.toFixed(2)}`);
    expect(screen.getByText(/Model’s answer after epoch 1/)).toBeInTheDocument();
    expect(answerText()).toBe(EPOCHS[1]?.answer);
    expect(answerText()).not.toBe(EPOCHS[0]?.answer);

    await user.click(screen.getByRole('button', { name: 'Train one epoch' }));
    expect(status()).toHaveTextContent(`Epoch 2 of ${MAX_EPOCHS} complete`);
    expect(answerText()).toBe(EPOCHS[2]?.answer);
  });

  it('shows overfitting when trained too long, then refuses to go past the end', async () => {
    const user = userEvent.setup();
    render(<TrainingStepper />);
    const epochButton = screen.getByRole('button', { name: 'Train one epoch' });
    for (let i = 0; i < MAX_EPOCHS; i++) await user.click(epochButton);

    expect(answerText()).toBe(TRAINING_EXAMPLES[0]?.reply);
    expect(screen.getByText('Parroting a training answer', { selector: 'strong' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'Training and validation loss by epoch' })).toHaveAccessibleDescription(
      new RegExp(`validation loss is lowest at ${EPOCHS[BEST_EPOCH]!.validation.toFixed(2)}`),
    );
    expect(epochButton).toHaveAttribute('aria-disabled', 'true');

    await user.click(epochButton);
    expect(status()).toHaveTextContent(`stops at ${MAX_EPOCHS} epochs`);
    expect(screen.getByText(`Epoch ${MAX_EPOCHS} of ${MAX_EPOCHS} complete`)).toBeInTheDocument();
  });

  it('the table alternative lists one row per completed epoch', async () => {
    const user = userEvent.setup();
    render(<TrainingStepper />);
    const table = screen.getByRole('table', { hidden: true });
    expect(within(table).getAllByRole('row', { hidden: true })).toHaveLength(2); // header + epoch 0
    await user.click(screen.getByRole('button', { name: 'Train one epoch' }));
    await user.click(screen.getByRole('button', { name: 'Train one epoch' }));
    expect(within(table).getAllByRole('row', { hidden: true })).toHaveLength(4);
  });

  it('reset returns to the base model', async () => {
    const user = userEvent.setup();
    render(<TrainingStepper />);
    await user.click(screen.getByRole('button', { name: 'Train one epoch' }));
    await user.click(screen.getByRole('button', { name: 'Train one epoch' }));
    await user.click(screen.getByRole('button', { name: 'Train one step' }));
    await user.click(screen.getByRole('button', { name: 'Reset' }));

    expect(status()).toHaveTextContent('Reset: back to the base model');
    expect(screen.getByText(/Not trained yet/)).toBeInTheDocument();
    expect(answerText()).toBe(EPOCHS[0]?.answer);
    expect(screen.queryByRole('listitem', { current: 'step' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Train one epoch' })).toHaveAttribute('aria-disabled', 'false');
  });

  it('works from the keyboard alone', async () => {
    const user = userEvent.setup();
    render(<TrainingStepper />);
    await user.tab();
    expect(screen.getByRole('button', { name: 'Train one step' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Train one epoch' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(status()).toHaveTextContent('Epoch 1 of');
    await user.keyboard(' ');
    expect(status()).toHaveTextContent('Epoch 2 of');
    await user.tab();
    expect(screen.getByRole('button', { name: 'Reset' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(answerText()).toBe(EPOCHS[0]?.answer);
  });

  it('has no axe violations, before training and after overfitting', async () => {
    const user = userEvent.setup();
    const { container } = render(<TrainingStepper />);
    expect(await axe(container)).toHaveNoViolations();
    for (let i = 0; i < MAX_EPOCHS; i++) await user.click(screen.getByRole('button', { name: 'Train one epoch' }));
    await user.click(screen.getByText('Show the numbers as a table'));
    expect(await axe(container)).toHaveNoViolations();
  }, SLOW_TEST_MS);
});
