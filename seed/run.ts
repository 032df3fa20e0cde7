/**
 * npm run seed [-- --if-empty]
 * Loads the ZMP accession article and its facts. Exit code 0 on success, 1 with a
 * one-line reason on bad input or a database error.
 */
import { existsSync } from 'node:fs'

import { ZodError } from 'zod'

if (existsSync('.env')) process.loadEnvFile('.env')

const ifEmpty = process.argv.includes('--if-empty')

async function main() {
  const { env } = await import('../lib/env')
  const { adminAccountFromEnv } = await import('./adminAccount')
  const settings = env()
  const admin = adminAccountFromEnv(process.env, settings.nodeEnv === 'production')

  const { getPayload } = await import('payload')
  const { default: config } = await import('../payload.config')
  const { loadSeedContent, seed } = await import('./seed')
  loadSeedContent() // validate the input before touching the database

  const payload = await getPayload({ config })
  if (ifEmpty) {
    const { totalDocs } = await payload.count({ collection: 'articles', overrideAccess: true })
    if (totalDocs > 0) {
      console.log(`Seed pominięty: baza ma już ${totalDocs} artykuł(y).`)
      return
    }
  }
  const report = await seed(payload, admin)
  for (const line of report.created) console.log(`utworzono: ${line}`)
  for (const line of report.unchanged) console.log(`bez zmian (już istnieje): ${line}`)
  console.log(`Seed zakończony: ${report.created.length} utworzono, ${report.unchanged.length} bez zmian.`)
  if (admin.isDevDefault && report.created.some((l) => l.startsWith('użytkownik'))) {
    console.log(`Konto deweloperskie panelu /admin: ${admin.email} / ${admin.password} (ustaw ADMIN_EMAIL i ADMIN_PASSWORD)`)
  }
}

main()
  .then(() => process.exit(0))
  .catch((error: unknown) => {
    console.error(`Seed nieudany: ${reason(error)}`)
    process.exit(1)
  })

function reason(error: unknown): string {
  if (error instanceof ZodError) {
    const issue = error.issues[0]
    return `niepoprawne dane seeda w ${issue.path.join('.')}: ${issue.message}`
  }
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]
}
