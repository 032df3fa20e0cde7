/**
 * A resolution's number as the council writes it: number / term (Roman) / session number / year,
 * e.g. "107/VII/9/2015".
 */
const RESOLUTION_NUMBER = /^[1-9][0-9]{0,3}\/[IVXLC]{1,8}\/[1-9][0-9]{0,2}\/(19|20)[0-9]{2}$/

export const RESOLUTION_NUMBER_HINT = 'numer/kadencja/numer sesji/rok, np. 107/VII/9/2015'

/** Null when the number is well formed (or absent), otherwise the Polish reason. */
export function checkResolutionNumber(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null
  if (typeof value === 'string' && RESOLUTION_NUMBER.test(value.trim())) return null
  return `Numer uchwały zapisz tak jak rada: ${RESOLUTION_NUMBER_HINT}.`
}
