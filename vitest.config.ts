import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { defineConfig } from 'vitest/config'

const root = path.dirname(fileURLToPath(import.meta.url))

const shared = {
  resolve: {
    alias: [
      { find: '@payload-config', replacement: path.join(root, 'payload.config.ts') },
      { find: /^@\/(.*)$/, replacement: `${root}/$1` },
      // One graphql for the portal and Payload, as in Next (withPayload externalises it): Node
      // loads graphql's CommonJS entry for Payload, Vite would take the ES module otherwise.
      { find: /^graphql$/, replacement: path.join(root, 'node_modules/graphql/index.js') },
    ],
  },
}

export default defineConfig({
  test: {
    // Payload starts once per test file; give it room on a loaded 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    projects: [
      {
        ...shared,
        test: { name: 'unit', include: ['tests/unit/**/*.spec.ts'], environment: 'node' },
      },
      {
        ...shared,
        test: {
          name: 'sqlite',
          include: ['tests/int/**/*.int.spec.ts'],
          environment: 'node',
          env: { TEST_DATABASE: 'sqlite' },
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        ...shared,
        test: {
          name: 'mongodb',
          include: ['tests/int/**/*.int.spec.ts'],
          environment: 'node',
          env: { TEST_DATABASE: 'mongodb' },
          globalSetup: ['tests/int/mongodbNotice.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
})
