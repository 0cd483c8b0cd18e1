// Every JavaScript file in the repository is linted (`npm run lint`): ESLint's recommended rules,
// with each file's globals (the browser, Node, WordPress's editor).
import js from '@eslint/js';
import globals from 'globals';

export default [
  { ignores: ['target/**', 'dist/**', 'node_modules/**', 'fuzz/**', 'tests/e2e/artifacts/**', '**/*.d.ts'] },
  js.configs.recommended,
  {
    // The browser's: the loader, the frame's and the demo's scripts.
    files: ['apps/widget/loader/**/*.js', 'apps/frame/**/*.js', 'demo/**/*.js'],
    languageOptions: { globals: globals.browser },
  },
  {
    // WordPress's block editor script: the browser's and WordPress's own globals.
    files: ['integrations/wordpress/**/*.js'],
    languageOptions: { sourceType: 'script', globals: { ...globals.browser, wp: 'readonly' } },
  },
  {
    // Node's: the command-line tool, the build scripts, the benchmark and the tests (whose
    // callbacks run in the page, so the browser's globals too).
    files: ['apps/cli/**/*.js', 'integrations/eleventy/**/*.js', 'scripts/**/*.mjs', 'bench/**/*.mjs', 'tests/**/*.mjs', 'tests/**/*.js', '*.js'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
];
