import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const dir = path.resolve(__dirname, '../../src/instructor');

describe('the instructor feature', () => {
  it('never imports saved progress, so presenting cannot read or record a learner’s answers', () => {
    const files = readdirSync(dir).filter((f) => /\.tsx?$/.test(f));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const source = readFileSync(path.join(dir, file), 'utf8');
      const imports = [...source.matchAll(/from '([^']+)'/g)].map((m) => m[1] ?? '');
      expect({ file, progress: imports.filter((i) => i.includes('/progress')) }).toEqual({ file, progress: [] });
      expect({ file, storage: /localStorage/.test(source) }).toEqual({ file, storage: false });
    }
  });
});
