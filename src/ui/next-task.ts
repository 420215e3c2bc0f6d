/**
 * Resolves in a new task of the browser's, so that what runs after it is not part of the task
 * before: a phone's main thread held for long (over 50 ms) is time a tap waits for.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
