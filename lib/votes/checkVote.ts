import { VOTE_OPTIONS, type VoteCounts, type VoteOption } from './options'

export type RollCallEntry = { option?: VoteOption | null }

/** Polish message when a count is not a whole number ≥ 0, else null. */
export function checkCount(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return 'Podaj liczbę głosów (0 lub więcej).'
  if (typeof value !== 'number' || !Number.isInteger(value)) return 'Liczba głosów musi być liczbą całkowitą.'
  if (value < 0) return 'Liczba głosów nie może być ujemna.'
  return null
}

export function sumCounts(counts: VoteCounts): number {
  return VOTE_OPTIONS.reduce((sum, option) => sum + counts[option], 0)
}

/** Polish message when the counts together exceed the council's seats, else null. */
export function checkSeats(counts: VoteCounts, seats: number | null): string | null {
  if (seats === null) return null
  const total = sumCounts(counts)
  return total > seats
    ? `Łącznie ${total} głosów i nieobecności, a rada ma tylko ${seats} mandatów.`
    : null
}

/** Polish message when an entered roll call does not add up to the counts, else null. */
export function checkRollCall(rollCall: RollCallEntry[] | null | undefined, counts: VoteCounts): string | null {
  if (!rollCall || rollCall.length === 0) return null
  const tally: VoteCounts = { yes: 0, no: 0, abstain: 0, absent: 0 }
  for (const entry of rollCall) {
    if (!entry.option) return 'Każdy radny na imiennej liście musi mieć wybrany sposób głosowania.'
    tally[entry.option] += 1
  }
  const mismatched = VOTE_OPTIONS.filter((option) => tally[option] !== counts[option])
  if (mismatched.length === 0) return null
  const parts = mismatched.map((o) => `${LABELS_GENITIVE[o]}: lista ${tally[o]}, liczby ${counts[o]}`)
  return `Imienna lista nie zgadza się z liczbą głosów (${parts.join('; ')}).`
}

const LABELS_GENITIVE: Record<VoteOption, string> = {
  yes: 'za',
  no: 'przeciw',
  abstain: 'wstrzymujący się',
  absent: 'nieobecni',
}

/** Reads counts from possibly incomplete form data; missing values count as 0. */
export function countsFrom(data: Partial<Record<VoteOption, unknown>> | null | undefined): VoteCounts {
  const read = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : 0)
  return {
    yes: read(data?.yes),
    no: read(data?.no),
    abstain: read(data?.abstain),
    absent: read(data?.absent),
  }
}
