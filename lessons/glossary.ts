import type { GlossaryEntry } from '../src/course/glossary-entry';

/**
 * Every term the course marks with <Term id="…">. Alphabetical by `term`.
 * Definitions are one or two plain sentences; each names the sources that back it.
 */
const glossary: GlossaryEntry[] = [
  {
    id: 'base-model',
    term: 'Base model',
    definition:
      'The pre-trained model you start from before fine-tuning; fine-tuning creates a new, separate model and leaves the base model as it was. The models providers let you tune have often already been tuned to follow instructions. In a narrower sense, the phrase means a model that has only been pre-trained to continue raw text, before any such tuning.',
    sources: ['openai-fine-tuning-guide', 'hf-llm-course-fine-tuning'],
    related: ['pre-training', 'instruction-tuning', 'supervised-fine-tuning'],
  },
  {
    id: 'batch-size',
    term: 'Batch size',
    definition:
      'How many training examples the model works through before its weights are adjusted once. It is a hyperparameter: larger batches mean fewer, steadier adjustments.',
    sources: ['openai-api-fine-tuning-jobs'],
    related: ['hyperparameters', 'learning-rate', 'epoch'],
  },
  {
    id: 'catastrophic-forgetting',
    term: 'Catastrophic forgetting',
    definition:
      'When training a neural network on new data overwrites what it learned before, so it gets much worse at earlier tasks. It is a risk whenever you train an existing model further; some methods protect the weights that matter most to old tasks.',
    sources: ['mccloskey-cohen-1989', 'kirkpatrick-2017-ewc'],
    related: ['weights', 'overfitting', 'peft'],
  },
  {
    id: 'dpo',
    term: 'DPO (direct preference optimisation)',
    definition:
      'A way to tune a model towards human preferences from pairs of answers to the same prompt, one preferred and one rejected. Unlike RLHF, it needs no separate reward model and no reinforcement-learning loop.',
    sources: ['rafailov-2023-dpo'],
    related: ['rlhf', 'supervised-fine-tuning', 'instruction-tuning'],
  },
  {
    id: 'epoch',
    term: 'Epoch',
    definition:
      'One complete pass through all the examples in the training data. The number of epochs is a hyperparameter, and hosted training is priced by the tokens processed, so more epochs cost more.',
    sources: ['openai-api-fine-tuning-jobs', 'openai-gpt35-fine-tuning-2023'],
    related: ['hyperparameters', 'overfitting', 'tokens'],
  },
  {
    id: 'few-shot-learning',
    term: 'Few-shot learning',
    definition:
      'Showing a model a few worked examples of a task inside the prompt so that it can do the task without further training. No weights change: the examples count only for that request.',
    sources: ['brown-2020-gpt3', 'openai-fine-tuning-guide'],
    related: ['prompt-engineering', 'supervised-fine-tuning', 'inference'],
  },
  {
    id: 'hyperparameters',
    term: 'Hyperparameters',
    definition:
      'Settings you choose for a training run rather than values the model learns, such as the number of epochs, the learning rate (how big each adjustment to the weights is) and the batch size (how many examples come before each adjustment). Adjusting them and training again is a normal part of fine-tuning.',
    sources: ['goodfellow-2016-deep-learning', 'openai-api-fine-tuning-jobs'],
    related: ['epoch', 'validation-set', 'overfitting'],
  },
  {
    id: 'inference',
    term: 'Inference',
    definition:
      'Using a trained model to produce an output for a new input, as opposed to training it. Every request you send to a model, fine-tuned or not, is inference, and providers bill it separately from training.',
    sources: ['openai-gpt35-fine-tuning-2023', 'hu-2021-lora'],
    related: ['tokens', 'weights', 'few-shot-learning'],
  },
  {
    id: 'instruction-tuning',
    term: 'Instruction tuning',
    definition:
      'Fine-tuning a model on many different tasks, each written as an instruction, so that it gets better at following instructions it has never seen. Google’s FLAN model is an early, well-documented example.',
    sources: ['wei-2021-flan'],
    related: ['supervised-fine-tuning', 'rlhf', 'base-model'],
  },
  {
    id: 'jsonl',
    term: 'JSONL (JSON Lines)',
    definition:
      'A text file format with one complete JSON record on each line. Hosted fine-tuning services such as OpenAI’s take training examples this way, one example per line.',
    sources: ['openai-gpt35-fine-tuning-2023', 'openai-fine-tuning-guide'],
    related: ['training-data', 'supervised-fine-tuning'],
  },
  {
    id: 'learning-rate',
    term: 'Learning rate',
    definition:
      'How big a step training takes each time it adjusts the weights. It is a hyperparameter you can set; OpenAI’s fine-tuning API notes that a smaller learning rate may help avoid overfitting.',
    sources: ['openai-api-fine-tuning-jobs'],
    related: ['hyperparameters', 'batch-size', 'overfitting'],
  },
  {
    id: 'lora',
    term: 'LoRA (low-rank adaptation)',
    definition:
      'A parameter-efficient method that freezes the pre-trained weights and learns a change to each chosen layer as two thin grids of numbers multiplied together (“low-rank” matrices), which needs far fewer trainable numbers than the layer itself. The result is a small adapter loaded on top of the base model, with no extra delay at inference.',
    sources: ['hu-2021-lora', 'microsoft-lora-readme'],
    related: ['peft', 'qlora', 'weights'],
  },
  {
    id: 'overfitting',
    term: 'Overfitting',
    definition:
      'When a model fits its training examples so closely that it does worse on inputs it has not seen: results on the training data keep improving while results on held-out data stop improving or get worse. A validation set is how you spot it.',
    sources: ['goodfellow-2016-regularization', 'openai-fine-tuning-guide'],
    related: ['validation-set', 'epoch', 'hyperparameters'],
  },
  {
    id: 'peft',
    term: 'PEFT (parameter-efficient fine-tuning)',
    definition:
      'A family of methods that train only a small number of new or selected parameters and keep most of the pre-trained weights frozen, which cuts the memory and storage that fine-tuning needs. Adapters, prefix-tuning, prompt tuning and LoRA are examples.',
    sources: [
      'hf-peft-docs',
      'houlsby-2019-adapters',
      'li-liang-2021-prefix-tuning',
      'lester-2021-prompt-tuning',
    ],
    related: ['lora', 'qlora', 'supervised-fine-tuning'],
  },
  {
    id: 'pre-training',
    term: 'Pre-training',
    definition:
      'The first, large-scale stage of training, in which a model learns general language ability from a very large amount of raw text. Fine-tuning starts from the model this stage produces.',
    sources: ['zhou-2023-lima', 'devlin-2018-bert'],
    related: ['base-model', 'transfer-learning', 'weights'],
  },
  {
    id: 'prompt-engineering',
    term: 'Prompt engineering',
    definition:
      'Writing and refining the instructions, context and examples you give a model so that it produces better outputs, without changing the model itself. OpenAI recommends trying it before you fine-tune.',
    sources: ['openai-fine-tuning-guide'],
    related: ['few-shot-learning', 'rag', 'supervised-fine-tuning'],
  },
  {
    id: 'qlora',
    term: 'QLoRA (quantised LoRA)',
    definition:
      'LoRA trained on top of a frozen base model whose weights are stored as 4-bit numbers (4 binary digits each) instead of the usual 16-bit ones, a compression called quantisation. It lets very large models be fine-tuned on a single GPU while keeping the results of ordinary 16-bit fine-tuning.',
    sources: ['dettmers-2023-qlora'],
    related: ['lora', 'peft', 'weights'],
  },
  {
    id: 'rag',
    term: 'RAG (retrieval-augmented generation)',
    definition:
      'An approach in which a system first retrieves passages relevant to the question from a collection of documents, then has the model generate its answer from them. You update what it knows by changing the documents, not by retraining the model.',
    sources: ['lewis-2020-rag'],
    related: ['prompt-engineering', 'supervised-fine-tuning', 'inference'],
  },
  {
    id: 'rlhf',
    term: 'RLHF (reinforcement learning from human feedback)',
    definition:
      'A tuning method in three steps: supervised fine-tuning on example answers; training a reward model, a second model that learns from people’s rankings to score answers as they would; then reinforcement learning, in which the model’s answers are scored by the reward model and its weights adjusted towards higher scores. OpenAI used it to make InstructGPT follow instructions.',
    sources: ['ouyang-2022-instructgpt'],
    related: ['dpo', 'supervised-fine-tuning', 'instruction-tuning'],
  },
  {
    id: 'supervised-fine-tuning',
    term: 'Supervised fine-tuning (SFT)',
    definition:
      'Fine-tuning on labelled examples, each an input paired with the output you want the model to give. Hosted services such as OpenAI’s and Google’s Vertex AI offer it, and it is the kind this course mostly describes; it is not the only kind (see RLHF and DPO).',
    sources: ['openai-fine-tuning-guide', 'vertex-supervised-tuning', 'hf-llm-course-fine-tuning'],
    related: ['training-data', 'jsonl', 'instruction-tuning'],
  },
  {
    id: 'tokens',
    term: 'Tokens',
    definition:
      'The small pieces of text, often parts of words, that a model reads and writes. Providers count usage and set prices in tokens, for training and for inference alike.',
    sources: ['openai-tokens-help', 'openai-gpt35-fine-tuning-2023'],
    related: ['inference', 'epoch'],
  },
  {
    id: 'training-data',
    term: 'Training data',
    definition:
      'The examples a model learns from. For fine-tuning, that is a set of inputs paired with the outputs you want, and their quality and consistency matter more than their number.',
    sources: ['openai-fine-tuning-guide', 'zhou-2023-lima'],
    related: ['jsonl', 'validation-set', 'supervised-fine-tuning'],
  },
  {
    id: 'transfer-learning',
    term: 'Transfer learning',
    definition:
      'Reusing what a model learned on one task or dataset as the starting point for another, instead of training from scratch. Fine-tuning a pre-trained language model is a form of transfer learning.',
    sources: ['howard-ruder-2018-ulmfit', 'devlin-2018-bert'],
    related: ['pre-training', 'supervised-fine-tuning', 'peft'],
  },
  {
    id: 'validation-set',
    term: 'Validation set',
    definition:
      'Examples you keep out of training and use only to check the model, during training and when you compare settings. If the model keeps improving on its training data but gets worse on the validation set, it is overfitting.',
    sources: ['goodfellow-2016-deep-learning', 'openai-api-fine-tuning-jobs'],
    related: ['overfitting', 'training-data', 'hyperparameters'],
  },
  {
    id: 'weights',
    term: 'Weights',
    definition:
      'The numbers inside a neural network that training adjusts; together they hold what the model has learned. Fine-tuning changes them, or with PEFT adds a few new ones, so the model prefers the patterns in your examples.',
    sources: ['vertex-supervised-tuning', 'hf-peft-docs'],
    related: ['pre-training', 'lora', 'base-model'],
  },
];

export default glossary;
