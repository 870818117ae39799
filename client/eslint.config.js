// ESLint (flat config): TypeScript strict with no `any`, the rules of hooks, and STYLE.md's import
// rules — features never import each other, shared folders never import a feature or the app shell
// (src/app/architecture.test.ts checks the same on the source text), and no import cycles.
import { readdirSync } from 'node:fs';

import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { configs as typescript } from 'typescript-eslint';

const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const shared = ['components', 'hooks', 'lib', 'utils', 'config', 'types', 'testing'];

/** import-x/no-restricted-paths zones: each feature may import only itself among the features. */
const boundaries = [
  ...features.map((feature) => ({
    target: `./src/features/${feature}`,
    from: ['./src/features', './src/app'],
    except: [`./${feature}`],
    message: 'A feature imports no other feature and not the app: routes compose features (STYLE.md).',
  })),
  ...shared.map((area) => ({
    target: `./src/${area}`,
    from: ['./src/features', './src/app'],
    message: 'Shared code imports no feature and not the app shell (STYLE.md).',
  })),
];

export default defineConfig(
  { ignores: ['dist/', 'coverage/', 'test-results/', 'node_modules/', 'src/types/api.d.ts'] },
  js.configs.recommended,
  typescript.strict,
  reactHooks.configs.flat.recommended,
  importX.flatConfigs.recommended,
  importX.flatConfigs.typescript,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node },
    },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': ['error', { zones: boundaries }],
      // i18next's default export is the instance whose methods (use, changeLanguage) we mean to call.
      'import-x/no-named-as-default-member': 'off',
    },
  },
  {
    // The test harness renders the whole app on purpose, and tests of shared code may use what they test with.
    files: ['src/testing/test-utils.tsx', 'src/**/*.test.{ts,tsx}'],
    rules: { 'import-x/no-restricted-paths': 'off' },
  },
  {
    // In a test a wrong `!` fails the test at once, which is what a test should do.
    files: ['src/**/*.test.{ts,tsx}', 'e2e/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
