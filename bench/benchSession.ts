import { BENCH_ADMIN } from './productionServer'

/** The bench administrator's JWT, or an error that says what the server answered. */
export async function login(baseUrl: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(BENCH_ADMIN),
  })
  if (!response.ok) throw new Error(`logowanie nieudane: ${response.status} ${(await response.text()).slice(0, 200)}`)
  return ((await response.json()) as { token: string }).token
}

/** The p-th percentile (nearest rank) of the values. */
export const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}
