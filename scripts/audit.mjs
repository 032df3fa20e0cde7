#!/usr/bin/env node
/**
 * npm run audit: `npm audit --omit=dev --audit-level=high`, failing on a high or critical
 * advisory. Where the registry's advisory service cannot be reached (some networks
 * refuse its POST endpoint), it says so plainly and checks the known floors instead:
 * payload and every @payloadcms/* on one version ≥ 3.90.0, next ≥ 16.3.3. Set
 * AUDIT_REQUIRED=1 to fail when the service cannot be reached.
 */
import { spawnSync } from 'node:child_process'
import { readFileSync, readdirSync } from 'node:fs'

const audit = spawnSync('npm', ['audit', '--omit=dev', '--audit-level=high', '--json'], { encoding: 'utf8' })
let report
try {
  report = JSON.parse(audit.stdout)
} catch {
  report = { error: { code: 'NO_JSON', summary: (audit.stderr || audit.stdout).split('\n')[0] } }
}

if (report.metadata?.vulnerabilities) {
  const v = report.metadata.vulnerabilities
  console.log(`npm audit --omit=dev: critical ${v.critical}, high ${v.high}, moderate ${v.moderate}, low ${v.low}`)
  if (v.critical + v.high > 0) {
    for (const [name, entry] of Object.entries(report.vulnerabilities ?? {})) {
      if (['high', 'critical'].includes(entry.severity)) console.log(`  ${entry.severity}: ${name} ${entry.range}`)
    }
    console.error('Audyt nieudany: zależności mają podatności wysokie lub krytyczne.')
    process.exit(1)
  }
  process.exit(0)
}

const reason = report.statusCode
  ? `HTTP ${report.statusCode} ${report.method ?? ''} ${report.uri ?? ''}`.trim()
  : `${report.error?.code ?? 'błąd'}: ${String(report.error?.summary ?? report.message ?? '').split('\n')[0]}`
console.log(`npm audit NIE WYKONANY: usługa podatności rejestru niedostępna (${reason}).`)
if (process.env.AUDIT_REQUIRED === '1') {
  console.error('Audyt nieudany: AUDIT_REQUIRED=1, a usługa podatności jest niedostępna.')
  process.exit(1)
}

const version = (name) => JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')).version
const atLeast = (actual, floor) => {
  const [a, b] = [actual, floor].map((v) => v.split(/[.-]/).slice(0, 3).map(Number))
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i] > b[i]
  return true
}
const payloadVersion = version('payload')
const problems = []
for (const name of readdirSync('node_modules/@payloadcms')) {
  const v = version(`@payloadcms/${name}`)
  if (v !== payloadVersion) problems.push(`@payloadcms/${name} ${v} ≠ payload ${payloadVersion}`)
}
if (!atLeast(payloadVersion, '3.90.0')) problems.push(`payload ${payloadVersion} < 3.90.0`)
if (!atLeast(version('next'), '16.3.3')) problems.push(`next ${version('next')} < 16.3.3`)
if (problems.length > 0) {
  console.error(`Audyt nieudany: ${problems.join('; ')}`)
  process.exit(1)
}
console.log(`Sprawdzono tylko minimalne wersje: payload ${payloadVersion} (wszystkie @payloadcms/* równe), next ${version('next')}.`)
