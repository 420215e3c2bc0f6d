import { useCallback, useEffect, useRef, useState } from 'react';
import type { Response } from '../quiz/lib/response';
import type { ask as askFn, LiveSocket, openLiveSocket as openFn } from './live-socket';
import type { RoomState } from './protocol';
import { readSeat, writeSeat, type Seat } from './seat';

interface SocketModule {
  ask: typeof askFn;
  openLiveSocket: typeof openFn;
}
/** The socket code (and socket.io-client) loads only when a learner joins. */
const loadSocketModule = (): Promise<SocketModule> => import('./live-socket');

export type LearnerStage =
  | { kind: 'form'; message?: string }
  | { kind: 'joining' }
  | { kind: 'in'; seat: Seat; room: RoomState; answer: Response | null; online: boolean }
  | { kind: 'over'; title: string; message: string };

/**
 * A learner's side of a live class: join with a code and a name, keep the seat (sessionStorage)
 * and rejoin with it after every reconnection, send answers (an answer not yet acknowledged is
 * sent again once back), and follow the room's state. Nothing is written to saved progress.
 */
export function useLiveLearner() {
  const [stage, setStage] = useState<LearnerStage>({ kind: 'form' });
  const socketRef = useRef<LiveSocket | null>(null);
  const askRef = useRef<SocketModule['ask'] | null>(null);
  const pending = useRef<{ round: number; response: Response } | null>(null);

  const finish = useCallback((title: string, message: string) => {
    writeSeat(null);
    pending.current = null;
    socketRef.current?.disconnect();
    socketRef.current = null;
    setStage({ kind: 'over', title, message });
  }, []);

  const join = useCallback(
    async (code: string, name: string, token?: string) => {
      let socket: LiveSocket;
      let ask: SocketModule['ask'];
      try {
        const loaded = await loadSocketModule();
        ask = loaded.ask;
        socket = await loaded.openLiveSocket();
        socketRef.current?.disconnect();
      } catch {
        setStage({ kind: 'form', message: 'The live class could not load. Check your connection and try again.' });
        return;
      }
      socketRef.current = socket;
      askRef.current = ask;
      let seat: Seat | null = token ? { code, name, token } : null;
      const enter = async () => {
        const reply = await ask(socket, 'learner:join', { code, name: seat?.name ?? name, token: seat?.token });
        if (socketRef.current !== socket) return;
        if (!reply.ok) {
          if (reply.error === 'offline') return; // the next connection tries again
          if (seat && reply.error === 'no-room') return finish('This class has ended', 'The class you were in has ended or expired. Your answers in it are gone; nothing else has changed.');
          writeSeat(null);
          socket.disconnect();
          socketRef.current = null;
          setStage({ kind: 'form', message: reply.message });
          return;
        }
        seat = { code, token: reply.token, name: reply.name };
        writeSeat(seat);
        const waiting = pending.current;
        if (waiting && !reply.answer && waiting.round === reply.state.round && reply.state.phase === 'open') {
          ask(socket, 'learner:answer', waiting).then(
            (sent) => {
              if (sent.ok && pending.current === waiting) pending.current = null;
            },
            () => undefined,
          );
        }
        const answer = reply.answer ?? (waiting?.round === reply.state.round ? waiting.response : null);
        setStage({ kind: 'in', seat, room: reply.state, answer, online: true });
      };
      socket.on('connect', () => {
        enter().catch(() => setStage({ kind: 'form', message: 'Could not join the class. Try again.' }));
      });
      socket.on('disconnect', () => setStage((s) => (s.kind === 'in' ? { ...s, online: false } : s)));
      socket.on('connect_error', () =>
        setStage((s) => (s.kind === 'joining' ? { kind: 'form', message: 'Could not reach the class. Check your connection and try again.' } : s)),
      );
      socket.on('room:state', (room) =>
        setStage((s) => (s.kind === 'in' ? { ...s, room, answer: room.round === s.room.round ? s.answer : null } : s)),
      );
      socket.on('room:ended', ({ reason }) =>
        finish(
          reason === 'expired' ? 'This class has expired' : 'The trainer has ended the class',
          'Your answers in it have been deleted from the server. Nothing in your own saved progress has changed.',
        ),
      );
      socket.on('room:removed', ({ message }) => finish('You have left the class', message));
    },
    [finish],
  );

  // A reload in this tab (or a phone that woke up) takes its seat again.
  useEffect(() => {
    const seat = readSeat();
    if (seat) {
      Promise.resolve()
        .then(() => join(seat.code, seat.name, seat.token))
        .catch(() => undefined);
    }
    return () => {
      socketRef.current?.disconnect();
      socketRef.current = null;
    };
  }, [join]);

  const answer = useCallback(async (response: Response): Promise<string | null> => {
    const socket = socketRef.current;
    const ask = askRef.current;
    const round = stage.kind === 'in' ? stage.room.round : 0;
    if (!socket || !ask) return 'You are not in a class.';
    pending.current = { round, response };
    const reply = await ask(socket, 'learner:answer', { round, response });
    if (!reply.ok) {
      if (reply.error === 'offline') return 'Your answer will be sent when the connection is back.';
      pending.current = null;
      return reply.message;
    }
    pending.current = null;
    setStage((s) => (s.kind === 'in' && s.room.round === round ? { ...s, answer: response } : s));
    return null;
  }, [stage]);

  const leave = useCallback(async () => {
    const socket = socketRef.current;
    if (socket && askRef.current) await askRef.current(socket, 'learner:leave', {});
    finish('You have left the class', 'Your name and answers have been removed from it.');
  }, [finish]);

  const start = useCallback(
    (code: string, name: string) => {
      setStage({ kind: 'joining' });
      join(code, name).catch(() => setStage({ kind: 'form', message: 'Could not join the class. Try again.' }));
    },
    [join],
  );

  return { stage, join: start, answer, leave, again: () => setStage({ kind: 'form' }) };
}
