import type { Question } from '../lib/question';

/** The line under a question's prompt that says how to answer it, by question type. */
export const QUESTION_INSTRUCTION: Readonly<Record<Question['type'], string>> = {
  single: 'Choose one answer.',
  multiple: 'Select all that apply. Each right choice earns part of the mark; each wrong one takes a part back.',
  'myth-or-reality': 'Myth or reality?',
  ordering: 'Put the steps in order.',
  matching: 'Choose a match for each item.',
  scenario: 'Choose the best approach.',
};
