import type { ReactNode } from 'react';
import './callout.css';

const labels = {
  analogy: 'Analogy',
  example: 'Example',
  note: 'Note',
  warning: 'Watch out',
} as const;

/** A boxed aside: an analogy, an example, a note or a warning. */
export function Callout({ type = 'note', title, children }: { type?: keyof typeof labels; title?: string; children: ReactNode }) {
  return (
    <aside className={`callout callout--${type}`} aria-label={title ? `${labels[type]}: ${title}` : labels[type]}>
      <p className="callout__label">
        <span aria-hidden="true" className="callout__icon" />
        {labels[type]}
        {title ? <span className="callout__title">{title}</span> : null}
      </p>
      {children}
    </aside>
  );
}

/** A worked example, such as one line of training data. */
export function WorkedExample({ title, children }: { title?: string; children: ReactNode }) {
  return (
    <figure className="callout callout--example worked-example">
      <figcaption className="callout__label">
        <span aria-hidden="true" className="callout__icon" />
        Worked example{title ? <span className="callout__title">{title}</span> : null}
      </figcaption>
      {children}
    </figure>
  );
}

/** A myth, its reality and why people believe it. */
export function Myth({ claim, children }: { claim: string; children: ReactNode }) {
  return (
    <section className="callout callout--myth" aria-label={`Myth: ${claim}`}>
      <p className="myth__claim">
        <span className="myth__badge">
          <span aria-hidden="true">✗ </span>Myth
        </span>{' '}
        {claim}
      </p>
      <div className="myth__reality">
        <p className="myth__badge myth__badge--reality">
          <span aria-hidden="true">✓ </span>Reality
        </p>
        {children}
      </div>
    </section>
  );
}

/** The lesson's key takeaways. */
export function KeyTakeaways({ children }: { children: ReactNode }) {
  return (
    <section className="callout callout--takeaways" aria-labelledby="key-takeaways">
      <h2 id="key-takeaways" className="callout__heading">
        Key takeaways
      </h2>
      {children}
    </section>
  );
}
