/**
 * The misconceptions a trainer should watch for in one lesson, read from the content:
 * the beliefs `lessons/misconceptions.ts` says the lesson corrects, each addressed by the
 * explanations of the wrong answers that reveal it (any lesson's questions), and the myths
 * the lesson busts in its <Myth> callouts (claim and reality). Pure.
 */
import { isValidElement, type ReactNode } from 'react';
import type { MDXContent } from 'mdx/types';
import misconceptions from '../../lessons/misconceptions';
import { Myth } from '../course/mdx/callout';
import type { Question } from '../quiz/lib/question';
import { lessonNodes } from './sections';

export interface WatchFor {
  id: string;
  /** What someone who holds it believes. */
  statement: string;
  /** How to address it: the course's own explanations. */
  address: ReactNode[];
  /** The prompts of the questions whose wrong answers reveal it. */
  questions: string[];
}

/** The myths a lesson busts: each <Myth>'s claim, addressed by its reality. */
export function mythsIn(Content: MDXContent): WatchFor[] {
  return lessonNodes(Content).flatMap((node, i) => {
    if (!isValidElement<{ claim?: string; children?: ReactNode }>(node) || node.type !== Myth) return [];
    return [{ id: `myth-${i}`, statement: node.props.claim ?? '', address: [node.props.children], questions: [] }];
  });
}

/** Where each misconception shows up: the wrong answers tagged with it, and why each is wrong. */
function taggedAnswers(questions: readonly Question[]): Map<string, { prompt: string; explanation: string }[]> {
  const byId = new Map<string, { prompt: string; explanation: string }[]>();
  const add = (id: string | undefined, prompt: string, explanation: string) => {
    if (!id) return;
    byId.set(id, [...(byId.get(id) ?? []), { prompt, explanation }]);
  };
  for (const q of questions) {
    if (q.type === 'single' || q.type === 'multiple' || q.type === 'scenario') {
      for (const option of q.options) if (!option.correct) add(option.misconception, q.prompt, option.explanation);
    } else if (q.type === 'myth-or-reality') {
      add(q.misconception, q.prompt, q.explanations[q.answer === 'myth' ? 'reality' : 'myth']);
    } else {
      add(q.misconception, q.prompt, '');
    }
  }
  return byId;
}

/** The beliefs this lesson corrects, each with how the course answers it and the questions that reveal it. */
export function misconceptionsFor(slug: string, allQuestions: readonly Question[]): WatchFor[] {
  const tagged = taggedAnswers(allQuestions);
  return misconceptions
    .filter((m) => m.correctedIn === slug)
    .map((m) => {
      const answers = tagged.get(m.id) ?? [];
      return {
        id: m.id,
        statement: m.belief,
        address: [...new Set(answers.map((a) => a.explanation).filter(Boolean))].slice(0, 2),
        questions: [...new Set(answers.map((a) => a.prompt))],
      };
    });
}
