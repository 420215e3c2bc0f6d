import { createContext, useContext, type ReactNode } from 'react';

/** True where a trainer is presenting; self-paced pages leave it false. */
export const PresenterContext = createContext(false);

/**
 * Talking points, a discussion question and timing for one section. Kept in the lesson
 * beside the text it supports, hidden from self-paced learners, shown in presenter mode.
 */
export function InstructorNotes({ minutes, discussion, children }: { minutes: number; discussion: string; children: ReactNode }) {
  const presenting = useContext(PresenterContext);
  if (!presenting) return null;
  return (
    // A note, not a landmark: a lesson has one per section.
    <div className="instructor-notes" role="note" aria-label="Instructor notes">
      <p className="instructor-notes__timing">About {minutes} min</p>
      {children}
      <p className="instructor-notes__discussion">
        <strong>Discuss:</strong> {discussion}
      </p>
    </div>
  );
}
