import { GlossaryPage } from './glossary-page';

/** The `/glossary` route, loaded on first visit (routes.tsx). */
export function Component() {
  return <GlossaryPage />;
}
