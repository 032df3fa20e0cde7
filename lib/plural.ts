/** The Polish plural form for a count: 1 wynik, 2 wyniki, 5 wyników, 22 wyniki, 112 wyników. */
export function plural(n: number, [one, few, many]: readonly [string, string, string]): string {
  if (n === 1) return one
  const tens = n % 100
  const units = n % 10
  return units >= 2 && units <= 4 && (tens < 12 || tens > 14) ? few : many
}
