import type { Misconception } from '../src/course/misconception';

/**
 * Beliefs about fine-tuning that a wrong answer reveals. Every incorrect option of a single, multiple
 * or scenario question names one by id in `misconception`; every myth-or-reality question names the one
 * its wrong answer reveals. One belief, one id: reuse an id rather than add a near-copy.
 * Ids are stable (the mastery page and the instructor guide tally by them). Grouped by the lesson that
 * corrects the belief (`correctedIn`, a lesson slug); add new ones to the group of that lesson.
 */
const misconceptions: Misconception[] = [
  // what-is-fine-tuning
  {
    id: 'fine-tuning-trains-from-scratch',
    belief: 'Fine-tuning builds a new model from scratch rather than training an existing one further.',
    correctedIn: 'what-is-fine-tuning',
  },
  {
    id: 'fine-tuning-is-prompting',
    belief: 'Writing instructions or examples into a prompt is a kind of fine-tuning.',
    correctedIn: 'what-is-fine-tuning',
  },

  // how-it-works
  {
    id: 'general-abilities-guaranteed',
    belief: 'A fine-tuned model is guaranteed to keep all its general abilities; fine-tuning only ever adds.',
    correctedIn: 'how-it-works',
  },
  {
    id: 'low-training-loss-means-good-model',
    belief: 'A low training loss shows that the fine-tuned model is good.',
    correctedIn: 'how-it-works',
  },

  // examples-in-practice
  {
    id: 'fine-tuning-is-only-about-quality',
    belief: 'Fine-tuning is only ever chosen to make answers better, never for cost or speed.',
    correctedIn: 'examples-in-practice',
  },
  {
    id: 'fine-tuning-makes-an-expert',
    belief: 'Fine-tuning on expert examples makes a model as good as the experts.',
    correctedIn: 'examples-in-practice',
  },

  // myths-and-reality
  {
    id: 'fine-tuning-always-beats-prompting',
    belief: 'Fine-tuning is always better than prompting.',
    correctedIn: 'myths-and-reality',
  },
  {
    id: 'needs-thousands-of-examples',
    belief: 'You need thousands of examples to fine-tune.',
    correctedIn: 'myths-and-reality',
  },
  {
    id: 'quantity-beats-quality',
    belief: 'More training examples always help, even noisy ones.',
    correctedIn: 'myths-and-reality',
  },
  {
    id: 'fine-tuning-is-permanent',
    belief: 'Fine-tuning is permanent: once done it cannot be adjusted, redone or undone.',
    correctedIn: 'myths-and-reality',
  },
  {
    id: 'fine-tuning-changes-the-shared-model',
    belief: 'Fine-tuning a provider’s model changes that model for everyone who uses it.',
    correctedIn: 'myths-and-reality',
  },
  {
    id: 'fine-tuning-adds-knowledge-best',
    belief: 'Fine-tuning is the best way to give a model new or changing facts.',
    correctedIn: 'myths-and-reality',
  },
  {
    id: 'fine-tuning-needs-a-cluster',
    belief: 'Fine-tuning a large model needs a cluster of expensive machines.',
    correctedIn: 'myths-and-reality',
  },
  {
    id: 'safety-survives-fine-tuning',
    belief: 'A model that was safe before fine-tuning stays safe after it.',
    correctedIn: 'myths-and-reality',
  },

  // prompting-rag-or-fine-tuning
  {
    id: 'prompting-cannot-be-enough',
    belief: 'A well-crafted prompt is never enough; serious tasks need fine-tuning.',
    correctedIn: 'prompting-rag-or-fine-tuning',
  },
  {
    id: 'rag-changes-behaviour',
    belief: 'Retrieval (RAG) changes how a model writes and behaves, not only what it can look up.',
    correctedIn: 'prompting-rag-or-fine-tuning',
  },
  {
    id: 'fine-tuning-guarantees-format',
    belief: 'Fine-tuning guarantees that output matches a required format every time.',
    correctedIn: 'prompting-rag-or-fine-tuning',
  },
  {
    id: 'training-is-the-only-cost',
    belief: 'The training bill is the whole cost of fine-tuning.',
    correctedIn: 'prompting-rag-or-fine-tuning',
  },
  {
    id: 'hosted-offerings-never-change',
    belief: 'A provider’s fine-tuning service, once offered, stays available on the same terms.',
    correctedIn: 'prompting-rag-or-fine-tuning',
  },
  {
    id: 'fine-tuning-needs-ml-expertise',
    belief: 'Only machine-learning experts can fine-tune a model.',
    correctedIn: 'prompting-rag-or-fine-tuning',
  },
  {
    id: 'no-care-needed-for-data',
    belief: 'Once a provider handles the training, the data needs no careful thought.',
    correctedIn: 'prompting-rag-or-fine-tuning',
  },

  // related-terms
  {
    id: 'peft-trains-every-weight',
    belief: 'Parameter-efficient methods such as LoRA still update all of a model’s weights.',
    correctedIn: 'related-terms',
  },
  {
    id: 'terms-are-interchangeable',
    belief: 'Fine-tuning, instruction tuning, RLHF and the other adaptation terms all name the same thing.',
    correctedIn: 'related-terms',
  },

  // further-reading
  {
    id: 'one-source-settles-it',
    belief: 'One source, whatever its kind or date, settles a claim about fine-tuning.',
    correctedIn: 'further-reading',
  },
];

export default misconceptions;
