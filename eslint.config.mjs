import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'build/**', 'node_modules/**', 'coverage/**', 'devTools/**', '*.js', '*.mjs'] },
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'test/**/*.ts'],
    languageOptions: { parserOptions: { project: './tsconfig.json', tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: false }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-empty': ['error', { allowEmptyCatch: false }],
    },
  },
  {
    // The core never sees the Bot Framework: botbuilder stays in src/teams.
    files: ['src/content/**', 'src/search/**', 'src/answers/**', 'src/cards/**', 'src/consultations/**', 'src/store/**', 'src/usage/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['botbuilder*', 'restify*', '*/teams/*'] }] },
  },
);
