import { createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { registerSW } from 'virtual:pwa-register';
import { UpdateNotice } from './update-notice';

/**
 * Keeps the course in this browser for offline use (the service worker from src/build/pwa.ts),
 * and says when a new version is ready. main.tsx imports it once the page has started, and it
 * starts on import (the fewest bytes on the first page). Without a service worker (blocked,
 * unsupported, a private window) the course works online as before: nothing to tell the learner.
 */
let host: HTMLElement | null = null;
let root: Root | null = null;

function hideUpdateNotice() {
  root?.unmount();
  host?.remove();
  root = host = null;
}

/** The notice lives in its own polite live region at the foot of the window, outside the page the router renders. */
export function showUpdateNotice(update: () => unknown) {
  if (!host?.isConnected) {
    hideUpdateNotice();
    host = document.createElement('div');
    host.className = 'update-notice';
    host.setAttribute('role', 'status');
    document.body.appendChild(host);
    root = createRoot(host);
  }
  root?.render(createElement(UpdateNotice, { onUpdate: update, onDismiss: hideUpdateNotice }));
}

export function startServiceWorker() {
  const updateServiceWorker = registerSW({
    onNeedRefresh: () => showUpdateNotice(() => updateServiceWorker(true)),
    onRegisterError: () => undefined,
  });
}

startServiceWorker();
