import { expect, test } from '@playwright/test'

test('a citizen goes from the home page to the article, its vote and ZMP, by clicking links', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { name: 'Najnowsze aktualności' })).toBeVisible()

  await page.getByRole('link', { name: 'Konstancin-Jeziorna został członkiem Związku Miast Polskich' }).click()
  await expect(page).toHaveURL(/\/aktualnosci\/konstancin-jeziorna-zostal-czlonkiem-zwiazku-miast-polskich$/)
  await expect(page.locator('h1')).toHaveText('Konstancin-Jeziorna został członkiem Związku Miast Polskich')

  await page.getByRole('link', { name: /^Szczegóły głosowania/ }).click()
  await expect(page).toHaveURL(/\/glosowania\/przystapienie-gminy-konstancin-jeziorna-do-zwiazku-miast-polskich$/)
  await expect(page.locator('h1')).toHaveText('Przystąpienie Gminy Konstancin-Jeziorna do Związku Miast Polskich')
  const tally = page.getByRole('table', { name: /Wyniki głosowania/ })
  await expect(tally.locator('tbody tr')).toHaveText([/Za\s*11/, /Przeciw\s*5/, /Wstrzymało się\s*3/, /Nieobecni\s*2/])
  await expect(page.locator('main')).toContainText('październik 2024')
  await expect(page.getByRole('link', { name: 'Konstancin-Jeziorna został członkiem Związku Miast Polskich' })).toBeVisible()

  await page.getByRole('link', { name: 'Związek Miast Polskich', exact: true }).click()
  await expect(page).toHaveURL(/\/organizacje\/zwiazek-miast-polskich$/)
  await expect(page.locator('h1')).toHaveText('Związek Miast Polskich (ZMP)')
  const main = page.locator('main')
  await expect(main).toContainText('373')
  for (const member of ['Gmina Konstancin-Jeziorna', 'Augustów', 'Brzesko', 'Morawica', 'Radzyń Podlaski']) {
    await expect(main.getByRole('heading', { name: member, level: 3 })).toBeVisible()
  }
  await expect(main).toContainText('15 listopada 2024')
  await expect(main).toContainText('Michał Wiśniewski, Burmistrz Gminy Konstancin-Jeziorna')
  await expect(main).toContainText('jednogłośnie')
})

test('lists and static pages answer in Polish', async ({ page }) => {
  for (const [path, heading] of [
    ['/aktualnosci', 'Aktualności'],
    ['/glosowania', 'Głosowania rady'],
    ['/organizacje', 'Organizacje'],
    ['/deklaracja-dostepnosci', 'Deklaracja dostępności'],
  ]) {
    const response = await page.goto(path)
    expect(response?.status(), path).toBe(200)
    await expect(page.locator('h1')).toHaveText(heading)
    await expect(page.getByRole('link', { name: 'Deklaracja dostępności' })).toBeVisible()
  }
})
