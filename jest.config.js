/**
 * Three tiers, each runnable alone (`npx jest --selectProjects unit`); `npm test` runs all.
 * unit: no server, no database, no browser (seconds). integration: the real HTTP server,
 * SQLite files and a PostgreSQL the tests start. browser: Chromium renders the cards and
 * drives the Agents Playground.
 * @type {import('jest').Config}
 */
const base = {
  preset: 'ts-jest',
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': 'ts-jest' },
};

module.exports = {
  testTimeout: 30000,
  // e2e suites each start a server; two workers match the machine's two cores.
  maxWorkers: 2,
  projects: [
    {
      ...base,
      displayName: 'unit',
      roots: ['<rootDir>/test/unit', '<rootDir>/test/eval', '<rootDir>/test/helpers', '<rootDir>/src'],
      testMatch: ['**/*.test.ts'],
    },
    {
      ...base,
      displayName: 'integration',
      roots: ['<rootDir>/test/e2e', '<rootDir>/test/store', '<rootDir>/test/fuzz'],
      testMatch: ['**/*.test.ts'],
    },
    { ...base, displayName: 'browser', roots: ['<rootDir>/test/render', '<rootDir>/test/playground'], testMatch: ['**/*.test.ts'] },
  ],
};
