import { expect, type Page } from '@playwright/test'

/** Waits until Payload's form is hydrated (it sets data-form-ready): a click before that can send nothing. */
export async function payloadFormReady(page: Page): Promise<void> {
  await expect(page.locator('form[data-form-ready="true"]')).toBeVisible({ timeout: 30_000 })
}
