import { autoUpdate, flip, offset, shift, size, useFloating } from '@floating-ui/react-dom';
import { useCallback, useEffect, useId, useRef, useSyncExternalStore, type ReactNode } from 'react';
import './inline-popover.css';

/*
 * Which popover in the text is open: one at a time across the page, terms and citations alike.
 * A tiny store of its own (not the progress store: nothing here is saved).
 */
let openId: string | null = null;
const listeners = new Set<() => void>();
function setOpenId(id: string | null) {
  if (openId === id) return;
  openId = id;
  listeners.forEach((listener) => listener());
}
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
const useIsOpen = (id: string) =>
  useSyncExternalStore(
    subscribe,
    () => openId === id,
    () => false,
  );

interface InlinePopoverProps {
  /** What the trigger shows, in the sentence. */
  label: ReactNode;
  /** The popover's heading, which also names it. */
  title: ReactNode;
  children: ReactNode;
  triggerClassName: string;
  /** For the trigger's accessible name when its text alone would be unclear, e.g. "Source: Hu et al., 2021". */
  triggerLabel?: string;
}

/**
 * A button in the running text that opens a small non-modal dialog beside it (positioned by
 * Floating UI, out of the text's flow, so the sentence stays whole). Only one is open at a
 * time; Escape, Close or a tap outside closes it; focus goes into it on opening and back to
 * the button on Escape and Close. Tabbing out of it closes it and carries on through the text.
 */
export function InlinePopover({ label, title, children, triggerClassName, triggerLabel }: InlinePopoverProps) {
  const id = useId();
  const panelId = `${id}-popover`;
  const titleId = `${id}-title`;
  const open = useIsOpen(id);
  const triggerRef = useRef<HTMLButtonElement | null>(null);
  const panelRef = useRef<HTMLElement | null>(null);
  const { refs, floatingStyles } = useFloating<HTMLButtonElement>({
    open,
    placement: 'bottom-start',
    strategy: 'fixed',
    whileElementsMounted: autoUpdate,
    middleware: [
      offset(6),
      flip({ padding: 8 }),
      shift({ padding: 8 }),
      size({
        padding: 8,
        // Never wider or taller than the room the window leaves (a 320 px phone included).
        apply({ availableWidth, availableHeight, elements }) {
          elements.floating.style.setProperty('--popover-room-x', `${Math.max(availableWidth, 200)}px`);
          elements.floating.style.maxHeight = `${Math.max(availableHeight, 120)}px`;
        },
      }),
    ],
  });
  const setTrigger = useCallback(
    (node: HTMLButtonElement | null) => {
      triggerRef.current = node;
      refs.setReference(node);
    },
    [refs],
  );
  const setPanel = useCallback(
    (node: HTMLElement | null) => {
      panelRef.current = node;
      refs.setFloating(node);
    },
    [refs],
  );

  const close = useCallback(
    (returnFocus: boolean) => {
      if (openId === id) setOpenId(null);
      if (returnFocus) triggerRef.current?.focus();
    },
    [id],
  );

  // Focus goes in when it opens, so a screen reader reads the dialog and a keyboard is in it.
  useEffect(() => {
    if (open) panelRef.current?.focus({ preventScroll: true });
  }, [open]);

  // While open: Escape closes (focus back to the button); a press outside closes (focus stays where the learner pressed).
  useEffect(() => {
    if (!open) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      close(true);
    };
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node | null;
      if (target && (panelRef.current?.contains(target) || triggerRef.current?.contains(target))) return;
      close(false);
    };
    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('pointerdown', onPointerDown);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('pointerdown', onPointerDown);
    };
  }, [open, close]);

  // Another popover opening, or the page going away, closes this one.
  useEffect(() => () => close(false), [close]);

  return (
    <span className="inline-popover">
      <button
        type="button"
        ref={setTrigger}
        className={triggerClassName}
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        aria-haspopup="dialog"
        aria-label={triggerLabel}
        onClick={() => setOpenId(open ? null : id)}
      >
        {label}
      </button>
      {open ? (
        <span
          ref={setPanel}
          id={panelId}
          role="dialog"
          aria-labelledby={titleId}
          tabIndex={-1}
          className="inline-popover__panel"
          style={floatingStyles}
          onBlur={(event) => {
            // Tabbing out of the popover (not into the button) closes it; the text carries on.
            const next = event.relatedTarget as Node | null;
            if (next && !panelRef.current?.contains(next) && next !== triggerRef.current) close(false);
          }}
        >
          <span className="inline-popover__head">
            <strong id={titleId} className="inline-popover__title">
              {title}
            </strong>
            <button type="button" className="inline-popover__close" aria-label="Close" onClick={() => close(true)}>
              <span aria-hidden="true">×</span>
            </button>
          </span>
          {children}
        </span>
      ) : null}
    </span>
  );
}
