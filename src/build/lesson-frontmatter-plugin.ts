import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { readFrontmatter } from './frontmatter';
import { parseLessonMeta } from './lesson-meta-schema';
import { lessonWork, questionIdsIn, readingMinutes } from './reading-time';
import { termPlaces } from './term-places';
import { toLessonCard } from '../course/lesson-meta';

const FRONTMATTER_PREFIX = '\0lesson-frontmatter:';
const TERMS_PREFIX = '\0lesson-terms:';
const QUESTION_IDS_PREFIX = '\0lesson-question-ids:';
const OBJECTIVES_PREFIX = '\0lesson-objectives:';
const PREFIXES = new Map([
  ['frontmatter', FRONTMATTER_PREFIX],
  ['terms', TERMS_PREFIX],
  ['question-ids', QUESTION_IDS_PREFIX],
  ['objectives', OBJECTIVES_PREFIX],
]);

/**
 * `lessons/x.mdx?frontmatter` resolves to a tiny module exporting only the lesson's
 * card (title, slug, order, summary from its validated frontmatter; minutes computed from its
 * text, questions and interactives, see reading-time.ts), so the course map can list every lesson without pulling the
 * lessons themselves into the first page. The virtual id ends in `.js` because
 * @mdx-js/rollup strips queries and would otherwise compile it as MDX.
 * Build-time only (vite.config.ts); tested in __tests__/build/.
 */
export function lessonFrontmatter(root = process.cwd()): Plugin {
  return {
    name: 'lesson-frontmatter',
    enforce: 'pre',
    resolveId(id, importer) {
      const [file, query] = id.split('?');
      const prefix = query ? PREFIXES.get(query) : undefined;
      if (!prefix || !file?.endsWith('.mdx')) return null;
      const absolute =
        path.isAbsolute(file) && !file.startsWith('/lessons/')
          ? file
          : path.resolve(importer ? path.dirname(importer) : root, file.startsWith('/lessons/') ? `.${file}` : file);
      return `${prefix}${absolute}.js`;
    },
    load(id) {
      // `lessons/x.mdx?terms`: the lesson's slug and where it uses each glossary term (for /glossary).
      if (id.startsWith(TERMS_PREFIX)) {
        const file = id.slice(TERMS_PREFIX.length, -'.js'.length);
        this.addWatchFile(file);
        const source = readFileSync(file, 'utf8');
        const { slug } = parseLessonMeta(path.relative(root, file), readFrontmatter(source));
        return `export default ${JSON.stringify({ slug, places: termPlaces(source) })};`;
      }
      // `lessons/x.mdx?question-ids`: the ids of the questions in its bank (what the course has, without the bank).
      if (id.startsWith(QUESTION_IDS_PREFIX)) {
        const bankFile = id.slice(QUESTION_IDS_PREFIX.length, -'.js'.length).replace(/\.mdx$/, '.questions.ts');
        this.addWatchFile(bankFile);
        return `export default ${JSON.stringify(existsSync(bankFile) ? questionIdsIn(readFileSync(bankFile, 'utf8')) : [])};`;
      }
      // `lessons/x.mdx?objectives`: its validated objectives (for /mastery, without the lesson body).
      if (id.startsWith(OBJECTIVES_PREFIX)) {
        const file = id.slice(OBJECTIVES_PREFIX.length, -'.js'.length);
        this.addWatchFile(file);
        const { objectives } = parseLessonMeta(path.relative(root, file), readFrontmatter(readFileSync(file, 'utf8')));
        return `export default ${JSON.stringify(objectives)};`;
      }
      if (!id.startsWith(FRONTMATTER_PREFIX)) return null;
      const file = id.slice(FRONTMATTER_PREFIX.length, -'.js'.length);
      const bankFile = file.replace(/\.mdx$/, '.questions.ts');
      this.addWatchFile(file);
      this.addWatchFile(bankFile);
      const source = readFileSync(file, 'utf8');
      const meta = parseLessonMeta(path.relative(root, file), readFrontmatter(source));
      const minutes = readingMinutes(lessonWork(source, existsSync(bankFile) ? readFileSync(bankFile, 'utf8') : ''));
      return `export default ${JSON.stringify(toLessonCard(meta, minutes))};`;
    },
  };
}
