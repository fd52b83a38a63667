// Layer rules: the pure core (src/domain) imports nothing with I/O, no framework and no other layer.
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment: 'src/domain may import only itself, src/contract and zod: no node built-ins, frameworks, database or other layers.',
      severity: 'error',
      from: { path: '^src/domain/', pathNot: '\\.test\\.ts$' },
      to: { pathNot: ['^src/domain/', '^src/contract/', '^node_modules/zod/'] },
    },
    {
      name: 'domain-tests-are-pure',
      comment: 'Domain unit tests may add vitest, nothing else.',
      severity: 'error',
      from: { path: '^src/domain/.*\\.test\\.ts$' },
      to: { pathNot: ['^src/domain/', '^src/contract/', '^node_modules/zod/', '^node_modules/vitest/', '^node_modules/@vitest/'] },
    },
    {
      name: 'contract-is-pure',
      comment: 'src/contract is shared with the web app: only zod.',
      severity: 'error',
      from: { path: '^src/contract/' },
      to: { pathNot: ['^src/contract/', '^node_modules/zod/'] },
    },
    {
      name: 'routes-do-not-touch-the-database',
      comment: 'HTTP routes call use cases in src/services; SQL lives in src/db.',
      severity: 'error',
      from: { path: '^src/http/' },
      to: { path: ['^src/db/', '^node_modules/drizzle-orm/', '^node_modules/pg/'] , pathNot: ['^node_modules/drizzle-orm/sql'] },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true, dependencyTypesNot: ['type-only'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
