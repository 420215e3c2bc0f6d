import { useCallback, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import type { DeckLesson, Slide } from './deck';
import type { KeyAction } from './presenter-state';
import { useDeck } from './use-deck';
import { usePresenter } from './use-presenter';
import { usePresenterKeys } from './use-presenter-keys';

export interface PresentData {
  deckId: string;
  title: string;
  wholeCourse: boolean;
  lessons: DeckLesson[];
}

/** Where Esc takes the presenter: the lesson, at the section on screen. */
export function sectionLink(slide: Slide | undefined): string {
  if (!slide?.lesson) return '/';
  return `/lessons/${slide.lesson.slug}${slide.sectionId ? `#${slide.sectionId}` : ''}`;
}

export function toggleFullscreen() {
  const done = document.fullscreenElement ? document.exitFullscreen() : document.documentElement.requestFullscreen?.();
  // A refused request (no user gesture, a policy) leaves the window as it was: nothing to undo.
  done?.catch(() => undefined);
}

/** What both windows share: the deck, the place in it (in step with the other window) and the keys. */
export function usePresentation(data: PresentData) {
  const { slides, ready, measurer } = useDeck(data.lessons, data.wholeCourse);
  const { state, dispatch } = usePresenter(data.deckId, slides, ready);
  const navigate = useNavigate();
  const slide = slides[state.index];
  const onKey = useCallback(
    (action: Exclude<KeyAction, { kind: 'digits' | 'none' }>) => {
      if (action.kind === 'command') dispatch(action.command);
      else if (action.kind === 'fullscreen') toggleFullscreen();
      else if (action.kind === 'reveal' && slide?.kind === 'question') dispatch({ type: 'reveal', question: slide.question.id });
      else if (action.kind === 'leave') navigate(sectionLink(slide))?.catch(() => undefined);
    },
    [dispatch, navigate, slide],
  );
  const typed = usePresenterKeys(onKey);
  return { slides, ready, measurer: measurer as ReactNode, state, dispatch, slide, typed };
}
