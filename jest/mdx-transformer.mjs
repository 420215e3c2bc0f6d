// Lets jest import `.mdx` lessons: compile with the same options as Vite (mdx.config.js),
// then turn the ES module into CommonJS with SWC. No maintained package does this for MDX 3.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { compileSync } from '@mdx-js/mdx';
import { transformSync } from '@swc/core';
import { mdxOptions } from '../mdx.config.js';

const configText = readFileSync(new URL('../mdx.config.js', import.meta.url), 'utf8');

export default {
  process(source, filename) {
    const jsx = String(compileSync({ value: source, path: filename }, { ...mdxOptions, jsx: false }));
    const { code } = transformSync(jsx, {
      filename: `${filename}.js`,
      module: { type: 'commonjs' },
      jsc: { parser: { syntax: 'ecmascript' }, target: 'es2022' },
    });
    return { code };
  },
  getCacheKey(source, filename) {
    return createHash('sha256').update(source).update(filename).update(configText).digest('hex');
  },
};
