import { autoUpdate, flip, offset, shift, size, useFloating } from '@floating-ui/react-dom';
import { useCallback, useEffect, useId, useLayoutEffect, useRef, useSyncExternalStore, type ReactNode, type RefObject } from 'react';
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
 * A lesson has dozens of these: while closed, each is only a button (the panel and its
 * positioning exist only while open).
 */
export function InlinePopover({ label, title, children, triggerClassName, triggerLabel }: InlinePopoverProps) {
  const id = useId();
  const panelId = `${id}-popover`;
  const open = useIsOpen(id);
  const triggerRef = useRef<HTMLButtonElement | null>(null);

  const close = useCallback(
    (returnFocus: boolean) => {
      if (openId === id) setOpenId(null);
      if (returnFocus) triggerRef.current?.focus();
    },
    [id],
  );

  // The page going away closes it.
  useEffect(() => () => close(false), [close]);

  return (
    <span className="inline-popover">
      <button
        type="button"
        ref={triggerRef}
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
        <PopoverPanel id={panelId} title={title} triggerRef={triggerRef} close={close}>
          {children}
        </PopoverPanel>
      ) : null}
    </span>
  );
}

interface PopoverPanelProps {
  id: string;
  title: ReactNode;
  children: ReactNode;
  triggerRef: RefObject<HTMLButtonElement | null>;
  close: (returnFocus: boolean) => void;
}

function PopoverPanel({ id, title, children, triggerRef, close }: PopoverPanelProps) {
  const titleId = `${id}-title`;
  const panelRef = useRef<HTMLElement | null>(null);
  const { refs, floatingStyles } = useFloating<HTMLButtonElement>({
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
  const setPanel = useCallback(
    (node: HTMLElement | null) => {
      panelRef.current = node;
      refs.setFloating(node);
    },
    [refs],
  );

  // Anchored to its button; focus goes in, so a screen reader reads the dialog and a keyboard is in it.
  useLayoutEffect(() => {
    refs.setReference(triggerRef.current);
    panelRef.current?.focus({ preventScroll: true });
  }, [refs, triggerRef]);

  // Escape closes (focus back to the button); a press outside closes (focus stays where the learner pressed).
  useEffect(() => {
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
  }, [close, triggerRef]);

  return (
    <span
      ref={setPanel}
      id={id}
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
  );
}
