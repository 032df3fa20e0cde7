/** What ranking needs to know about one index entry. */
export type Rankable = { searchTitle?: string | null; date?: string | null }

const time = (date: string | null | undefined) => (date ? new Date(date).getTime() : Number.NEGATIVE_INFINITY)

/**
 * Title matches first (every word in the title, then the whole phrase, then words that
 * start a title word); among equals newer documents first, then by title. The order is
 * decided here, not by the database, so SQLite and MongoDB give the same list.
 */
export function rankEntries<T extends Rankable>(entries: T[], tokens: string[]): T[] {
  // the words one after another, each possibly with an ending: "zwiaz mias" matches "zwiazku miast"
  const phrase = new RegExp(tokens.join('[a-z0-9]* '))
  const score = (entry: T) => {
    const title = ` ${entry.searchTitle ?? ''} `
    let points = 0
    if (tokens.every((t) => title.includes(t))) points += 4
    if (phrase.test(title)) points += 2
    if (tokens.every((t) => title.includes(` ${t}`))) points += 1
    return points
  }
  return entries
    .map((entry) => ({ entry, points: score(entry), time: time(entry.date) }))
    .sort(
      (a, b) =>
        b.points - a.points ||
        b.time - a.time ||
        (a.entry.searchTitle ?? '').localeCompare(b.entry.searchTitle ?? ''),
    )
    .map(({ entry }) => entry)
}
