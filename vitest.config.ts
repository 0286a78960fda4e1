import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // Vite would hand our ESM sources graphql's ESM build while @apollo/subgraph require()s the
    // CommonJS one, and graphql refuses schemas built from two copies. One build for everyone.
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    include: ['**/*.test.ts', 'test/**/*.e2e.ts'],
    exclude: [...configDefaults.exclude, '**/.beacon/**', '.scratch/**'],
    globalSetup: ['test/support/global-setup.ts'],
    // Real Postgres, migrations and whole services boot inside tests and hooks.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Forks, not threads: Postgres clients and servers hold sockets and signal handlers that
    // worker threads share with each other; a process per file keeps them apart.
    pool: 'forks',
    maxWorkers: 2,
  },
});
