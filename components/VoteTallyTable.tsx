import type { VoteTally } from '@/lib/votes/voteTally'
import { VOTE_OPTION_LABELS, VOTE_OPTIONS } from '@/lib/votes/options'

export function VoteTallyTable({ tally, caption }: { tally: VoteTally; caption: string }) {
  return (
    <table className="tally">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Głos</th>
          <th scope="col">Liczba radnych</th>
        </tr>
      </thead>
      <tbody>
        {VOTE_OPTIONS.map((option) => (
          <tr key={option}>
            <th scope="row">{VOTE_OPTION_LABELS[option]}</th>
            <td>{tally.counts[option]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
