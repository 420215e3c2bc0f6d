import { useId, type ReactNode } from 'react';
import './notice.css';

interface NoticeProps {
  tone: 'warning' | 'info' | 'success';
  title: string;
  children: ReactNode;
  actions?: ReactNode;
  /** role="alert" for problems that arise while the learner works. */
  urgent?: boolean;
}

const icons = { warning: '⚠', info: 'ℹ', success: '✓' } as const;

/** The one way the app tells the learner about a problem: what happened, what it means, what to do. */
export function Notice({ tone, title, children, actions, urgent = false }: NoticeProps) {
  const id = useId();
  return (
    <section className={`notice notice--${tone}`} aria-labelledby={id} role={urgent ? 'alert' : undefined}>
      <h2 id={id} className="notice__title">
        <span aria-hidden="true" className="notice__icon">
          {icons[tone]}
        </span>{' '}
        {title}
      </h2>
      <div className="notice__body">{children}</div>
      {actions ? <div className="notice__actions">{actions}</div> : null}
    </section>
  );
}
