/**
 * Stands in for vite-plugin-pwa's `virtual:pwa-register` (a Vite-only module) in jest: records the
 * options the app registers with, so a test can play the service worker's part.
 */
import type { RegisterSWOptions } from 'vite-plugin-pwa/types';

export const registered: { options: RegisterSWOptions | null; update: jest.Mock } = { options: null, update: jest.fn() };

export function registerSW(options: RegisterSWOptions = {}) {
  registered.options = options;
  return registered.update;
}
