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
    belief: 'Fine-tuning builds or teaches a model from scratch rather than training an existing one further.',
    correctedIn: 'what-is-fine-tuning',
  },

  // why-it-matters
  {
    id: 'bigger-model-always-better',
    belief: 'A bigger general model always does better than a smaller model trained for the task.',
    correctedIn: 'why-it-matters',
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
  {
    id: 'lora-trains-nothing',
    belief: 'Because LoRA freezes the model’s own weights, it trains nothing and leaves the model as it was.',
    correctedIn: 'related-terms',
  },
  {
    id: 'every-weight-is-retrained',
    belief: 'Fine-tuning, parameter-efficient methods included, always retrains every one of the model’s own weights.',
    correctedIn: 'how-it-works',
  },
  {
    id: 'lora-slows-answers',
    belief: 'LoRA makes a tuned model slower to answer.',
    correctedIn: 'how-it-works',
  },
  {
    id: 'tuned-model-needs-no-evaluation',
    belief: 'Once a model is fine-tuned, it no longer needs evaluating.',
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
  {
    id: 'small-dataset-adds-deep-knowledge',
    belief: 'A few dozen good examples can give a model the knowledge of a whole field.',
    correctedIn: 'examples-in-practice',
  },
  {
    id: 'rag-solves-everything',
    belief: 'Retrieval alone solves any task that depends on documents.',
    correctedIn: 'examples-in-practice',
  },
  {
    id: 'custom-model-is-fine-tuning',
    belief: 'A custom-trained model built with a model’s maker is the same thing as a self-serve fine-tune.',
    correctedIn: 'examples-in-practice',
  },
  {
    id: 'prompt-tuning-is-prompt-writing',
    belief: 'Prompt tuning means writing a better prompt by hand; nothing is trained.',
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
    belief: 'Fine-tuning a large model needs your own cluster of powerful machines.',
    correctedIn: 'myths-and-reality',
  },
  {
    id: 'safety-survives-fine-tuning',
    belief: 'A model that was safe before fine-tuning stays safe after it.',
    correctedIn: 'myths-and-reality',
  },
  {
    id: 'any-fine-tune-removes-safety',
    belief: 'Any fine-tune, whatever the data, removes a model’s safety guardrails.',
    correctedIn: 'myths-and-reality',
  },

  // prompting-rag-or-fine-tuning
  {
    id: 'prompting-always-enough',
    belief: 'A better prompt can always fix what a careful prompt has not.',
    correctedIn: 'prompting-rag-or-fine-tuning',
  },
  {
    id: 'rag-changes-behaviour',
    belief: 'Retrieval (RAG) changes how a model writes and behaves, not only what it can look up.',
    correctedIn: 'prompting-rag-or-fine-tuning',
  },
  {
    id: 'more-tools-is-better',
    belief: 'Using RAG and fine-tuning together is always safer than using just the one the task needs.',
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
    id: 'fine-tuning-is-free',
    belief: 'Fine-tuning costs nothing, or nothing for a small dataset.',
    correctedIn: 'prompting-rag-or-fine-tuning',
  },
  {
    id: 'epochs-not-billed',
    belief: 'A training file’s tokens are billed once, however many epochs the training runs.',
    correctedIn: 'prompting-rag-or-fine-tuning',
  },
  {
    id: 'misreads-per-1000-price',
    belief: 'A price quoted per 1,000 tokens is a price per token.',
    correctedIn: 'prompting-rag-or-fine-tuning',
  },
  {
    id: 'misapplies-cost-formula',
    belief: 'A training bill is not simply tokens in the file × epochs × the price per token.',
    correctedIn: 'prompting-rag-or-fine-tuning',
  },
  {
    id: 'one-price-for-every-model',
    belief: 'Fine-tuning costs the same whatever the model.',
    correctedIn: 'prompting-rag-or-fine-tuning',
  },
  {
    id: 'costs-cannot-be-estimated',
    belief: 'A training bill cannot be estimated before the job runs.',
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
  {
    id: 'more-epochs-always-help',
    belief: 'Training for more epochs always makes the model better.',
    correctedIn: 'prompting-rag-or-fine-tuning',
  },

  // related-terms
  {
    id: 'fine-tuning-is-prompting',
    belief: 'Putting instructions or examples in a prompt is a kind of fine-tuning.',
    correctedIn: 'related-terms',
  },
  {
    id: 'confuses-rag-with-training',
    belief: 'Looking documents up at question time (retrieval) is a way of training a model.',
    correctedIn: 'related-terms',
  },
  {
    id: 'terms-are-interchangeable',
    belief: 'Supervised fine-tuning, instruction tuning, RLHF and DPO all name the same thing.',
    correctedIn: 'related-terms',
  },
  {
    id: 'rlhf-and-dpo-are-the-same',
    belief: 'RLHF and DPO learn from human preferences in the same way.',
    correctedIn: 'related-terms',
  },
  {
    id: 'overfitting-is-forgetting',
    belief: 'Overfitting and catastrophic forgetting are the same problem.',
    correctedIn: 'related-terms',
  },
  {
    id: 'validation-should-match-training',
    belief: 'Results on the validation set should match the results on the training data.',
    correctedIn: 'related-terms',
  },
  {
    id: 'validation-set-is-something-else',
    belief: 'A validation set is a format check or a list of forbidden answers, not examples held out of training.',
    correctedIn: 'related-terms',
  },
  {
    id: 'learned-values-are-settings',
    belief: 'Weights and measured results are settings you choose for a training run.',
    correctedIn: 'related-terms',
  },

  // further-reading
  {
    id: 'any-source-answers-any-question',
    belief: 'Any kind of source, a paper, an announcement or a customer story, answers any question equally well.',
    correctedIn: 'further-reading',
  },
  {
    id: 'old-announcement-is-current',
    belief: 'A dated announcement or price still describes the service today.',
    correctedIn: 'further-reading',
  },
  {
    id: 'figure-without-setting',
    belief: 'A figure can be repeated without what it counted and what it was compared with.',
    correctedIn: 'further-reading',
  },
  {
    id: 'claims-cannot-be-checked',
    belief: 'A claim about fine-tuning cannot be checked by a reader.',
    correctedIn: 'further-reading',
  },
  {
    id: 'popularity-is-evidence',
    belief: 'A claim that is widely shared, or full of technical terms, is more likely to be true.',
    correctedIn: 'further-reading',
  },
  {
    id: 'arxiv-means-peer-reviewed',
    belief: 'A paper on arXiv has been peer reviewed.',
    correctedIn: 'further-reading',
  },
  {
    id: 'one-result-stretched',
    belief: 'A result about one task, model or method holds for every task, model and method.',
    correctedIn: 'further-reading',
  },
  {
    id: 'vendor-claims-are-independent',
    belief: 'A provider’s tests of its own service are independent evidence.',
    correctedIn: 'further-reading',
  },
  {
    id: 'vendor-claims-are-false',
    belief: 'Claims from providers about their own services are always false.',
    correctedIn: 'further-reading',
  },

  // --- Lessons 1–4 (C1): beliefs revealed by distractors in lessons 01–04 that no group above names. ---
  // Sub-grouped by the lesson that corrects them. Lessons 1–4 also reuse ids above where the belief is the same.
  // what-is-fine-tuning
  {
    id: 'fine-tuning-enlarges-model',
    belief: 'Fine-tuning makes a model bigger so that it can hold more facts.',
    correctedIn: 'what-is-fine-tuning',
  },
  {
    id: 'fine-tuning-broadens-the-model',
    belief: 'Fine-tuning is more general training that makes a model better at everything, not only at your work.',
    correctedIn: 'what-is-fine-tuning',
  },
  {
    id: 'fine-tuning-needs-no-data',
    belief: 'Fine-tuning is a setting you switch on; it needs no training examples.',
    correctedIn: 'what-is-fine-tuning',
  },
  {
    id: 'fine-tuning-replaces-knowledge',
    belief: 'Fine-tuning wipes a model’s general knowledge and replaces it with yours.',
    correctedIn: 'what-is-fine-tuning',
  },
  {
    id: 'personal-data-is-safe-to-use',
    belief: 'Personal data in training examples or prompts carries no risk, because a model keeps only general patterns.',
    correctedIn: 'what-is-fine-tuning',
  },
  // graduate-analogy
  {
    id: 'analogy-parts-confused',
    belief: 'In the graduate analogy, your own processes and standards stand for pre-training, the base model or its general abilities.',
    correctedIn: 'graduate-analogy',
  },
  {
    id: 'models-learn-from-use',
    belief: 'Like a new employee, a model keeps learning from the questions and conversations it has in use.',
    correctedIn: 'graduate-analogy',
  },
  {
    id: 'models-learn-from-explanations',
    belief: 'A model learns rules by reading them written out, as a person learns from a handbook.',
    correctedIn: 'graduate-analogy',
  },
  {
    id: 'pretrained-knows-your-ways',
    belief: 'A pre-trained model already knows your organisation’s own procedures and ways of working.',
    correctedIn: 'graduate-analogy',
  },
  {
    id: 'someone-else-does-your-part',
    belief: 'When you fine-tune, someone else does the part specific to you: writing your examples and checking the result.',
    correctedIn: 'graduate-analogy',
  },
  {
    id: 'fine-tuning-memorises-examples',
    belief: 'Fine-tuning works with few examples because the model memorises each one perfectly.',
    correctedIn: 'graduate-analogy',
  },
  {
    id: 'fine-tuned-model-is-smaller',
    belief: 'A fine-tuned model is a small model in its own right, which is why it needs little data.',
    correctedIn: 'graduate-analogy',
  },
  // why-it-matters
  {
    id: 'mostly-right-is-reliable',
    belief: 'A tool that is right most of the time is reliable enough to use without checking its output.',
    correctedIn: 'why-it-matters',
  },
  {
    id: 'general-model-already-expert',
    belief: 'A general model already performs at expert level in specialist fields, so tuning adds nothing.',
    correctedIn: 'why-it-matters',
  },
  // how-it-works
  {
    id: 'jsonl-format-confused',
    belief: 'In a JSONL training file an example may span several lines, and the system or user message holds the reply to learn.',
    correctedIn: 'how-it-works',
  },
  {
    id: 'minimum-is-enough',
    belief: 'The minimum number of examples a service accepts is the number you should train on.',
    correctedIn: 'how-it-works',
  },
  {
    id: 'validation-set-optional',
    belief: 'The validation set is an optional extra: you can ignore it, or let its examples into training.',
    correctedIn: 'how-it-works',
  },
  // --- end of lessons 1–4 (C1) ---
];

export default misconceptions;
