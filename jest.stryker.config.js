// Stryker runs the unit specs of the libraries it mutates, and only those: the rest of the unit project
// (apps, other libs) cannot kill a mutant of libs/domain or libs/auth and would only slow every run.
// HSTF_MUTATION_LIBS is set by bench/mutation/main.ts (npm run test:mutation -- auth).
const { projects } = require('./jest.config');

const unit = projects.find((project) => project.displayName === 'unit');
const libs = (process.env.HSTF_MUTATION_LIBS ?? 'domain,auth').split(',');

module.exports = {
  ...unit,
  testMatch: libs.map((lib) => `<rootDir>/libs/${lib}/src/**/*.unit.spec.ts`),
};
