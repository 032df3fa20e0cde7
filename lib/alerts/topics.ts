/** What a subscriber can follow; categories are followed one by one besides these. */
export const ALERT_KINDS = ['news', 'sessions', 'votes'] as const
export type AlertKind = (typeof ALERT_KINDS)[number]

export const ALERT_KIND_LABELS: Record<AlertKind, string> = {
  news: 'Wszystkie aktualności',
  sessions: 'Sesje rady (nowe i zmienione)',
  votes: 'Głosowania rady',
}

/** How long a confirmation link stays valid; an unconfirmed address is deleted after it. */
export const CONFIRMATION_HOURS = 48
