import { expect, type Page } from '@playwright/test'

/**
 * Plans the open document's publication for tomorrow at `time` (Warsaw) in Payload's schedule
 * drawer, opened from the arrow beside the publish button. Returns the date as the admin's
 * dashboard writes it, e.g. "3 grudnia 2026 07:30".
 */
export async function schedulePublishTomorrowAt(page: Page, time: string): Promise<string> {
  await page.locator('#action-save').locator('xpath=ancestor::*[contains(@class,"btn")][1]').locator('.popup-button').click()
  await page.getByRole('button', { name: 'Zaplanuj publikację' }).click()
  const drawer = page.locator('.schedule-publish')
  await drawer.getByRole('radio', { name: 'Publikuj' }).check()
  await drawer.locator('.date-time-picker input').click()
  const tomorrow = new Date(Date.now() + 24 * 3600 * 1000)
  const warsaw = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat('pl-PL', { ...options, timeZone: 'Europe/Warsaw' }).format(tomorrow)
  const day = warsaw({ day: 'numeric' })
  if (day === '1') await page.locator('.react-datepicker__navigation--next').click()
  await page
    .locator('.react-datepicker__day:not(.react-datepicker__day--outside-month):not(.react-datepicker__day--disabled)')
    .getByText(day, { exact: true })
    .first()
    .click()
  await page.locator('.react-datepicker__time-list-item').getByText(time, { exact: true }).click()
  await drawer.getByRole('button', { name: 'Zapisz' }).click()
  await expect(page.getByText('Zaplanowano pomyślnie.')).toBeVisible()
  return `${warsaw({ day: 'numeric', month: 'long', year: 'numeric' })} ${time}`
}
