// Test files are split by suffix (see DESIGN.md): unit tests sit beside the code and need no I/O;
// integration, conformance, fault and e2e suites under test/ use real PostgreSQL and Kafka.
const swc = [
  '@swc/jest',
  {
    swcrc: false,
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2023',
      keepClassNames: true,
    },
  },
];
const moduleNameMapper = {
  '^@hstf/(domain|contracts|event-store|messaging|projections|auth|audit|deadlines|feeds)$':
    '<rootDir>/libs/$1/src',
  '^@hstf/(domain|contracts|event-store|messaging|projections|auth|audit|deadlines|feeds)/(.*)$':
    '<rootDir>/libs/$1/src/$2',
};
const common = { transform: { '^.+\\.ts$': swc }, moduleNameMapper, testEnvironment: 'node' };

module.exports = {
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs,test}/**/*.unit.spec.ts'] },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/test/**/*.{int,conformance,fault,e2e}.spec.ts'],
      globalSetup: '<rootDir>/test/helpers/global-setup.js',
      globalTeardown: '<rootDir>/test/helpers/global-teardown.js',
    },
  ],
  reporters: ['default', '<rootDir>/test/helpers/summary-reporter.js'],
  collectCoverageFrom: ['libs/**/src/**/*.ts', 'apps/**/src/**/*.ts', '!**/*.spec.ts', '!**/index.ts'],
};
