// jsdom lacks the web platform pieces react-router 7 uses (TextEncoder, Request, streams…).
// Copy Node's own into the jsdom global; the abort classes must be Node's for Request to accept them.
import JSDOMEnvironment from 'jest-environment-jsdom';

const names = [
  'TextEncoder', 'TextDecoder', 'ReadableStream', 'WritableStream', 'TransformStream',
  'Headers', 'Request', 'Response', 'fetch', 'FormData', 'Blob', 'File',
  'AbortController', 'AbortSignal', 'structuredClone', 'BroadcastChannel',
];

export default class Environment extends JSDOMEnvironment {
  constructor(...args) {
    super(...args);
    for (const name of names) {
      if (name in globalThis) this.global[name] = globalThis[name];
    }
  }
}
