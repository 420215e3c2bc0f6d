import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Build-only code: never imported by what ships to the browser. */
const buildOnly = {
  paths: [
    { name: 'zod', message: 'Full zod is build/test-only (src/build/). The app reads saved data with zod/mini.' },
    { name: 'yaml', message: 'YAML is read at build time only (src/build/frontmatter.ts).' },
  ],
  patterns: [{ group: ['**/build/*', '**/build'], message: 'src/build/ is build- and test-only code; the app must not import it.' }],
};

/**
 * Code flows one way (docs/decisions/008-one-way-imports.md): each layer may import the
 * layers before it, never those after. Other features use the progress store through its
 * public modules only. `app` composes everything.
 */
const LAYERS = ['ui', 'quiz/lib', 'review/lib', 'progress', 'quiz/components', 'course', 'review/components', 'live', 'instructor', 'app'];
const PROGRESS_PUBLIC = ['progress-store', 'progress-types', 'quiz-progress', 'quiz-ids', 'progress-file', 'progress-actions', 'review-actions', 'final-actions', 'review-ids', 'mastery-evidence'];
const sibling = (dir) => dir.slice(dir.indexOf('/') + 1);
const layerOf = (dir) => ({
  group: [`**/${dir}/**`, `**/${dir}`, ...(dir.includes('/') ? [`../${sibling(dir)}/**`, `../${sibling(dir)}`] : [])],
  message: `Imports flow one way: ${LAYERS.join(' → ')}. Move shared code down a layer, or pass it in from app/.`,
});
const progressInternals = {
  group: ['**/progress/*', ...PROGRESS_PUBLIC.map((name) => `!**/progress/${name}`)],
  message: `Use the progress store through its public modules (${PROGRESS_PUBLIC.join(', ')}); the rest is its own business.`,
};
const oneWay = LAYERS.slice(0, -1).map((layer, i) => ({
  files: [`src/${layer}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        paths: buildOnly.paths,
        patterns: [
          ...buildOnly.patterns,
          ...LAYERS.slice(i + 1).map(layerOf),
          ...(LAYERS.indexOf('progress') < i ? [progressInternals] : []),
        ],
      },
    ],
  },
}));

export default tseslint.config(
  { ignores: ['dist', 'dist-server', 'build', 'node_modules', 'coverage', 'playwright-report', 'test-results', 'shots', '**/*.mdx'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  jsxA11y.flatConfigs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Learner or imported data must never become HTML.
      'react/no-danger': 'off',
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Never inject HTML: render text through React.' },
      ],
    },
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Type-aware rules: every promise a learner's action starts is awaited or handled. Only
    // the code that ships (src/, not src/build/); the project service types it with the
    // nearest tsconfig, src/tsconfig.json, a small program: with every test and script
    // too, lint took twice as long.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/build/**'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': ['error', { ignoreVoid: false }],
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  {
    // One home for build-only code (yaml, full zod schemas, content checks, the Vite plugin).
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/build/**'],
    rules: { 'no-restricted-imports': ['error', buildOnly] },
  },
  ...oneWay,
  {
    files: ['public/**/*.js'],
    languageOptions: { sourceType: 'script', globals: { ...globals.browser } },
  },
  {
    files: ['scripts/**', 'server/**', 'jest/**', 'e2e/**', '*.config.{js,ts}', 'mdx.config.js', '__tests__/**'],
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
  },
);
