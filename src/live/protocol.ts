/**
 * The live class's messages as the browser sees them (the server checks each one with the zod
 * schemas in server/live/messages.mjs). Types only.
 */
import type { Response } from '../quiz/lib/response';
import type { QuestionFacts } from './facts';

export type Phase = 'lobby' | 'open' | 'revealed';

export interface Bar {
  /** An option id (choice questions), `myth`/`reality`, a step id (ordering) or a pair id (matching). */
  id: string;
  count: number;
  correct: boolean;
}

export interface RoundResult {
  round: number;
  answered: number;
  /** Answers with full marks. */
  right: number;
  bars: Bar[];
  scoreboard?: { name: string; score: number }[];
}

/** What every device in the room sees. */
export interface RoomState {
  code: string;
  deck: string;
  phase: Phase;
  round: number;
  question: { id: string; lesson: string; type: QuestionFacts['type'] } | null;
  result: RoundResult | null;
  scoreboard: boolean;
}

/** The trainer's view: the room's counts and who has joined. */
export interface HostState extends RoomState {
  learners: number;
  answered: number;
  names: string[];
  blocklist: string[];
}

export type Refusal = { ok: false; error: string; message: string };
export type Reply<T> = ({ ok: true } & T) | Refusal;

export interface ClientMessages {
  'host:create': [{ deck: string; blocklist?: string[] }, Reply<{ code: string; hostToken: string; state: HostState }>];
  'host:resume': [{ code: string; hostToken: string }, Reply<{ state: HostState }>];
  'host:open': [{ code: string; hostToken: string; question: QuestionFacts }, Reply<{ state: HostState }>];
  'host:reveal': [{ code: string; hostToken: string }, Reply<{ state: HostState }>];
  'host:close': [{ code: string; hostToken: string }, Reply<{ state: HostState }>];
  'host:settings': [{ code: string; hostToken: string; scoreboard?: boolean; blocklist?: string[] }, Reply<{ state: HostState }>];
  'host:end': [{ code: string; hostToken: string }, Reply<object>];
  'learner:join': [{ code: string; name: string; token?: string }, Reply<{ token: string; name: string; state: RoomState; answer: Response | null; score: number }>];
  'learner:answer': [{ round: number; response: Response }, Reply<object>];
  'learner:leave': [Record<string, never>, Reply<object>];
}

export interface ServerEvents {
  'room:state': (state: RoomState) => void;
  'room:host': (state: HostState) => void;
  'room:tally': (tally: { round?: number; answered?: number; learners?: number }) => void;
  'room:ended': (why: { reason: 'ended' | 'expired' }) => void;
  'room:removed': (why: { message: string }) => void;
}

/** Join codes: 8 characters of Crockford's base 32, shown as two groups of four. */
export const CODE_PATTERN = /^[0-9A-HJKMNP-TV-Z]{8}$/;

/** Accepts a code typed loosely: spaces, a dash, lower case, O for 0, I or L for 1. */
export function normaliseCode(typed: string): string {
  return typed
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
}

export const formatCode = (code: string) => (code.length === 8 ? `${code.slice(0, 4)}-${code.slice(4)}` : code);
