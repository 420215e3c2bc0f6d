/** @type {import('jest').Config} */
export default {
  testEnvironment: '<rootDir>/jest/environment.mjs',
  roots: ['<rootDir>/__tests__'],
  testPathIgnorePatterns: ['/__mocks__/', '/support/'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  setupFilesAfterEnv: ['<rootDir>/jest/setup.ts'],
  transform: {
    '^.+\\.(t|j)sx?$|^.+\\.mjs$': ['@swc/jest', { jsc: { transform: { react: { runtime: 'automatic' } } } }],
    '^.+\\.mdx$': '<rootDir>/jest/mdx-transformer.mjs',
  },
  // remark/unified and friends ship only ES modules; let SWC turn them into CommonJS.
  transformIgnorePatterns: ['/node_modules/(?!(@mdx-js|unified|unist-|mdast-|micromark|remark-|hast-|estree-|vfile|bail|trough|devlop|is-plain-obj|zwitch|longest-streak|ccount|markdown-table|character-entities|decode-named|property-information|space-separated|comma-separated|html-void|stringify-entities|collapse-white-space|escape-string|trim-lines|yaml)/)'],
  moduleNameMapper: {
    '\\.css$': '<rootDir>/jest/style-stub.cjs',
    '\\.css\\?url$': '<rootDir>/jest/style-url-stub.cjs',
    '^\\./lesson-files$': '<rootDir>/__tests__/support/lesson-files.ts',
    '^\\./term-places-files$': '<rootDir>/__tests__/support/term-places-files.ts',
    '^\\./question-id-files$': '<rootDir>/__tests__/support/question-id-files.ts',
    '^\\./objective-files$': '<rootDir>/__tests__/support/objective-files.ts',
    '^virtual:pwa-register$': '<rootDir>/__tests__/support/pwa-register.ts',
  },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'jsx', 'json', 'mdx'],
  clearMocks: true,
  // Tests render whole lessons and run axe; on 2 busy cores several take seconds (see
  // __tests__/support/timeouts.ts). Above findBy's 5 s wait, so a slow render fails on
  // what it waited for, not on the clock.
  testTimeout: 15_000,
};
