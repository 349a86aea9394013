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
  // Dependencies point down only: edge (src/teams) -> core (answers, consultations) ->
  // search, content, cards -> store. botbuilder and restify stay in src/teams, so a move to
  // another Teams SDK replaces that folder alone.
  {
    files: ['src/**/*.ts'],
    ignores: ['src/teams/**', 'src/bench/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['botbuilder*', 'restify*'] }] },
  },
  {
    files: ['src/answers/**', 'src/consultations/**', 'src/usage/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['botbuilder*', 'restify*', '*/teams/*', '*/index'] }] },
  },
  {
    // Across the core: answers and consultations do not import each other.
    files: ['src/answers/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['botbuilder*', 'restify*', '*/teams/*', '*/consultations/*'] }] },
  },
  {
    files: ['src/consultations/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['botbuilder*', 'restify*', '*/teams/*', '*/answers/*'] }] },
  },
  {
    // The store keeps storage only: the consultation rules are handed to it (store.ts ApplyAction).
    files: ['src/store/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['botbuilder*', 'restify*', '*/teams/*', '*/answers/*', '*/consultations/*', '*/search/*', '*/usage/*', '*/cards/*'] },
      ],
    },
  },
  {
    files: ['src/search/**', 'src/content/**', 'src/cards/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['botbuilder*', 'restify*', '*/teams/*', '*/answers/*', '*/consultations/*', '*/usage/*'] },
      ],
    },
  },
);
