import type { ChoiceOption, Question } from '../src/quiz/lib/question';

/**
 * Scenario options always come in the same order: prompting; RAG; fine-tuning; RAG and fine-tuning together.
 * `approaches` builds them from one explanation per option and the id of the correct one.
 */
type Approach = 'prompting' | 'rag' | 'fine-tuning' | 'rag-and-fine-tuning';

function approaches(correct: Approach, explanations: Record<Approach, string>): ChoiceOption[] {
  const texts: Record<Approach, string> = {
    prompting: 'Prompting',
    rag: 'RAG',
    'fine-tuning': 'Fine-tuning',
    'rag-and-fine-tuning': 'RAG and fine-tuning together',
  };
  return (['prompting', 'rag', 'fine-tuning', 'rag-and-fine-tuning'] as const).map((id) => ({
    id,
    text: texts[id],
    correct: id === correct,
    explanation: explanations[id],
  }));
}

const questions: Question[] = [
  // --- Checkpoints (inside the text) ---
  {
    id: 'choose-check-situation',
    lesson: 'prompting-rag-or-fine-tuning',
    objective: 'choose',
    difficulty: 'easy',
    placement: 'checkpoint',
    type: 'scenario',
    scenario:
      'An HR team wants an assistant that answers staff questions about leave and expenses. The staff handbook is revised every month, and each answer must quote the clause it relies on. A well-written prompt already gives answers in the right tone.',
    prompt: 'Which approach fits best?',
    hint: 'The tone is already right. What is still missing, and does it change?',
    options: approaches('rag', {
      prompting: 'The prompt already handles the tone, but no prompt can contain a handbook that changes every month and still quote the current clause reliably. The missing piece is access to the documents.',
      rag: 'Right: the answers depend on specific documents that change and must be cited. Retrieval looks up the current clause for each question, and a monthly revision is just a document update.',
      'fine-tuning': 'Fine-tuning changes behaviour, and the behaviour is already fine. Training the handbook into the model would need a new run every month and still could not point to its source.',
      'rag-and-fine-tuning': 'Fine-tuning would add cost without solving anything: the tone is already right with a prompt. Add it only if a consistent behaviour is still missing after RAG.',
    }),
  },
  {
    id: 'choose-check-cost',
    lesson: 'prompting-rag-or-fine-tuning',
    objective: 'estimate-cost',
    difficulty: 'medium',
    placement: 'checkpoint',
    type: 'single',
    fixedOrder: true,
    prompt: 'At GPT-3.5 Turbo’s August 2023 launch price of $0.008 per 1,000 training tokens, what would training on a 500,000-token file for 2 epochs have cost?',
    hint: 'Multiply the tokens in the file by the number of epochs first, then apply the price per 1,000 tokens.',
    options: [
      {
        id: 'four-dollars',
        text: '$4.00',
        correct: false,
        explanation: 'That is the price of one pass over the file (500,000 ÷ 1,000 × $0.008). The training makes 2 passes, so the tokens are billed twice.',
      },
      {
        id: 'eight-dollars',
        text: '$8.00',
        correct: true,
        explanation: 'Right: 500,000 tokens × 2 epochs = 1,000,000 tokens billed; 1,000,000 ÷ 1,000 × $0.008 = $8.00.',
      },
      {
        id: 'sixteen-dollars',
        text: '$16.00',
        correct: false,
        explanation: 'That counts the epochs twice. 500,000 × 2 = 1,000,000 tokens billed, which at $0.008 per 1,000 is $8.00.',
      },
      {
        id: 'eight-thousand',
        text: '$8,000',
        correct: false,
        explanation: 'The price is per 1,000 tokens, not per token: divide the tokens billed by 1,000 before multiplying by $0.008.',
      },
    ],
  },

  // --- End-of-lesson quiz ---
  {
    id: 'choose-quiz-json-format',
    lesson: 'prompting-rag-or-fine-tuning',
    objective: 'choose',
    difficulty: 'medium',
    placement: 'quiz',
    type: 'scenario',
    scenario:
      'A software team uses a model to turn customer emails into JSON records for its order system. Detailed instructions and examples in the prompt have got the format right most of the time, but about one reply in twenty still breaks the structure. The team has several hundred checked pairs of emails and correct records.',
    prompt: 'What should the team try next?',
    hint: 'The model has all the information it needs. Is the problem knowledge, or a behaviour the prompt cannot hold?',
    options: approaches('fine-tuning', {
      prompting: 'The team has already written a careful prompt with examples, and it still falls short. More prompting may help a little, but a consistent format that prompting has not achieved is what fine-tuning is for.',
      rag: 'Retrieval adds documents, but nothing is missing from the model’s information: each email contains what the record needs. The problem is a format that is not followed reliably.',
      'fine-tuning': 'Right: the team needs a consistent format that careful prompting has not achieved, and it has hundreds of checked examples. Reliable output formatting was one of the main gains OpenAI reported for fine-tuning.',
      'rag-and-fine-tuning': 'There are no documents to look up here: each email holds everything the record needs. Retrieval would add work without fixing the format.',
    }),
  },
  {
    id: 'choose-quiz-first-attempt',
    lesson: 'prompting-rag-or-fine-tuning',
    objective: 'choose',
    difficulty: 'easy',
    placement: 'quiz',
    type: 'scenario',
    scenario:
      'A small charity wants plain-English summaries of its trustees’ meeting notes. So far someone has typed a one-line request into a chat assistant, and the summaries come back too long and full of jargon. The charity has no examples of good summaries yet.',
    prompt: 'What should the charity do first?',
    hint: 'What has not been tried yet, and which option is quickest to change?',
    options: approaches('prompting', {
      prompting: 'Right: a one-line request is not a well-crafted prompt. Clear instructions on length and wording, plus an example or two of a good summary, are quick to try and may be all that is needed.',
      rag: 'The summaries are not missing facts from other documents: the notes themselves are the input. Retrieval would not make the summaries shorter or plainer.',
      'fine-tuning': 'Fine-tuning before trying a proper prompt skips the cheapest step, and with no examples of good summaries there is nothing to train on yet.',
      'rag-and-fine-tuning': 'This adds two systems to a problem a better prompt may solve. Neither is justified until a well-crafted prompt has been tried.',
    }),
  },
  {
    id: 'choose-quiz-claims-assistant',
    lesson: 'prompting-rag-or-fine-tuning',
    objective: 'choose',
    difficulty: 'hard',
    placement: 'quiz',
    type: 'scenario',
    scenario:
      'An insurer’s claims assistant must answer from the current policy documents and cite the section it used. Every answer must also follow a fixed five-part structure in the company’s house style, which the model keeps drifting from despite careful prompting. The team has 300 approved example answers.',
    prompt: 'Which approach fits best?',
    hint: 'There are two separate needs here. Which tool serves each one?',
    options: approaches('rag-and-fine-tuning', {
      prompting: 'Careful prompting has already been tried for the structure, and no prompt can hold all the current policy documents with reliable citations.',
      rag: 'Retrieval covers the policy documents and citations, but not the structure and house style that prompting has failed to hold.',
      'fine-tuning': 'Fine-tuning can fix the structure and style, but it is a poor way to keep policy facts current, and a tuned model cannot point to the section it relied on.',
      'rag-and-fine-tuning': 'Right: retrieval supplies the current policy text and the section to cite; fine-tuning on the 300 approved answers makes the structure and style consistent. Many organisations use both.',
    }),
  },
  {
    id: 'choose-quiz-long-prompt',
    lesson: 'prompting-rag-or-fine-tuning',
    objective: 'choose',
    difficulty: 'hard',
    placement: 'quiz',
    type: 'scenario',
    scenario:
      'A recruitment firm sends a long prompt, full of instructions and worked examples, with every one of millions of requests. The answers are good, but each request is slow and costly because of the prompt’s length. The firm has thousands of logged requests with answers it has checked and approved.',
    prompt: 'Which approach could cut the cost while keeping the quality?',
    hint: 'The quality is already there. Where is the cost coming from, and what can take the place of those instructions?',
    options: approaches('fine-tuning', {
      prompting: 'Prompting already gives good answers; the problem is that the long prompt has to be sent every time. Shortening it without another change would likely lose quality.',
      rag: 'Retrieval adds passages to each request, which makes prompts longer, not shorter. Nothing here is missing from the model’s information.',
      'fine-tuning': 'Right: training the instructions and examples into the model means they need not be sent with each request. Early testers of GPT-3.5 Turbo fine-tuning cut their prompts by up to 90% this way, and the firm has plenty of approved examples.',
      'rag-and-fine-tuning': 'There are no changing documents to look up, so retrieval adds nothing here. Fine-tuning alone addresses the long prompt.',
    }),
  },
  {
    id: 'choose-quiz-match-need',
    lesson: 'prompting-rag-or-fine-tuning',
    objective: 'choose',
    difficulty: 'medium',
    placement: 'quiz',
    type: 'matching',
    prompt: 'Match each need to the approach that fits it best.',
    hint: 'Ask of each need: is it about the request, the documents, the model’s behaviour, or more than one of these?',
    pairs: [
      {
        id: 'cite-documents',
        left: 'Answers must quote this week’s version of a policy document.',
        right: 'RAG',
        explanation: 'Answers that must come from, and cite, documents that change are what retrieval is for.',
      },
      {
        id: 'consistent-style',
        left: 'Every reply must keep a brand voice that careful prompting keeps losing.',
        right: 'Fine-tuning',
        explanation: 'A consistent style that prompting cannot hold is the job fine-tuning does best.',
      },
      {
        id: 'not-tried',
        left: 'A new task where nobody has yet written clear instructions or examples.',
        right: 'Prompting',
        explanation: 'Start with a well-crafted prompt: it is quick to try and to change, and often enough.',
      },
      {
        id: 'both-needs',
        left: 'Answers must cite current contracts and follow a fixed structure that prompting cannot hold.',
        right: 'RAG and fine-tuning together',
        explanation: 'Two needs, two tools: retrieval for the documents and citations, fine-tuning for the structure.',
      },
    ],
  },
  {
    id: 'choose-quiz-cost-parts',
    lesson: 'prompting-rag-or-fine-tuning',
    objective: 'estimate-cost',
    difficulty: 'medium',
    placement: 'quiz',
    type: 'multiple',
    prompt: 'You are budgeting for fine-tuning a hosted model. Which of these should your budget include? Select all that apply.',
    hint: 'The training bill is only one line. What happens before training, between runs and after the model is ready?',
    options: [
      {
        id: 'training-tokens',
        text: 'The training bill: tokens in the file × epochs × the price per training token.',
        correct: true,
        explanation: 'Right: that is how a hosted service prices a training run.',
      },
      {
        id: 'usage',
        text: 'Every request to the tuned model once it is in use, billed per token.',
        correct: true,
        explanation: 'Right: using the tuned model is billed separately from training. At GPT-3.5 Turbo’s 2023 launch it was $0.012 per 1,000 tokens in and $0.016 per 1,000 tokens out.',
      },
      {
        id: 'people-time',
        text: 'People’s time to collect, clean and check the examples.',
        correct: true,
        explanation: 'Right: good training data takes careful work, and it is often the largest cost.',
      },
      {
        id: 'more-runs',
        text: 'More than one training run, as you adjust the data or settings.',
        correct: true,
        explanation: 'Right: fine-tuning is iterative. Budget for training again after you evaluate the first model.',
      },
      {
        id: 'one-off-fee',
        text: 'Nothing after training: the training fee covers all future use of the model.',
        correct: false,
        explanation: 'Training and use are billed separately. Every request to the tuned model costs money for as long as you use it.',
      },
      {
        id: 'free-small',
        text: 'Nothing at all if the dataset has fewer than 100 examples.',
        correct: false,
        explanation: 'Small datasets cost little, but not nothing: every training token is billed, whatever the number of examples.',
      },
    ],
  },
  {
    id: 'choose-quiz-cost-steps',
    lesson: 'prompting-rag-or-fine-tuning',
    objective: 'estimate-cost',
    difficulty: 'medium',
    placement: 'quiz',
    type: 'ordering',
    prompt: 'Put the steps for estimating a hosted fine-tuning budget in order.',
    hint: 'Start from what you can count in your own file; finish with the costs that come after training.',
    items: [
      {
        id: 'count-tokens',
        text: 'Count the tokens in your training file.',
        explanation: 'Everything else multiplies this number, so it comes first.',
      },
      {
        id: 'times-epochs',
        text: 'Multiply by the number of epochs, the passes the training makes through the file.',
        explanation: 'Each pass bills the file’s tokens again, so this gives the tokens billed.',
      },
      {
        id: 'times-price',
        text: 'Multiply by the provider’s current price per training token.',
        explanation: 'This turns tokens billed into money. Use today’s price list: prices change.',
      },
      {
        id: 'add-usage',
        text: 'Add the expected cost of using the tuned model, and of any further training runs.',
        explanation: 'Use and retraining are billed on top of the first run, so they come last.',
      },
    ],
  },
  {
    id: 'choose-quiz-who-can',
    lesson: 'prompting-rag-or-fine-tuning',
    objective: 'who-can',
    difficulty: 'easy',
    placement: 'quiz',
    type: 'single',
    prompt: 'What does fine-tuning a model through a provider’s API, such as OpenAI’s or Google’s, require of you?',
    hint: 'Think about what the provider does for you, and what only you can do.',
    options: [
      {
        id: 'data-care',
        text: 'No machine learning expertise: you prepare examples in the required format and submit them, but designing good examples takes careful thought.',
        correct: true,
        explanation: 'Right: the provider runs the training. The quality of the result depends on your examples: balanced, consistent, complete, and tested on a held-out set.',
      },
      {
        id: 'ml-degree',
        text: 'A machine learning specialist to write the training code.',
        correct: false,
        explanation: 'Provider APIs need no training code: you upload a file of examples and start a job. The expertise you need is in your own domain, to write good examples.',
      },
      {
        id: 'own-gpus',
        text: 'Your own GPUs to run the training on.',
        correct: false,
        explanation: 'With a hosted service the provider runs the training on its hardware. Your own or rented GPUs are needed only if you fine-tune an open model yourself.',
      },
      {
        id: 'nothing-to-design',
        text: 'Nothing but a file of your documents: the provider works out the examples.',
        correct: false,
        explanation: 'You have to write the examples: inputs paired with the outputs you want. Raw documents are not training examples, and designing those examples is where the care goes.',
      },
    ],
  },
  {
    id: 'choose-quiz-data-traps',
    lesson: 'prompting-rag-or-fine-tuning',
    objective: 'who-can',
    difficulty: 'hard',
    placement: 'quiz',
    type: 'single',
    prompt: 'A support team fine-tuned a model on 400 past replies. In about 60% of them an agent had declined to help, though in everyday use only about 5% of questions should be declined. The tuned model now turns most customers away. What should the team change?',
    hint: 'The tuned model is copying a pattern from its examples. Which pattern, and where does it come from?',
    options: [
      {
        id: 'balance-data',
        text: 'Rebalance the examples so that refusals make up about the share they should in real use, then train again.',
        correct: true,
        explanation: 'Right: a model learns the mix it is shown. OpenAI’s guide gives this very case: 60% refusals in the data, when only 5% are wanted, leads to far too many refusals.',
      },
      {
        id: 'more-epochs',
        text: 'Train for more epochs on the same examples, so the model learns them better.',
        correct: false,
        explanation: 'More passes over unbalanced data would teach the refusal pattern even more firmly. The examples themselves need to change.',
      },
      {
        id: 'switch-to-rag',
        text: 'Drop fine-tuning and use retrieval instead, because fine-tuning cannot change how often a model declines.',
        correct: false,
        explanation: 'How often a model declines is behaviour, and shaping behaviour is what fine-tuning does. Retrieval adds documents; it would not fix a model trained to refuse.',
      },
      {
        id: 'model-ruined',
        text: 'Nothing can be done: the refusals are now fixed in the model for good.',
        correct: false,
        explanation: 'That is the permanence myth. The base model is unchanged; train a new version on balanced data, or go back to the base model meanwhile.',
      },
    ],
  },
];

export default questions;
