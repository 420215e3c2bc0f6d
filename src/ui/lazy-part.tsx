import { Component, createElement, lazy, Suspense, useState, type ComponentType, type ReactNode } from 'react';
import { isChunkLoadError, loadChunk } from './load-chunk';
import { LoadFailedNotice } from './load-failed-notice';

/** A component from `retryableLazy`, and how to forget a failed download of it. */
export type RetryableComponent<P> = ComponentType<P> & { forgetFailure: () => void };

/**
 * A component whose code loads when it is first shown, like `React.lazy`, except that a
 * failed download can be forgotten, so a Retry downloads again. (A failure is kept until
 * then: forgetting it at once would make React retry in a tight loop.)
 */
export function retryableLazy<P extends object>(load: () => Promise<ComponentType<P>>): RetryableComponent<P> {
  let failed = false;
  const make = () =>
    lazy(() =>
      loadChunk(load).then(
        (component) => ({ default: component }),
        (error: unknown) => {
          failed = true;
          throw error;
        },
      ),
    );
  let Loaded = make();
  function RetryableLazy(props: P) {
    return createElement(Loaded, props);
  }
  return Object.assign(RetryableLazy, {
    forgetFailure: () => {
      if (!failed) return;
      failed = false;
      Loaded = make();
    },
  });
}

interface BoundaryProps {
  children: ReactNode;
  onRetry: () => void;
  what: string;
}

class ChunkBoundary extends Component<BoundaryProps, { error: unknown }> {
  override state = { error: null as unknown };
  static getDerivedStateFromError(error: unknown) {
    return { error };
  }
  override render() {
    const { error } = this.state;
    if (error === null) return this.props.children;
    if (!isChunkLoadError(error)) throw error;
    return (
      <LoadFailedNotice
        what={this.props.what}
        onRetry={() => {
          this.setState({ error: null });
          this.props.onRetry();
        }}
      />
    );
  }
}

/**
 * Shows a part of a page made by `retryableLazy`: nothing while it downloads, and if it
 * does not arrive, the load-failed notice whose Retry downloads again.
 */
export function LazyPart({ what, forgetFailure, children }: { what: string; forgetFailure: () => void; children: ReactNode }) {
  const [attempt, setAttempt] = useState(0);
  const retry = () => {
    forgetFailure();
    setAttempt((n) => n + 1);
  };
  return (
    <ChunkBoundary key={attempt} what={what} onRetry={retry}>
      <Suspense fallback={null}>{children}</Suspense>
    </ChunkBoundary>
  );
}
