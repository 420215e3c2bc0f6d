import type { Socket } from 'socket.io-client';
import type { ClientMessages, ServerEvents } from './protocol';

type Emits = { [E in keyof ClientMessages]: (payload: ClientMessages[E][0], ack: (reply: ClientMessages[E][1]) => void) => void };
export type LiveSocket = Socket<ServerEvents, Emits>;

/**
 * A socket to this site's own live endpoint. socket.io-client is loaded here, on first use,
 * so only the join page and a console running a live class download it. WebSocket only (the
 * server takes no long-polling, so several processes need no sticky sessions); it reconnects
 * by itself, and the callers join again on every `connect`.
 */
export async function openLiveSocket(): Promise<LiveSocket> {
  const { io } = await import('socket.io-client');
  return io({ transports: ['websocket'], reconnectionDelay: 500, reconnectionDelayMax: 3000 }) as LiveSocket;
}

/** Sends a message and waits for the server's reply; a connection that drops first gives a refusal, not a hang. */
export async function ask<E extends keyof ClientMessages>(socket: LiveSocket, event: E, payload: ClientMessages[E][0]): Promise<ClientMessages[E][1]> {
  try {
    const timed = socket.timeout(8000) as unknown as { emitWithAck: (event: E, payload: ClientMessages[E][0]) => Promise<ClientMessages[E][1]> };
    return await timed.emitWithAck(event, payload);
  } catch {
    return { ok: false, error: 'offline', message: 'The connection dropped before the server answered. It reconnects by itself; try again in a moment.' };
  }
}
