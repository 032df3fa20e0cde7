/** Null when the value is empty or a full http(s) address, otherwise the Polish reason. */
export function checkWebAddress(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null
  return typeof value === 'string' && /^https?:\/\/\S+$/.test(value) ? null : 'Podaj pełny adres zaczynający się od https://'
}
