// Mutation testing of the pure libraries (npm run test:mutation [-- domain|auth]); see bench/mutation.
const libs = (process.env.HSTF_MUTATION_LIBS ?? 'domain,auth').split(',');

// Specs, their fixtures and test helpers, and barrel files are not the code under test.
const mutate = libs.flatMap((lib) => [
  `libs/${lib}/src/**/*.ts`,
  `!libs/${lib}/src/**/*.spec.ts`,
  `!libs/${lib}/src/**/*.fixtures.ts`,
  `!libs/${lib}/src/**/index.ts`,
  `!libs/${lib}/src/testing/**`,
]);

export default {
  packageManager: 'npm',
  testRunner: 'jest',
  jest: { projectType: 'custom', configFile: 'jest.stryker.config.js', enableFindRelatedTests: false },
  // given/when/then driver of the decider specs: a test helper that lives beside the rules it drives.
  mutate: [...mutate, '!libs/domain/src/shared/decider-spec.ts'],
  coverageAnalysis: 'perTest',
  // The machine has two cores, shared with other work.
  concurrency: 2,
  timeoutMS: 10_000,
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  // Each selection keeps its own incremental file, so a run over one lib does not discard the other's.
  incremental: true,
  incrementalFile: `reports/mutation/incremental-${libs.join('-')}.json`,
  // The sandbox needs the libraries and the configuration, not the apps, tests, benches or data.
  ignorePatterns: [
    '/*',
    '!/libs',
    '!/package.json',
    '!/tsconfig.json',
    '!/jest.config.js',
    '!/jest.stryker.config.js',
  ],
  cleanTempDir: 'always',
};
