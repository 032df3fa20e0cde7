/** A session's state, as the council's calendar says it (OCD event status). */
export const SESSION_STATUSES = ['planned', 'held', 'cancelled', 'moved'] as const
export type SessionStatus = (typeof SESSION_STATUSES)[number]

export const SESSION_STATUS_LABELS: Record<SessionStatus, string> = {
  planned: 'Zaplanowana',
  held: 'Odbyła się',
  cancelled: 'Odwołana',
  moved: 'Przeniesiona',
}

/** How exactly the start is known: a council announces the date and hour; old records may give only the month. */
export const SESSION_DATE_PRECISIONS = ['time', 'day', 'month'] as const
export type SessionDatePrecision = (typeof SESSION_DATE_PRECISIONS)[number]

export const SESSION_DATE_PRECISION_LABELS: Record<SessionDatePrecision, string> = {
  time: 'Znana data i godzina',
  day: 'Znany dzień (bez godziny)',
  month: 'Znany tylko miesiąc',
}
