import mdx from '@mdx-js/rollup';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { mdxOptions } from './mdx.config.js';
import { lessonFrontmatter } from './src/build/lesson-frontmatter-plugin.ts';

/** The Content-Security-Policy. Served as a header by `vite preview`, and as a meta tag in the built HTML. */
const csp = {
  'default-src': "'self'",
  'script-src': "'self'",
  'style-src': "'self'",
  'img-src': "'self' data: blob:",
  'font-src': "'self'",
  'connect-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'self'",
  'manifest-src': "'self'",
  'worker-src': "'self'",
};
const cspValue = (extra: Record<string, string> = {}) =>
  Object.entries({ ...csp, ...extra })
    .map(([k, v]) => `${k} ${v}`)
    .join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml() {
      return [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: cspValue() }, injectTo: 'head-prepend' }];
    },
  };
}

export default defineConfig({
  plugins: [lessonFrontmatter(), { enforce: 'pre', ...mdx(mdxOptions) }, react({ include: /\.(mdx|tsx?)$/ }), contentSecurityPolicy()],
  build: {
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: false,
    manifest: true,
  },
  preview: {
    headers: {
      'Content-Security-Policy': cspValue({ 'frame-ancestors': "'none'" }),
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    },
  },
});
