/** Vote options, named as in the Popolo vocabulary, labelled in Polish. */
export const VOTE_OPTIONS = ['yes', 'no', 'abstain', 'absent'] as const
export type VoteOption = (typeof VOTE_OPTIONS)[number]

export const VOTE_OPTION_LABELS: Record<VoteOption, string> = {
  yes: 'Za',
  no: 'Przeciw',
  abstain: 'Wstrzymało się',
  absent: 'Nieobecni',
}

/** How a single councillor voted, as shown in a roll call. */
export const ROLL_CALL_LABELS: Record<VoteOption, string> = {
  yes: 'za',
  no: 'przeciw',
  abstain: 'wstrzymał(a) się',
  absent: 'nieobecny(a)',
}

export type VoteCounts = Record<VoteOption, number>
