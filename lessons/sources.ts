import type { Source } from '../src/course/source';

/**
 * Every source the course cites. Stable ids: lessons cite them with <Cite id="…" />
 * and list them in frontmatter `sources`. Provider pages change: say when they were read.
 */
const sources: Source[] = [
  {
    id: 'openai-fine-tuning-guide',
    author: 'OpenAI',
    title: 'Fine-tuning guide (OpenAI platform documentation)',
    year: 2024,
    url: 'https://platform.openai.com/docs/guides/fine-tuning',
    kind: 'documentation',
  },
  {
    id: 'openai-gpt35-fine-tuning-2023',
    author: 'OpenAI',
    title: 'GPT-3.5 Turbo fine-tuning and API updates',
    year: 2023,
    url: 'https://openai.com/index/gpt-3-5-turbo-fine-tuning-and-api-updates/',
    kind: 'announcement',
  },
  {
    id: 'vertex-supervised-tuning',
    author: 'Google Cloud',
    title: 'About supervised fine-tuning for Gemini models (Vertex AI documentation)',
    year: 2024,
    url: 'https://cloud.google.com/vertex-ai/generative-ai/docs/models/gemini-supervised-tuning',
    kind: 'documentation',
  },
  {
    id: 'hf-llm-course-fine-tuning',
    author: 'Hugging Face',
    title: 'LLM Course, chapter 11, section 3: Supervised Fine-Tuning',
    year: 2025,
    url: 'https://huggingface.co/learn/llm-course/chapter11/3',
    kind: 'course',
  },
  {
    id: 'hf-peft-docs',
    author: 'Hugging Face',
    title: 'PEFT: Parameter-Efficient Fine-Tuning (library documentation)',
    year: 2024,
    url: 'https://huggingface.co/docs/peft/index',
    kind: 'documentation',
  },
  {
    id: 'howard-ruder-2018-ulmfit',
    author: 'Jeremy Howard and Sebastian Ruder',
    title: 'Universal Language Model Fine-tuning for Text Classification',
    year: 2018,
    url: 'https://arxiv.org/abs/1801.06146',
    kind: 'paper',
  },
  {
    id: 'devlin-2018-bert',
    author: 'Jacob Devlin, Ming-Wei Chang, Kenton Lee and Kristina Toutanova',
    title: 'BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding',
    year: 2018,
    url: 'https://arxiv.org/abs/1810.04805',
    kind: 'paper',
  },
  {
    id: 'brown-2020-gpt3',
    author: 'Tom B. Brown et al.',
    title: 'Language Models are Few-Shot Learners',
    year: 2020,
    url: 'https://arxiv.org/abs/2005.14165',
    kind: 'paper',
  },
  {
    id: 'lewis-2020-rag',
    author: 'Patrick Lewis et al.',
    title: 'Retrieval-Augmented Generation for Knowledge-Intensive NLP Tasks',
    year: 2020,
    url: 'https://arxiv.org/abs/2005.11401',
    kind: 'paper',
  },
  {
    id: 'ovadia-2023-fine-tuning-or-retrieval',
    author: 'Oded Ovadia, Menachem Brief, Moshik Mishaeli and Oren Elisha',
    title: 'Fine-Tuning or Retrieval? Comparing Knowledge Injection in LLMs',
    year: 2023,
    url: 'https://arxiv.org/abs/2312.05934',
    kind: 'paper',
  },
  {
    id: 'wei-2021-flan',
    author: 'Jason Wei et al.',
    title: 'Finetuned Language Models Are Zero-Shot Learners',
    year: 2021,
    url: 'https://arxiv.org/abs/2109.01652',
    kind: 'paper',
  },
  {
    id: 'ouyang-2022-instructgpt',
    author: 'Long Ouyang et al.',
    title: 'Training language models to follow instructions with human feedback',
    year: 2022,
    url: 'https://arxiv.org/abs/2203.02155',
    kind: 'paper',
  },
  {
    id: 'rafailov-2023-dpo',
    author: 'Rafael Rafailov et al.',
    title: 'Direct Preference Optimization: Your Language Model is Secretly a Reward Model',
    year: 2023,
    url: 'https://arxiv.org/abs/2305.18290',
    kind: 'paper',
  },
  {
    id: 'zhou-2023-lima',
    author: 'Chunting Zhou et al.',
    title: 'LIMA: Less Is More for Alignment',
    year: 2023,
    url: 'https://arxiv.org/abs/2305.11206',
    kind: 'paper',
  },
  {
    id: 'houlsby-2019-adapters',
    author: 'Neil Houlsby et al.',
    title: 'Parameter-Efficient Transfer Learning for NLP',
    year: 2019,
    url: 'https://arxiv.org/abs/1902.00751',
    kind: 'paper',
  },
  {
    id: 'li-liang-2021-prefix-tuning',
    author: 'Xiang Lisa Li and Percy Liang',
    title: 'Prefix-Tuning: Optimizing Continuous Prompts for Generation',
    year: 2021,
    url: 'https://arxiv.org/abs/2101.00190',
    kind: 'paper',
  },
  {
    id: 'lester-2021-prompt-tuning',
    author: 'Brian Lester, Rami Al-Rfou and Noah Constant',
    title: 'The Power of Scale for Parameter-Efficient Prompt Tuning',
    year: 2021,
    url: 'https://arxiv.org/abs/2104.08691',
    kind: 'paper',
  },
  {
    id: 'hu-2021-lora',
    author: 'Edward J. Hu et al.',
    title: 'LoRA: Low-Rank Adaptation of Large Language Models',
    year: 2021,
    url: 'https://arxiv.org/abs/2106.09685',
    kind: 'paper',
  },
  {
    id: 'microsoft-lora-readme',
    author: 'Microsoft',
    title: 'LoRA: code and checkpoints (microsoft/LoRA on GitHub)',
    year: 2021,
    url: 'https://github.com/microsoft/LoRA',
    kind: 'documentation',
  },
  {
    id: 'dettmers-2023-qlora',
    author: 'Tim Dettmers, Artidoro Pagnoni, Ari Holtzman and Luke Zettlemoyer',
    title: 'QLoRA: Efficient Finetuning of Quantized LLMs',
    year: 2023,
    url: 'https://arxiv.org/abs/2305.14314',
    kind: 'paper',
  },
  {
    id: 'mccloskey-cohen-1989',
    author: 'Michael McCloskey and Neal J. Cohen',
    title: 'Catastrophic Interference in Connectionist Networks: The Sequential Learning Problem',
    year: 1989,
    url: 'https://doi.org/10.1016/S0079-7421(08)60536-8',
    kind: 'paper',
  },
  {
    id: 'kirkpatrick-2017-ewc',
    author: 'James Kirkpatrick et al.',
    title: 'Overcoming catastrophic forgetting in neural networks',
    year: 2017,
    url: 'https://arxiv.org/abs/1612.00796',
    kind: 'paper',
  },
  {
    id: 'qi-2023-safety',
    author: 'Xiangyu Qi et al.',
    title: 'Fine-tuning Aligned Language Models Compromises Safety, Even When Users Do Not Intend To!',
    year: 2023,
    url: 'https://arxiv.org/abs/2310.03693',
    kind: 'paper',
  },
  {
    id: 'carlini-2021-extraction',
    author: 'Nicholas Carlini et al.',
    title: 'Extracting Training Data from Large Language Models',
    year: 2021,
    url: 'https://arxiv.org/abs/2012.07805',
    kind: 'paper',
  },
  {
    id: 'inan-2023-llama-guard',
    author: 'Hakan Inan et al. (Meta)',
    title: 'Llama Guard: LLM-based Input-Output Safeguard for Human-AI Conversations',
    year: 2023,
    url: 'https://arxiv.org/abs/2312.06674',
    kind: 'paper',
  },
  {
    id: 'singhal-2023-med-palm',
    author: 'Karan Singhal et al.',
    title: 'Large language models encode clinical knowledge (Nature 620)',
    year: 2023,
    url: 'https://www.nature.com/articles/s41586-023-06291-2',
    kind: 'paper',
  },
  {
    id: 'openai-indeed-2024',
    author: 'OpenAI',
    title: 'Indeed: customer story',
    year: 2024,
    url: 'https://openai.com/index/indeed/',
    kind: 'case-study',
  },
  {
    id: 'openai-harvey-2024',
    author: 'OpenAI',
    title: 'Harvey: customer story',
    year: 2024,
    url: 'https://openai.com/customer-stories/harvey',
    kind: 'case-study',
  },
  // --- sources added while writing lessons: append below this line, one block per lesson group ---
  /*
   * Added for lessons/glossary.ts, 08-related-terms and 09-further-reading.
   * goodfellow-2016-deep-learning: chapter 5 (Machine Learning Basics) covers capacity,
   *   overfitting and underfitting (5.2) and hyperparameters and validation sets (5.3);
   *   checked against the chapter's contents and the text of 5.3. The address is the book's
   *   own free HTML edition of chapter 5.
   * openai-tokens-help: undated help article (tokens as pieces of words; for English about
   *   4 characters or 3/4 of a word per token; input and output tokens billed); checked in a
   *   stored copy of the page. Year is when it was checked (November 2026).
   * arxiv-moderation: undated help page ("the arXiv moderation process is not a peer-review
   *   process"; moderators check topic and scholarly interest); checked against its source,
   *   source/help/moderation/index.md in arXiv's arxiv-docs repository. Year as above.
   */
  {
    id: 'goodfellow-2016-deep-learning',
    author: 'Ian Goodfellow, Yoshua Bengio and Aaron Courville',
    title: 'Deep Learning (MIT Press), chapter 5: Machine Learning Basics',
    year: 2016,
    url: 'https://www.deeplearningbook.org/contents/ml.html',
    kind: 'book',
    note: 'Free online textbook; the chapter explains overfitting, hyperparameters and validation sets.',
  },
  {
    id: 'openai-tokens-help',
    author: 'OpenAI',
    title: 'What are tokens and how to count them? (OpenAI Help Center)',
    year: 2026,
    url: 'https://help.openai.com/en/articles/4936856-what-are-tokens-and-how-to-count-them',
    kind: 'documentation',
    note: 'Rules of thumb for how much text a token is, and how tokens are counted for billing.',
  },
  {
    id: 'arxiv-moderation',
    author: 'arXiv',
    title: 'arXiv moderation (arXiv help pages)',
    year: 2026,
    url: 'https://info.arxiv.org/help/moderation/index.html',
    kind: 'documentation',
    note: 'What arXiv checks before posting a paper, and that its moderation is not peer review.',
  },
  /*
   * Added for lessons 04-how-it-works and 05-examples-in-practice.
   * openai-api-fine-tuning-jobs: the API reference for creating a fine-tuning job; its
   *   validation_file text ("used to generate validation metrics periodically during
   *   fine-tuning … the same data should not be present in both train and validation files")
   *   and the suffix example (ft:gpt-3.5-turbo:openai:custom-model-name:7p4lURel) checked in
   *   the reference as mirrored by OpenAI's SDK documentation (2023–2024 versions).
   * colombo-2024-saullm: arXiv 2403.03883, abstract checked (Mistral 7B base, English legal
   *   corpus of over 30 billion tokens, then instruction fine-tuning on legal datasets).
   * Also for these lessons: openai-harvey-2024's url was corrected to the address under which
   *   OpenAI published the story on 2 April 2024 (openai.com/customer-stories/harvey).
   */
  {
    id: 'openai-api-fine-tuning-jobs',
    author: 'OpenAI',
    title: 'API reference: Create fine-tuning job',
    year: 2024,
    url: 'https://platform.openai.com/docs/api-reference/fine-tuning/create',
    kind: 'documentation',
    note: 'What the training and validation files are for, and how a tuned model is named.',
  },
  {
    id: 'colombo-2024-saullm',
    author: 'Pierre Colombo et al.',
    title: 'SaulLM-7B: A pioneering Large Language Model for Law',
    year: 2024,
    url: 'https://arxiv.org/abs/2403.03883',
    kind: 'paper',
  },
  /*
   * Added for lesson 07 (who can fine-tune: offerings change).
   * cohere-fine-tuning-deprecation: Cohere's own docs page states the fine-tuning feature
   *   was deprecated on 15 September 2025 (read November 2026).
   * openai-deprecations: OpenAI's deprecations page; an entry "Update to OpenAI's self-serve
   *   fine-tuning" (developers notified 7 May 2026 of changes to availability), and the
   *   14 October 2026 entry retiring GPT-4o, GPT-4o mini, GPT-4.1 and GPT-4.1 mini on
   *   14 January 2027, with fine-tuned versions on the base models' schedule (read November 2026).
   */
  {
    id: 'cohere-fine-tuning-deprecation',
    author: 'Cohere',
    title: 'Fine-tuning for Cohere’s Chat Model (Cohere documentation)',
    year: 2025,
    url: 'https://docs.cohere.com/docs/chat-fine-tuning',
    kind: 'documentation',
    note: 'Notes that Cohere’s fine-tuning feature was deprecated on 15 September 2025.',
  },
  {
    id: 'openai-deprecations',
    author: 'OpenAI',
    title: 'Deprecations (OpenAI API documentation)',
    year: 2026,
    url: 'https://developers.openai.com/api/docs/deprecations',
    kind: 'documentation',
    note: 'Which models are being retired and when; fine-tuned models share their base model’s shutdown date.',
  },
  /*
   * Added for lessons 01–04 (C1, issue 14).
   * openai-structured-outputs-2024: OpenAI's announcement dated 6 August 2024 ("a new feature
   *   designed to ensure model-generated outputs will exactly match JSON Schemas provided by
   *   developers"; JSON mode alone "does not guarantee" conformance to a schema); checked in a
   *   stored copy of the page. Listed in fine-tuning-facts.md under Examples in practice.
   * goodfellow-2016-regularization: chapter 7, section 7.8 (Early Stopping): training error keeps
   *   falling while validation error begins to rise again, so keep the parameters from the point
   *   of lowest validation error. This, not chapter 5, is the source for overfitting seen over
   *   epochs (fine-tuning-facts.md, precision notes).
   */
  {
    id: 'openai-structured-outputs-2024',
    author: 'OpenAI',
    title: 'Introducing Structured Outputs in the API',
    year: 2024,
    url: 'https://openai.com/index/introducing-structured-outputs-in-the-api/',
    kind: 'announcement',
    note: 'Since 6 August 2024, output constrained to match a JSON schema you supply.',
  },
  {
    id: 'goodfellow-2016-regularization',
    author: 'Ian Goodfellow, Yoshua Bengio and Aaron Courville',
    title: 'Deep Learning (MIT Press), chapter 7: Regularization for Deep Learning (section 7.8, Early Stopping)',
    year: 2016,
    url: 'https://www.deeplearningbook.org/contents/regularization.html',
    kind: 'book',
    note: 'Why validation loss rises while training loss keeps falling, and why you keep the model from the best epoch.',
  },
  /*
   * Added for lessons 05–09 (C2, issue 14: dated provider claims, originals).
   * hf-llm-course-fine-tuning (above): the address now points at section 3 of chapter 11,
   *   "Supervised Fine-Tuning", where the course advises trying well-crafted prompts first and
   *   pursuing SFT only when prompting proves insufficient (section 1 is the chapter's introduction).
   * google-gemini-api-tuning: Google's Gemini API page on fine-tuning (read November 2026): since
   *   Gemini 1.5 Flash-001 was deprecated in May 2025, no model supports fine-tuning in the Gemini
   *   API or AI Studio; tuning is supported on Google Cloud (Vertex AI; newer versions of the page
   *   name the Gemini Enterprise Agent Platform).
   * cohere-deprecations: Cohere's definition of "deprecated": no longer available to new customers,
   *   available to existing users until retirement, when a shutdown date is assigned (read November 2026).
   * cohere-2025-09-15-deprecations: Cohere's changelog entry of 15 September 2025: all fine-tuning
   *   options via dashboard and API are being retired, and previously fine-tuned models will no
   *   longer be accessible.
   * christiano-2017-human-preferences: arXiv 1706.03741, abstract checked: reinforcement learning
   *   from human preferences between pairs of behaviours, before InstructGPT applied it to language.
   */
  {
    id: 'google-gemini-api-tuning',
    author: 'Google',
    title: 'Fine-tuning with the Gemini API (Gemini API documentation)',
    year: 2026,
    url: 'https://ai.google.dev/gemini-api/docs/model-tuning',
    kind: 'documentation',
    note: 'Says that since May 2025 no model can be fine-tuned in the Gemini API or AI Studio, and points to Google Cloud instead.',
  },
  {
    id: 'cohere-deprecations',
    author: 'Cohere',
    title: 'Deprecations (Cohere documentation)',
    year: 2026,
    url: 'https://docs.cohere.com/docs/deprecations',
    kind: 'documentation',
    note: 'What Cohere means by deprecated: closed to new customers, kept for existing users until a shutdown date.',
  },
  {
    id: 'cohere-2025-09-15-deprecations',
    author: 'Cohere',
    title: 'Announcing Major Command Deprecations (Cohere changelog, 15 September 2025)',
    year: 2025,
    url: 'https://docs.cohere.com/changelog/2025-09-15-major-command-deprecations',
    kind: 'announcement',
  },
  {
    id: 'christiano-2017-human-preferences',
    author: 'Paul Christiano, Jan Leike, Tom Brown, Miljan Martic, Shane Legg and Dario Amodei',
    title: 'Deep reinforcement learning from human preferences',
    year: 2017,
    url: 'https://arxiv.org/abs/1706.03741',
    kind: 'paper',
  },
];

export default sources;
