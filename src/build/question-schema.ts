import { z } from 'zod';
import type { Question } from '../quiz/lib/question';

/** The question-bank contract, checked in the tests (never shipped to the browser). */
const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const id = z.string().regex(kebab, 'must be kebab-case');
const text = z.string().trim().min(2, 'must not be empty');
const explanation = z.string().trim().min(15, 'must explain why (at least a short sentence)');

const base = {
  id,
  lesson: id,
  objective: id,
  difficulty: z.enum(['easy', 'medium', 'hard']),
  placement: z.enum(['checkpoint', 'quiz']),
  /** A short name for lists; that no two are alike is a whole-course check (content-checks.ts). */
  title: z.string().trim().min(3, 'must name the question in a few words').max(45, 'must be short: at most 45 characters'),
  prompt: text,
  hint: z.string().trim().min(10, 'must give a real hint'),
};

/** The id of a belief in lessons/misconceptions.ts; whether it exists is checked against that list. */
const misconception = id.optional();

const option = z.strictObject({ id, text, correct: z.boolean(), explanation, misconception });

const uniqueIds = (label: string) => (list: { id: string }[], ctx: z.core.$RefinementCtx<{ id: string }[]>) => {
  const seen = new Set<string>();
  list.forEach((item, index) => {
    if (seen.has(item.id)) ctx.addIssue({ code: 'custom', message: `duplicate ${label} id "${item.id}"`, path: [index, 'id'] });
    seen.add(item.id);
  });
};

const options = z.array(option).min(2).superRefine(uniqueIds('option'));

const single = z.strictObject({
  ...base,
  type: z.literal('single'),
  options: options.refine((o) => o.filter((x) => x.correct).length === 1, 'must have exactly one correct option'),
  fixedOrder: z.boolean().optional(),
});

const multiple = z.strictObject({
  ...base,
  type: z.literal('multiple'),
  options: options
    .refine((o) => o.some((x) => x.correct), 'must have at least one correct option')
    .refine((o) => o.some((x) => !x.correct), 'must have at least one incorrect option'),
  fixedOrder: z.boolean().optional(),
});

const mythOrReality = z.strictObject({
  ...base,
  type: z.literal('myth-or-reality'),
  answer: z.enum(['myth', 'reality']),
  explanations: z.strictObject({ myth: explanation, reality: explanation }),
  misconception,
});

const ordering = z.strictObject({
  ...base,
  type: z.literal('ordering'),
  items: z.array(z.strictObject({ id, text, explanation, needs: text.optional() })).min(3).max(7).superRefine(uniqueIds('item')),
  misconception,
});

const matching = z.strictObject({
  ...base,
  type: z.literal('matching'),
  pairs: z
    .array(z.strictObject({ id, left: text, right: text, explanation }))
    .min(3)
    .max(7)
    .superRefine(uniqueIds('pair'))
    .refine((pairs) => new Set(pairs.map((p) => p.right)).size === pairs.length, 'right-hand sides must all differ'),
  misconception,
});

const scenario = z.strictObject({
  ...base,
  type: z.literal('scenario'),
  scenario: z.string().trim().min(30, 'must describe the situation'),
  options: options.refine((o) => o.filter((x) => x.correct).length === 1, 'must have exactly one correct option'),
});

export const questionSchema = z.discriminatedUnion('type', [single, multiple, mythOrReality, ordering, matching, scenario]);

export const questionBankSchema = z.array(questionSchema);

// The schema and the hand-written types must describe the same thing.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesTypes: Same<z.infer<typeof questionSchema>, Question> = true;
void schemaMatchesTypes;
