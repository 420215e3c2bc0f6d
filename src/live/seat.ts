/**
 * A learner's seat in a live class (the room's code, their token and name), in sessionStorage:
 * a reload or a dropped connection in that tab rejoins as the same learner, with their answers.
 * Never in saved progress (a class never touches it); removed when the class ends.
 */
export interface Seat {
  code: string;
  token: string;
  name: string;
}

const SEAT = 'fine-tuning-live-seat';

export function readSeat(): Seat | null {
  try {
    const value = JSON.parse(sessionStorage.getItem(SEAT) ?? 'null') as Partial<Seat> | null;
    return value && typeof value.code === 'string' && typeof value.token === 'string' && typeof value.name === 'string' ? (value as Seat) : null;
  } catch {
    return null;
  }
}

export function writeSeat(seat: Seat | null) {
  try {
    if (seat) sessionStorage.setItem(SEAT, JSON.stringify(seat));
    else sessionStorage.removeItem(SEAT);
  } catch {
    // Storage blocked: the class still works; a reload just joins afresh.
  }
}
