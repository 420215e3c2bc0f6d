import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import glossary from '../../../lessons/glossary';

const byId = new Map(glossary.map((entry) => [entry.id, entry]));

/**
 * A glossary term in the text: a button that opens its definition in place, with a
 * link to the full glossary. Escape closes it and returns focus to the term.
 */
export function Term({ id, children }: { id: string; children: ReactNode }) {
  const entry = byId.get(id);
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);

  // While open, Escape closes it from anywhere (the term or the link inside) and returns focus to the term.
  useEffect(() => {
    if (!open) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      buttonRef.current?.focus();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [open]);

  if (!entry) return <>{children}</>;
  return (
    <span className="term">
      <button
        type="button"
        className="term__button"
        aria-expanded={open}
        aria-controls={panelId}
        ref={buttonRef}
        onClick={() => setOpen((value) => !value)}
      >
        {children}
      </button>
      <span id={panelId} className="term__panel" role="note" hidden={!open}>
        <strong>{entry.term}:</strong> {entry.definition}{' '}
        <Link to={`/lessons/related-terms#term-${entry.id}`}>In the glossary</Link>
      </span>
    </span>
  );
}
