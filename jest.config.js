/** @type {import('jest').Config} */
module.exports = {
  preset: 'ts-jest',
  testEnvironment: 'node',
  roots: ['<rootDir>/test', '<rootDir>/src'],
  testMatch: ['**/*.test.ts'],
  testTimeout: 30000,
  // e2e suites each start a server; two workers match the machine's two cores.
  maxWorkers: 2,
  transform: { '^.+\\.ts$': 'ts-jest' },
};
