import { useEffect, useRef, useState } from 'react';
import { keyAction, type KeyAction } from './presenter-state';

const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
const activates = (target: EventTarget | null) => target instanceof HTMLElement && /^(BUTTON|A|SUMMARY)$/.test(target.tagName);

/**
 * The presenter's keys, on the whole window: → or Space next, ← previous, Home, End,
 * a number then Enter to jump, F full screen, B black out, R reveal, Esc leave.
 * Keys typed into a field are left alone, and Space or Enter on a button press the button.
 * Returns the slide number being typed, for the window to show.
 */
export function usePresenterKeys(onAction: (action: Exclude<KeyAction, { kind: 'digits' | 'none' }>) => void): string {
  const [buffer, setBuffer] = useState('');
  const bufferRef = useRef('');
  const handler = useRef(onAction);
  useEffect(() => {
    handler.current = onAction;
  }, [onAction]);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
      if ((event.key === ' ' || event.key === 'Enter') && activates(event.target) && !bufferRef.current) return;
      const action = keyAction(event.key, bufferRef.current);
      if (action.kind === 'none') {
        return;
      }
      event.preventDefault();
      const next = action.kind === 'digits' ? action.buffer : '';
      bufferRef.current = next;
      setBuffer(next);
      if (action.kind !== 'digits') handler.current(action);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
  return buffer;
}
