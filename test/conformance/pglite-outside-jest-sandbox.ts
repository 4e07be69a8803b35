import SandboxedModule from 'node:module';

/**
 * PGlite loads its WebAssembly and Node built-ins with dynamic import(), which Jest's module sandbox
 * refuses unless Node runs with --experimental-vm-modules (electric-sql/pglite#224). Loading it with
 * Node's own require keeps it outside the sandbox. Jest hands tests a subclass of Node's Module whose
 * createRequire is Jest's; the parent class still has Node's. Use as a module factory:
 *
 *   jest.mock('@electric-sql/pglite', () =>
 *     jest.requireActual<typeof import('./pglite-outside-jest-sandbox')>('./pglite-outside-jest-sandbox').nativePglite());
 */
export function nativePglite(): unknown {
  const native = Object.getPrototypeOf(SandboxedModule) as Partial<typeof SandboxedModule>;
  const createRequire = native.createRequire ?? SandboxedModule.createRequire;
  return createRequire(__filename)('@electric-sql/pglite');
}
