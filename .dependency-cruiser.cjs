// The architecture's rules, checked by `npm run lint` (depcruise apps libs). A rule names the boundary it
// keeps; a violation fails the lint with the import that crosses it.
module.exports = {
  forbidden: [
    {
      name: 'no-app-to-app',
      comment: 'An app (api, cli, relay, projector) shares code with another only through a lib.',
      severity: 'error',
      from: { path: '^apps/([^/]+)/' },
      to: { path: '^apps/', pathNot: '^apps/$1/' },
    },
    {
      name: 'no-lib-to-app',
      comment: 'Libs are what apps are built from; an app is wired from them, never the other way.',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    {
      name: 'domain-is-pure',
      comment:
        'libs/domain is pure TypeScript: no framework, no I/O, no npm package, no other lib of ours. ' +
        'Its tests obey the same rule.',
      severity: 'error',
      from: { path: '^libs/domain/' },
      to: { pathNot: '^libs/domain/' },
    },
    {
      name: 'contracts-are-pure-functions-over-data',
      comment:
        'Contracts are shared by the API, the relay, the projector and the CLI: only the domain, zod, ' +
        'uuid, canonicalize and node:crypto, so that any of them can use them without a framework or I/O.',
      severity: 'error',
      from: { path: '^libs/contracts/', pathNot: '\\.spec\\.ts$' },
      to: {
        pathNot: [
          '^libs/contracts/',
          '^libs/domain/',
          '(^|/)node_modules/(zod|uuid|canonicalize)/',
          '^crypto$',
        ],
      },
    },
    {
      name: 'no-circular-libs',
      comment: 'A lib that reaches back into one that imports it makes both one lib in disguise.',
      severity: 'error',
      from: { path: '^libs/([^/]+)/' },
      to: { path: '^libs/', pathNot: '^libs/$1/', circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type-only imports count: a type from an app is still a dependency on it.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.json'] },
    exclude: { path: '^(dist|node_modules)/' },
  },
};
