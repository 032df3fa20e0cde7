import { absoluteUrl } from '../absoluteUrl'
import { paths } from '../routes'
import { OPEN_DATA_LICENCE } from './licence'

/** Open data may be read by anyone's scripts and pages, from any origin. */
const OPEN_HEADERS = { 'access-control-allow-origin': '*' }

/** A JSON file with a short description of where it comes from and under what licence. */
export function openDataJson(data: Record<string, unknown>): Response {
  const body = {
    meta: {
      publisher: 'Gmina Konstancin-Jeziorna',
      source: absoluteUrl(paths.openData()),
      licence: OPEN_DATA_LICENCE,
      generated_at: new Date().toISOString(),
    },
    ...data,
  }
  return new Response(JSON.stringify(body, null, 2), {
    headers: { ...OPEN_HEADERS, 'content-type': 'application/json; charset=utf-8' },
  })
}

export function openDataCsv(csv: string, filename: string): Response {
  return new Response(csv, {
    headers: {
      ...OPEN_HEADERS,
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `inline; filename="${filename}"`,
    },
  })
}
