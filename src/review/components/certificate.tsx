import { useId, useState } from 'react';
import { setCertificateName } from '../../progress/final-actions';
import { useProgress } from '../../progress/progress-store';
import type { FinalResult } from '../../progress/progress-types';
import { formatDate, UNKNOWN_DATE } from '../../ui/format-date';
import { MAX_NAME_LENGTH } from '../lib/final-rules';

export const COURSE_TITLE = 'Fine-tuning: an interactive course';

/**
 * The certificate for a passed final assessment: the name the learner types, the course,
 * the date and the score. Printed by the browser from the print stylesheet (only the
 * certificate prints); the name is kept in this browser's saved progress, and nothing is sent anywhere.
 */
export function Certificate({ result }: { result: FinalResult }) {
  const saved = useProgress((state) => state.certificateName?.name ?? '');
  const [name, setName] = useState(saved);
  const inputId = useId();
  const hintId = useId();
  const shown = name.trim();
  return (
    <section aria-labelledby="certificate" className="certificate-section">
      <h2 id="certificate" tabIndex={-1}>
        Your certificate
      </h2>
      <div className="certificate-section__form">
        <label htmlFor={inputId}>Your name, as it should appear</label>
        <p id={hintId} className="certificate-section__hint">
          It stays in this browser: the certificate is made here and never sent anywhere.
        </p>
        <input
          id={inputId}
          type="text"
          autoComplete="name"
          maxLength={MAX_NAME_LENGTH}
          aria-describedby={hintId}
          value={name}
          onChange={(event) => setName(event.target.value)}
          onBlur={() => setCertificateName(name)}
        />
        <button
          type="button"
          className="button"
          onClick={() => {
            setCertificateName(name);
            window.print();
          }}
        >
          Print or save as PDF
        </button>
      </div>
      <div className="certificate" role="img" aria-label={`Certificate: ${shown || 'your name'} completed ${COURSE_TITLE} on ${formatDate(result.at, 'long') ?? UNKNOWN_DATE} with ${Math.round((result.score / result.total) * 100)}%`}>
        <p className="certificate__kicker">Certificate of completion</p>
        <p className="certificate__lead">This certifies that</p>
        <p className="certificate__name">{shown || 'Your name'}</p>
        <p className="certificate__lead">has passed the final assessment of</p>
        <p className="certificate__course">{COURSE_TITLE}</p>
        <dl className="certificate__facts">
          <div>
            <dt>Date</dt>
            <dd>{formatDate(result.at, 'long') ?? UNKNOWN_DATE}</dd>
          </div>
          <div>
            <dt>Score</dt>
            <dd>{Math.round((result.score / result.total) * 100)}%</dd>
          </div>
        </dl>
      </div>
    </section>
  );
}
