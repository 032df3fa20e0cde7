import { defineConfig, devices } from '@playwright/test'

import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './e2e/chromium'
import { E2E_BASE_URL, E2E_SERVER_ENV } from './e2e/server'

/** Browser tests run against the production build, in Debian's Chromium. */
export default defineConfig({
  testDir: './e2e',
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: E2E_BASE_URL,
    locale: 'pl-PL',
    timezoneId: 'Europe/Warsaw',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_FLAGS,
    },
  },
  projects: [
    { name: 'public', testIgnore: [/editor.*\.spec\.ts/, /stack\//], use: { ...devices['Desktop Chrome'] } },
    // The editor changes the seeded article, so it runs after the tests that read it.
    { name: 'editor', testMatch: /editor.*\.spec\.ts/, dependencies: ['public'], use: { ...devices['Desktop Chrome'] } },
    // The production stack (nginx, Redis, two instances) started by the tests themselves, on
    // ports free at run time and a private copy of the same build (e2e/stack/stackUnderTest.ts).
    { name: 'stack', testMatch: /stack\/.*\.spec\.ts/ },
  ],
  webServer: {
    command: 'bash scripts/e2e-server.sh',
    env: E2E_SERVER_ENV,
    url: `${E2E_BASE_URL}/aktualnosci`,
    timeout: 900_000, // `next build` on a busy 2-core machine
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
  },
})
