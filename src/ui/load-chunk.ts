/**
 * A lazily loaded file of the app that did not arrive: the learner is offline, or a newer
 * version of the course has replaced the file since the page was opened.
 */
export class ChunkLoadError extends Error {
  override readonly name = 'ChunkLoadError';
  constructor(cause: unknown) {
    super('Part of the course could not be downloaded.', { cause });
  }
}

export const isChunkLoadError = (error: unknown): error is ChunkLoadError => error instanceof ChunkLoadError;

/**
 * Runs a dynamic import and names its failure, so every page can tell "a file did not
 * arrive" (worth a Retry) from a bug. Calling it again imports again: Chromium does not
 * keep a failed dynamic import, and where a browser does, "Reload the page" still works.
 */
export function loadChunk<T>(load: () => Promise<T>): Promise<T> {
  return load().catch((error: unknown) => {
    throw new ChunkLoadError(error);
  });
}
