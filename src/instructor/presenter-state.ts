/**
 * What both presenter windows share, and the commands that change it. Pure: the
 * keyboard, the buttons and the other window's messages all go through `reduce`.
 * Held in the URL (the slide) and sessionStorage (the rest), never in saved progress.
 */
export interface PresenterState {
  /** 0-based slide index. */
  index: number;
  blackout: boolean;
  /** Question ids whose answer has been revealed to the room. */
  revealed: string[];
  /** Show-of-hands counts: question id → option id → count. */
  hands: Record<string, Record<string, number>>;
  /** Question ids whose show-of-hands chart is on screen. */
  charts: string[];
}

export type Command =
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'goto'; index: number }
  | { type: 'blackout' }
  | { type: 'reveal'; question: string }
  | { type: 'hands'; question: string; option: string; count: number }
  | { type: 'chart'; question: string };

export const initialState: PresenterState = { index: 0, blackout: false, revealed: [], hands: {}, charts: [] };

const clamp = (index: number, count: number) => Math.max(0, Math.min(count - 1, index));
const toggle = (list: string[], id: string) => (list.includes(id) ? list.filter((x) => x !== id) : [...list, id]);

export function reduce(state: PresenterState, command: Command, slideCount: number): PresenterState {
  switch (command.type) {
    case 'next':
      return { ...state, index: clamp(state.index + 1, slideCount), blackout: false };
    case 'previous':
      return { ...state, index: clamp(state.index - 1, slideCount), blackout: false };
    case 'first':
      return { ...state, index: 0, blackout: false };
    case 'last':
      return { ...state, index: clamp(slideCount - 1, slideCount), blackout: false };
    case 'goto':
      return { ...state, index: clamp(command.index, slideCount), blackout: false };
    case 'blackout':
      return { ...state, blackout: !state.blackout };
    case 'reveal':
      return { ...state, revealed: toggle(state.revealed, command.question) };
    case 'hands': {
      const count = Number.isFinite(command.count) ? Math.max(0, Math.floor(command.count)) : 0;
      return { ...state, hands: { ...state.hands, [command.question]: { ...state.hands[command.question], [command.option]: count } } };
    }
    case 'chart':
      return { ...state, charts: toggle(state.charts, command.question) };
  }
}

/** What a key press means in a presenter window. Digits build a slide number that Enter jumps to. */
export type KeyAction =
  | { kind: 'command'; command: Command }
  | { kind: 'digits'; buffer: string }
  | { kind: 'fullscreen' }
  | { kind: 'reveal' }
  | { kind: 'leave' }
  | { kind: 'none' };

export function keyAction(key: string, buffer: string): KeyAction {
  if (/^[0-9]$/.test(key)) return { kind: 'digits', buffer: (buffer + key).slice(-4) };
  if (key === 'Enter' && buffer) return { kind: 'command', command: { type: 'goto', index: Number(buffer) - 1 } };
  if (key === 'Backspace' && buffer) return { kind: 'digits', buffer: buffer.slice(0, -1) };
  switch (key) {
    case 'ArrowRight':
    case ' ':
    case 'PageDown':
      return { kind: 'command', command: { type: 'next' } };
    case 'ArrowLeft':
    case 'PageUp':
      return { kind: 'command', command: { type: 'previous' } };
    case 'Home':
      return { kind: 'command', command: { type: 'first' } };
    case 'End':
      return { kind: 'command', command: { type: 'last' } };
    case 'b':
    case 'B':
      return { kind: 'command', command: { type: 'blackout' } };
    case 'f':
    case 'F':
      return { kind: 'fullscreen' };
    case 'r':
    case 'R':
      return { kind: 'reveal' };
    case 'Escape':
      return { kind: 'leave' };
    default:
      return { kind: 'none' };
  }
}

/** Reads a saved state, keeping only fields of the right shape (sessionStorage may hold anything). */
export function parseState(text: string | null): Partial<PresenterState> {
  if (!text) return {};
  try {
    const value: unknown = JSON.parse(text);
    if (!value || typeof value !== 'object') return {};
    const v = value as Record<string, unknown>;
    const strings = (x: unknown) => (Array.isArray(x) && x.every((s) => typeof s === 'string') ? (x as string[]) : undefined);
    const out: Partial<PresenterState> = {};
    if (typeof v.index === 'number' && Number.isInteger(v.index) && v.index >= 0) out.index = v.index;
    if (typeof v.blackout === 'boolean') out.blackout = v.blackout;
    const revealed = strings(v.revealed);
    if (revealed) out.revealed = revealed;
    const charts = strings(v.charts);
    if (charts) out.charts = charts;
    if (v.hands && typeof v.hands === 'object') {
      const hands: PresenterState['hands'] = {};
      for (const [q, counts] of Object.entries(v.hands as Record<string, unknown>)) {
        if (!counts || typeof counts !== 'object') continue;
        hands[q] = Object.fromEntries(
          Object.entries(counts as Record<string, unknown>).filter((e): e is [string, number] => typeof e[1] === 'number' && e[1] >= 0),
        );
      }
      out.hands = hands;
    }
    return out;
  } catch {
    return {};
  }
}
