import { useCallback, useEffect, useRef, useState } from 'react';
import type { Question } from '../quiz/lib/question';
import { questionFacts } from './facts';
import { ask, openLiveSocket, type LiveSocket } from './live-socket';
import type { ClientMessages, HostState } from './protocol';
import { writeHostKey, type HostKey } from './host-key';

export type HostStage =
  | { kind: 'connecting' }
  | { kind: 'running'; key: HostKey; state: HostState; online: boolean }
  | { kind: 'over'; message: string };

type HostEvent = Exclude<Extract<keyof ClientMessages, `host:${string}`>, 'host:create' | 'host:resume'>;

/**
 * The trainer's side of a live class: create a room (or resume the one whose host key this
 * browser keeps, after a reload or from another window), follow the counts as answers arrive,
 * and open, reveal and close questions. Every action carries the host token.
 */
export function useLiveHost(deck: string, saved: HostKey | null) {
  const [stage, setStage] = useState<HostStage>({ kind: 'connecting' });
  const [message, setMessage] = useState('');
  const socketRef = useRef<LiveSocket | null>(null);
  const keyRef = useRef<HostKey | null>(saved);

  useEffect(() => {
    let socket: LiveSocket | null = null;
    let live = true;
    const end = (text: string) => {
      writeHostKey(null);
      keyRef.current = null;
      socket?.disconnect();
      setStage({ kind: 'over', message: text });
    };
    const enter = async (s: LiveSocket) => {
      const key = keyRef.current;
      if (key) {
        const reply = await ask(s, 'host:resume', { code: key.code, hostToken: key.hostToken });
        if (!live || reply.ok) {
          if (live && reply.ok) setStage({ kind: 'running', key, state: reply.state, online: true });
          return;
        }
        if (reply.error !== 'offline') end(reply.error === 'no-room' ? 'The live class has ended or expired.' : reply.message);
        return;
      }
      const reply = await ask(s, 'host:create', { deck });
      if (!live) return;
      if (!reply.ok) {
        if (reply.error !== 'offline') end(reply.message);
        return;
      }
      const created = { code: reply.code, hostToken: reply.hostToken, deck };
      keyRef.current = created;
      writeHostKey(created);
      setStage({ kind: 'running', key: created, state: reply.state, online: true });
    };
    openLiveSocket().then(
      (s) => {
        if (!live) return s.disconnect();
        socket = s;
        socketRef.current = s;
        s.on('connect', () => {
          enter(s).catch(() => end('The live class could not start. Try again.'));
        });
        s.on('disconnect', () => setStage((st) => (st.kind === 'running' ? { ...st, online: false } : st)));
        s.on('room:host', (state) => setStage((st) => (st.kind === 'running' ? { ...st, state } : st)));
        s.on('room:tally', (tally) =>
          setStage((st) => {
            if (st.kind !== 'running') return st;
            const state = { ...st.state };
            if (tally.learners !== undefined) state.learners = tally.learners;
            if (tally.answered !== undefined && tally.round === state.round) state.answered = tally.answered;
            return { ...st, state };
          }),
        );
        s.on('room:ended', () => end('The live class has ended. Every answer and name in it has been deleted.'));
      },
      () => setStage({ kind: 'over', message: 'The live class could not load. Check the connection and try again.' }),
    );
    return () => {
      live = false;
      socket?.disconnect();
      socketRef.current = null;
    };
  }, [deck]);

  const act = useCallback(async <E extends HostEvent>(event: E, extra: Omit<ClientMessages[E][0], 'code' | 'hostToken'>) => {
    const socket = socketRef.current;
    const key = keyRef.current;
    if (!socket || !key) return;
    const reply = await ask(socket, event, { code: key.code, hostToken: key.hostToken, ...extra } as ClientMessages[E][0]);
    if (!reply.ok) return setMessage(reply.message);
    setMessage('');
    if ('state' in reply) setStage((st) => (st.kind === 'running' ? { ...st, state: reply.state as HostState } : st));
    if (event === 'host:end') {
      writeHostKey(null);
      keyRef.current = null;
      setStage({ kind: 'over', message: 'The live class has ended. Every answer and name in it has been deleted.' });
    }
  }, []);

  return {
    stage,
    message,
    open: (question: Question) => act('host:open', { question: questionFacts(question) }),
    reveal: () => act('host:reveal', {}),
    close: () => act('host:close', {}),
    settings: (change: { scoreboard?: boolean; blocklist?: string[] }) => act('host:settings', change),
    end: () => act('host:end', {}),
  };
}
