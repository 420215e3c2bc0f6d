import type { Question } from '../../src/quiz/lib/question';

const base = { lesson: 'sample', objective: 'sample', difficulty: 'easy', placement: 'quiz', hint: 'Think about what comes first.' } as const;

export const single: Question = {
  ...base,
  id: 'sample-single',
  title: 'Where fine-tuning starts',
  type: 'single',
  prompt: 'What does fine-tuning start from?',
  options: [
    { id: 'pre-trained', text: 'A pre-trained model', correct: true, explanation: 'Right: it continues training an existing model.' },
    { id: 'empty', text: 'An empty model', correct: false, explanation: 'Training from nothing is pre-training, not fine-tuning.' },
    { id: 'index', text: 'A search index', correct: false, explanation: 'An index belongs to retrieval, not to training.' },
  ],
};

export const multiple: Question = {
  ...base,
  id: 'sample-multiple',
  title: 'Good reasons to fine-tune',
  type: 'multiple',
  prompt: 'Which are good reasons to fine-tune?',
  options: [
    { id: 'format', text: 'A fixed output format', correct: true, explanation: 'Formats are behaviour, which tuning shapes well.' },
    { id: 'tone', text: 'A consistent house tone', correct: true, explanation: 'Tone is a pattern the examples can teach.' },
    { id: 'facts', text: 'Facts that change weekly', correct: false, explanation: 'Changing facts suit retrieval better than retraining.' },
    { id: 'nothing', text: 'No prompt has been tried yet', correct: false, explanation: 'Try a well-crafted prompt first; it is cheaper.' },
  ],
};

export const myth: Question = {
  ...base,
  id: 'sample-myth',
  title: 'Thousands of examples',
  type: 'myth-or-reality',
  prompt: 'You need thousands of examples to fine-tune.',
  answer: 'myth',
  explanations: {
    myth: 'Right: 50 to 100 high-quality examples can be enough.',
    reality: 'Not so: quality matters more than quantity, and small sets can work.',
  },
};

export const ordering: Question = {
  ...base,
  id: 'sample-ordering',
  title: 'The workflow',
  type: 'ordering',
  prompt: 'Put the workflow in order.',
  items: [
    { id: 'collect', text: 'Collect examples', explanation: 'You need data before anything else.' },
    { id: 'train', text: 'Train the model', explanation: 'Training uses the prepared examples.' },
    { id: 'evaluate', text: 'Evaluate on held-out examples', explanation: 'Evaluation comes after training.' },
  ],
};

export const matching: Question = {
  ...base,
  id: 'sample-matching',
  title: 'The analogy',
  type: 'matching',
  prompt: 'Match the analogy.',
  pairs: [
    { id: 'graduate', left: 'The graduate', right: 'The pre-trained model', explanation: 'Both arrive with broad knowledge.' },
    { id: 'training', left: 'Company training', right: 'Fine-tuning', explanation: 'Both add specialised skill.' },
    { id: 'handbook', left: 'The company’s processes', right: 'Your training data', explanation: 'Both are what is learned.' },
  ],
};

export const scenario: Question = {
  ...base,
  id: 'sample-scenario',
  title: 'Law firm policies',
  type: 'scenario',
  scenario: 'A law firm wants answers that quote its own policy documents, which change every month.',
  prompt: 'Which approach fits best?',
  options: [
    { id: 'prompting', text: 'Prompting', correct: false, explanation: 'A prompt cannot hold every changing document.' },
    { id: 'rag', text: 'RAG', correct: true, explanation: 'Retrieval fetches the current documents and can cite them.' },
    { id: 'fine-tuning', text: 'Fine-tuning', correct: false, explanation: 'Retraining monthly for changing facts is the wrong tool.' },
    { id: 'both', text: 'RAG and fine-tuning together', correct: false, explanation: 'Nothing here calls for a change of behaviour.' },
  ],
};

export const allTypes: Question[] = [single, multiple, myth, ordering, matching, scenario];
