import type { MouseEvent } from 'react';

/**
 * Buttons in a quiz replace one another where the learner clicked ("Check answer" becomes
 * "Try again"; "Next question" becomes the next question's "Skip for now"). A double click's
 * second click (detail 2 and up) belongs to a gesture already acted on: it is ignored, and a
 * submit it would cause is cancelled. One gesture, one action. Keyboard activation has
 * detail 0 and always acts.
 */
export function isRepeatClick(event: MouseEvent<HTMLButtonElement>): boolean {
  if (event.detail <= 1) return false;
  event.preventDefault();
  return true;
}
