import type { ReactNode } from 'react';
import { Link } from 'react-router';

/** What a page that could not be shown says, whether inside the shell or in place of it. */
export function Fault({ title, children }: { title: string; children: ReactNode }) {
  return (
    <>
      <h1>{title}</h1>
      <p>{children}</p>
      <p>
        <Link className="button" to="/">
          Go to the course map
        </Link>
      </p>
    </>
  );
}
