import type { VoteCounts } from './options'

export const MAJORITY_RULES = ['simple', 'absolute-of-votes', 'absolute-of-seats'] as const
export type MajorityRule = (typeof MAJORITY_RULES)[number]

export const MAJORITY_RULE_LABELS: Record<MajorityRule, string> = {
  simple: 'Zwykła większość głosów (więcej „za” niż „przeciw”)',
  'absolute-of-votes': 'Bezwzględna większość głosów (więcej „za” niż łącznie „przeciw” i wstrzymujących się)',
  'absolute-of-seats': 'Bezwzględna większość ustawowego składu rady',
}

export type VoteResult = 'pass' | 'fail'

export const VOTE_RESULT_LABELS: Record<VoteResult, string> = {
  pass: 'Uchwała przyjęta',
  fail: 'Uchwała odrzucona',
}

/** The result follows from the counts and the rule; it is never entered by hand. */
export function deriveResult(counts: VoteCounts, rule: MajorityRule, seats: number | null): VoteResult {
  switch (rule) {
    case 'simple':
      return counts.yes > counts.no ? 'pass' : 'fail'
    case 'absolute-of-votes':
      return counts.yes > counts.no + counts.abstain ? 'pass' : 'fail'
    case 'absolute-of-seats':
      return seats !== null && counts.yes > seats / 2 ? 'pass' : 'fail'
  }
}
