/**
 * The trainer's host key for a live class (its code and host token), in localStorage: a reload,
 * or another console window of the same browser, resumes the class. Removed when it ends.
 */
export interface HostKey {
  code: string;
  hostToken: string;
  deck: string;
}

const HOST = 'fine-tuning-live-host';

export function readHostKey(): HostKey | null {
  try {
    const value = JSON.parse(localStorage.getItem(HOST) ?? 'null') as Partial<HostKey> | null;
    return value && typeof value.code === 'string' && typeof value.hostToken === 'string' && typeof value.deck === 'string' ? (value as HostKey) : null;
  } catch {
    return null;
  }
}

export function writeHostKey(key: HostKey | null) {
  try {
    if (key) localStorage.setItem(HOST, JSON.stringify(key));
    else localStorage.removeItem(HOST);
  } catch {
    // Storage blocked: the class runs on; a reload cannot resume it.
  }
}

/** For useSyncExternalStore: the stored key as a string (stable between changes), and its changes from other windows. */
export const hostKeySnapshot = () => {
  try {
    return localStorage.getItem(HOST);
  } catch {
    return null;
  }
};
export function subscribeHostKey(onChange: () => void) {
  window.addEventListener('storage', onChange);
  return () => window.removeEventListener('storage', onChange);
}
