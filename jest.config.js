/** Unit tests sit beside the code (`*.spec.ts`); self-tests that run the whole suite live in test/. */
module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['@swc/jest'] },
  testMatch: ['<rootDir>/{cli,targets,steps,reports,bench,test}/**/*.spec.ts'],
  testTimeout: 120000,
};
