import type { ChoiceOption, Question } from '../src/quiz/lib/question';

/**
 * Scenario options always come in the same order: prompting; RAG; fine-tuning; RAG and fine-tuning together.
 * `approaches` builds them from one explanation per option, the id of the correct one, and the
 * misconception (lessons/misconceptions.ts) that each wrong choice reveals.
 */
type Approach = 'prompting' | 'rag' | 'fine-tuning' | 'rag-and-fine-tuning';

function approaches(
  correct: Approach,
  explanations: Record<Approach, string>,
  misconceptions: Partial<Record<Approach, string>>,
): ChoiceOption[] {
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
    ...(id === correct ? {} : { misconception: misconceptions[id] }),
  }));
}

const questions: Question[] = [
  // --- Checkpoints (inside the text) ---
  {
    id: 'choose-check-situation',
    title: 'Bicycle maker’s repair assistant',
    lesson: 'prompting-rag-or-fine-tuning',
    objective: 'choose',
    difficulty: 'easy',
    placement: 'checkpoint',
    type: 'scenario',
    scenario:
      'A bicycle maker wants its support assistant to answer repair questions from its workshop manuals and to quote the page it used. The manuals are revised whenever a model changes. A well-written prompt already gives answers in the right tone.',
    prompt: 'Which approach fits best?',
    hint: 'The tone is already right. What is still missing, and does it change?',
    options: approaches('rag', {
      prompting: 'The prompt already handles the tone, but no prompt can hold every manual as it changes and still quote the current page reliably. The missing piece is access to the documents.',
      rag: 'Right: the answers depend on specific documents that change and must be cited. Retrieval looks up the current page for each question, and a revised manual is just a document update.',
      'fine-tuning': 'Fine-tuning changes behaviour, and the behaviour is already fine. Training the manuals into the model would need a new run at every revision and still could not point to its source.',
      'rag-and-fine-tuning': 'Fine-tuning would add cost without solving anything: the tone is already right with a prompt. Add it only if a consistent behaviour is still missing after RAG.',
    }, { prompting: 'prompting-always-enough', 'fine-tuning': 'fine-tuning-adds-knowledge-best', 'rag-and-fine-tuning': 'more-tools-is-better' }),
  },
  {
    id: 'choose-check-cost',
    title: 'Cost of a 500,000-token job',
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
        misconception: 'epochs-not-billed',
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
        misconception: 'misapplies-cost-formula',
      },
      {
        id: 'eight-thousand',
        text: '$8,000',
        correct: false,
        explanation: 'The price is per 1,000 tokens, not per token: divide the tokens billed by 1,000 before multiplying by $0.008.',
        misconception: 'misreads-per-1000-price',
      },
    ],
  },

  // --- End-of-lesson quiz ---
  {
    id: 'choose-quiz-schema-and-style',
    title: 'Housing repairs records',
    lesson: 'prompting-rag-or-fine-tuning',
    objective: 'choose',
    difficulty: 'hard',
    placement: 'quiz',
    type: 'scenario',
    scenario:
      'A housing association’s assistant turns each tenant’s repair message into a record for its repairs system. The team already uses its provider’s schema-constrained output, so every record has the right fields. But the free-text summary in each record must follow the association’s rules (the defect first, plain English, no guesses about the cause), and despite careful prompting about one summary in ten breaks them. The team has 500 summaries checked by its repair staff.',
    prompt: 'What should the team try next?',
    hint: 'The schema already holds the structure. What is left is how one field is written: is that knowledge, or behaviour?',
    options: approaches('fine-tuning', {
      prompting: 'Careful prompting has been tried and still breaks the rules one time in ten. A consistent way of writing that prompting has not achieved is what fine-tuning is for.',
      rag: 'Nothing is missing from the model’s information: each message holds what the summary needs. Retrieval adds documents; it does not make the writing follow the rules.',
      'fine-tuning': 'Right: the structure is already guaranteed by the schema, and what remains is a behaviour, how to write the summary, that careful prompting has not fixed. 500 checked summaries are a good training set. Keep checking the results: tuning makes the rules more consistent, not certain.',
      'rag-and-fine-tuning': 'There are no documents to look up: each message holds everything the summary needs. Retrieval would add work without fixing the writing.',
    }, { prompting: 'prompting-always-enough', rag: 'rag-changes-behaviour', 'rag-and-fine-tuning': 'more-tools-is-better' }),
  },
  {
    id: 'choose-quiz-first-attempt',
    title: 'Village hall booking replies',
    lesson: 'prompting-rag-or-fine-tuning',
    objective: 'choose',
    difficulty: 'easy',
    placement: 'quiz',
    type: 'scenario',
    scenario:
      'A village hall committee wants friendly replies to booking enquiries, each with the hall’s rules on noise and cleaning. So far a volunteer has typed a one-line request into a chat assistant, and the replies come back stiff and miss the rules. The committee has no examples of good replies yet.',
    prompt: 'What should the charity do first?',
    hint: 'What has not been tried yet, and which option is quickest to change?',
    options: approaches('prompting', {
      prompting: 'Right: a one-line request is not a well-crafted prompt. Clear instructions on tone, the two rules written into the prompt and an example or two of a good reply are quick to try and may be all that is needed.',
      rag: 'Two short rules fit easily in a prompt; there is no body of changing documents to search. Retrieval would not make the replies friendlier either.',
      'fine-tuning': 'Fine-tuning before trying a proper prompt skips the cheapest step, and with no examples of good replies there is nothing to train on yet.',
      'rag-and-fine-tuning': 'This adds two systems to a problem a better prompt may solve. Neither is justified until a well-crafted prompt has been tried.',
    }, { rag: 'rag-changes-behaviour', 'fine-tuning': 'fine-tuning-always-beats-prompting', 'rag-and-fine-tuning': 'more-tools-is-better' }),
  },
  {
    id: 'choose-quiz-claims-assistant',
    title: 'Insurer’s claims assistant',
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
    }, { prompting: 'prompting-always-enough', rag: 'rag-changes-behaviour', 'fine-tuning': 'fine-tuning-adds-knowledge-best' }),
  },
  {
    id: 'choose-quiz-long-prompt',
    title: 'A long prompt on every request',
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
      'fine-tuning': 'Right: training the instructions and examples into the model means they need not be sent with each request, which OpenAI reported as one of the gains of fine-tuning in 2023; the firm has plenty of approved examples.',
      'rag-and-fine-tuning': 'There are no changing documents to look up, so retrieval adds nothing here. Fine-tuning alone addresses the long prompt.',
    }, { prompting: 'prompting-always-enough', rag: 'rag-changes-behaviour', 'rag-and-fine-tuning': 'more-tools-is-better' }),
  },
  {
    id: 'choose-quiz-match-need',
    title: 'Needs and the approaches that fit',
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
    title: 'What a budget should include',
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
        explanation: 'Right: the examples have to be written or checked by people who know what a good answer looks like, and their time is part of the cost, often more than the training bill suggests.',
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
        misconception: 'training-is-the-only-cost',
      },
      {
        id: 'free-small',
        text: 'Nothing at all if the dataset has fewer than 100 examples.',
        correct: false,
        explanation: 'Small datasets cost little, but not nothing: every training token is billed, whatever the number of examples.',
        misconception: 'fine-tuning-is-free',
      },
    ],
  },
  {
    id: 'choose-quiz-cost-chain',
    title: 'Estimating a budget, step by step',
    lesson: 'prompting-rag-or-fine-tuning',
    objective: 'estimate-cost',
    difficulty: 'medium',
    placement: 'quiz',
    type: 'ordering',
    prompt: 'Put the steps for estimating a hosted fine-tuning budget in order. Each step uses the result of the one before.',
    hint: 'Start from what you can count in your own file. Each later step names the number it works on.',
    items: [
      {
        id: 'count-tokens',
        text: 'Count the tokens in your training file.',
        explanation: 'Every later number starts from this count, so it comes first.',
      },
      {
        id: 'tokens-billed',
        text: 'Multiply the tokens in your training file by the number of epochs: the result is the tokens billed.',
        explanation: 'Each epoch reads the tokens in your training file again, so this turns the count into the tokens billed.',
        needs: 'tokens in your training file',
      },
      {
        id: 'run-cost',
        text: 'Multiply the tokens billed by the provider’s current price per training token: the result is the cost of one training run.',
        explanation: 'The price applies to the tokens billed, which the step before produced. Use today’s price list: prices change.',
        needs: 'tokens billed',
      },
      {
        id: 'budget',
        text: 'Multiply the cost of one training run by the number of runs you expect, and add the cost of using the tuned model.',
        explanation: 'You rarely train only once, and use is billed on top, so the cost of one training run is not yet the budget.',
        needs: 'cost of one training run',
      },
    ],
  },
  {
    id: 'choose-quiz-who-can',
    title: 'What self-serve tuning asks of you',
    lesson: 'prompting-rag-or-fine-tuning',
    objective: 'who-can',
    difficulty: 'easy',
    placement: 'quiz',
    type: 'single',
    prompt: 'What does fine-tuning a model through a provider’s self-serve service require of you?',
    hint: 'Think about what the provider does for you, and what only you can do.',
    options: [
      {
        id: 'data-care',
        text: 'No machine learning expertise: you prepare examples in the required format and submit them, but designing good examples takes careful thought.',
        correct: true,
        explanation: 'Right: the provider runs the training. The quality of the result depends on your examples: balanced, consistent, complete, and tested on a held-out set. Check too that the provider still offers it: several changed their offers in 2025 and 2026.',
      },
      {
        id: 'ml-degree',
        text: 'A machine learning specialist to write the training code.',
        correct: false,
        explanation: 'Provider APIs need no training code: you upload a file of examples and start a job. The expertise you need is in your own domain, to write good examples.',
        misconception: 'fine-tuning-needs-ml-expertise',
      },
      {
        id: 'own-gpus',
        text: 'Your own GPUs to run the training on.',
        correct: false,
        explanation: 'With a hosted service the provider runs the training on its hardware. Your own or rented GPUs are needed only if you fine-tune an open model yourself.',
        misconception: 'fine-tuning-needs-a-cluster',
      },
      {
        id: 'nothing-to-design',
        text: 'Nothing but a file of your documents: the provider works out the examples.',
        correct: false,
        explanation: 'You have to write the examples: inputs paired with the outputs you want. Raw documents are not training examples, and designing those examples is where the care goes.',
        misconception: 'no-care-needed-for-data',
      },
    ],
  },
  {
    id: 'choose-quiz-data-traps',
    title: '400 replies, 60% refusals',
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
        misconception: 'more-epochs-always-help',
      },
      {
        id: 'switch-to-rag',
        text: 'Drop fine-tuning and use retrieval instead, because fine-tuning cannot change how often a model declines.',
        correct: false,
        explanation: 'How often a model declines is behaviour, and shaping behaviour is what fine-tuning does. Retrieval adds documents; it would not fix a model trained to refuse.',
        misconception: 'rag-changes-behaviour',
      },
      {
        id: 'model-ruined',
        text: 'Nothing can be done: the refusals are now fixed in the model for good.',
        correct: false,
        explanation: 'That is the permanence myth. The base model is unchanged; train a new version on balanced data, or go back to the base model meanwhile.',
        misconception: 'fine-tuning-is-permanent',
      },
    ],
  },
  {
    id: 'choose-quiz-offerings-dated',
    title: 'Will the offer stay the same?',
    lesson: 'prompting-rag-or-fine-tuning',
    objective: 'who-can',
    difficulty: 'medium',
    placement: 'quiz',
    type: 'myth-or-reality',
    prompt: 'Once a provider offers self-serve fine-tuning, you can plan on it staying available on the same terms.',
    hint: 'Think of what Google’s Gemini API, Cohere and OpenAI did between 2025 and 2026.',
    answer: 'myth',
    misconception: 'hosted-offerings-never-change',
    explanations: {
      myth: 'Right, it is a myth: Google’s Gemini API has had no tunable model since May 2025, Cohere deprecated its fine-tuning in September 2025, and OpenAI notified self-serve fine-tuning developers of changes in May 2026. Keep your training data and check the provider’s current page.',
      reality: 'Not so. Offerings change: between 2025 and 2026 Google’s Gemini API stopped offering a tunable model, Cohere deprecated its fine-tuning, and OpenAI announced changes to self-serve fine-tuning. A tuned model also lasts only as long as its base model.',
    },
  },
];

export default questions;
