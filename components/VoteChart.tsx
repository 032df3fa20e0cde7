import { VOTE_OPTION_LABELS, VOTE_OPTIONS } from '@/lib/votes/options'
import type { VoteTally } from '@/lib/votes/voteTally'

/** Each option takes two lines: its label, then its bar, so that a label never runs under a bar, however wide the reader's text spacing makes it. */
const ROW = 46
const LABEL_BASELINE = 16
const BAR_TOP = 22
const BAR_HEIGHT = 18
const BAR_WIDTH = 260

/** How the counts read aloud: "Za 11, przeciw 5, … Głosowało 19 z 21 radnych." */
export function voteChartSummary(tally: VoteTally): string {
  const counts = VOTE_OPTIONS.map((o) => `${VOTE_OPTION_LABELS[o].toLowerCase()}: ${tally.counts[o]}`).join(', ')
  const turnout = tally.seats ? ` Głosowało ${tally.voted} z ${tally.seats} radnych.` : ''
  return `${counts.charAt(0).toUpperCase()}${counts.slice(1)}.${turnout}`
}

/**
 * The counts as horizontal bars, drawn on the server in SVG (no client JavaScript). The
 * bars are scaled to the council's seats when known; the caption is the text equivalent.
 */
export function VoteChart({ tally, id }: { tally: VoteTally; id: string }) {
  const scale = Math.max(tally.seats ?? 0, ...VOTE_OPTIONS.map((o) => tally.counts[o]), 1)
  const captionId = `${id}-opis`
  return (
    <figure className="vote-chart">
      <svg
        role="img"
        aria-labelledby={captionId}
        viewBox={`0 0 ${BAR_WIDTH + 40} ${VOTE_OPTIONS.length * ROW}`}
        className="vote-chart__svg"
      >
        {VOTE_OPTIONS.map((option, i) => {
          const count = tally.counts[option]
          const width = (count / scale) * BAR_WIDTH
          const y = i * ROW
          return (
            <g key={option}>
              <text x={0} y={y + LABEL_BASELINE} className="vote-chart__label">
                {VOTE_OPTION_LABELS[option]}
              </text>
              <rect x={0} y={y + BAR_TOP} width={BAR_WIDTH} height={BAR_HEIGHT} className="vote-chart__track" />
              <rect x={0} y={y + BAR_TOP} width={width} height={BAR_HEIGHT} className={`vote-chart__bar vote-chart__bar--${option}`} />
              <text x={BAR_WIDTH + 6} y={y + BAR_TOP + 14} className="vote-chart__count">
                {count}
              </text>
            </g>
          )
        })}
      </svg>
      <figcaption id={captionId}>{voteChartSummary(tally)}</figcaption>
    </figure>
  )
}
