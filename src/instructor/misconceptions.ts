/**
 * The misconceptions a trainer should watch for in one lesson, read from the content:
 * the myths the lesson busts (its <Myth> callouts, claim and reality) and the wrong
 * options of its questions, each with the explanation that addresses it. Pure.
 */
import { isValidElement, type ReactNode } from 'react';
import { Myth } from '../course/mdx/callout';
import type { Question } from '../quiz/lib/question';
import type { MDXContent } from 'mdx/types';
import { lessonNodes } from './sections';

export interface Misconception {
  /** What someone who holds it believes. */
  statement: string;
  /** How to address it: the lesson's own explanation. */
  address: ReactNode;
  /** The questions whose wrong answers reveal it. */
  questions: string[];
}

/** The myths a lesson busts: each <Myth>'s claim, addressed by its reality. */
export function mythsIn(Content: MDXContent): Misconception[] {
  return lessonNodes(Content).flatMap((node) => {
    if (!isValidElement<{ claim?: string; children?: ReactNode }>(node) || node.type !== Myth) return [];
    return [{ statement: node.props.claim ?? '', address: node.props.children, questions: [] }];
  });
}

/** Wrong options and the explanation that answers each, for the questions that have options. */
export function distractorsIn(questions: readonly Question[]): Misconception[] {
  const found: Misconception[] = [];
  for (const question of questions) {
    if (question.type === 'single' || question.type === 'multiple' || question.type === 'scenario') {
      for (const option of question.options) {
        if (!option.correct) found.push({ statement: option.text, address: option.explanation, questions: [question.id] });
      }
    } else if (question.type === 'myth-or-reality') {
      const wrong = question.answer === 'myth' ? 'reality' : 'myth';
      // Believing a myth, or dismissing something true as a myth.
      const statement = wrong === 'reality' ? question.prompt : `That it is a myth: “${question.prompt}”`;
      found.push({ statement, address: question.explanations[wrong], questions: [question.id] });
    }
  }
  return found;
}
