import { useCallback, useEffect, useRef, useState } from 'react';
import type { Slide } from './deck';
import { initialState, parseState, reduce, type Command, type PresenterState } from './presenter-state';

type Message = { type: 'hello'; from: string } | { type: 'state'; from: string; key: string | undefined; state: PresenterState };

const storageKey = (deckId: string) => `fine-tuning-present:${deckId}`;

function loadState(deckId: string): PresenterState {
  if (typeof window === 'undefined') return initialState; // rendered ahead of time: the browser reads its place
  let saved: Partial<PresenterState> = {};
  try {
    saved = parseState(sessionStorage.getItem(storageKey(deckId)));
  } catch {
    // sessionStorage blocked: start at the beginning; the URL still carries the slide.
  }
  const fromUrl = Number(new URLSearchParams(window.location.search).get('slide'));
  const index = Number.isInteger(fromUrl) && fromUrl >= 1 ? fromUrl - 1 : (saved.index ?? 0);
  return { ...initialState, ...saved, index };
}

function saveState(deckId: string, state: PresenterState) {
  try {
    sessionStorage.setItem(storageKey(deckId), JSON.stringify(state));
  } catch {
    // Not fatal: the URL below keeps the place.
  }
  const url = new URL(window.location.href);
  url.searchParams.set('slide', String(state.index + 1));
  // Not a navigation: the router need not know, and Back still leaves the presentation.
  window.history.replaceState(window.history.state, '', url);
}

/**
 * The presenter's place and class state, kept in step between windows of the same deck:
 * every change is posted on a BroadcastChannel and the other window follows. A window
 * that opens (or reloads) says hello and adopts the answer, so either can be reloaded.
 * Slides are matched by key, so the two windows agree even if one deck is still loading.
 */
export function usePresenter(deckId: string, slides: readonly Slide[], ready: boolean) {
  const [state, setState] = useState<PresenterState>(() => loadState(deckId));
  const stateRef = useRef(state);
  const slidesRef = useRef(slides);
  const channelRef = useRef<BroadcastChannel | null>(null);
  const [windowId] = useState(() => Math.random().toString(36).slice(2));

  useEffect(() => {
    slidesRef.current = slides;
  }, [slides]);

  const post = useCallback(
    (next: PresenterState) => channelRef.current?.postMessage({ type: 'state', from: windowId, key: slidesRef.current[next.index]?.key, state: next } satisfies Message),
    [windowId],
  );

  const commit = useCallback(
    (next: PresenterState, broadcast: boolean) => {
      stateRef.current = next;
      setState(next);
      saveState(deckId, next);
      if (broadcast) post(next);
    },
    [deckId, post],
  );

  const dispatch = useCallback((command: Command) => commit(reduce(stateRef.current, command, slidesRef.current.length), true), [commit]);

  useEffect(() => {
    if (!ready || typeof BroadcastChannel === 'undefined') return;
    const channel = new BroadcastChannel(storageKey(deckId));
    channelRef.current = channel;
    channel.onmessage = (event: MessageEvent<Message>) => {
      const message = event.data;
      if (!message || message.from === windowId) return;
      if (message.type === 'hello') post(stateRef.current);
      else if (message.type === 'state') {
        const byKey = slidesRef.current.findIndex((slide) => slide.key === message.key);
        commit({ ...initialState, ...message.state, index: byKey >= 0 ? byKey : message.state.index }, false);
      }
    };
    channel.postMessage({ type: 'hello', from: windowId } satisfies Message);
    return () => {
      channel.close();
      channelRef.current = null;
    };
  }, [ready, deckId, windowId, post, commit]);

  const index = Math.max(0, Math.min(state.index, slides.length - 1));
  return { state: { ...state, index }, dispatch };
}
