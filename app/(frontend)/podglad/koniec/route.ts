import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

import { leavePreviewQuery } from '@/lib/previewRequest'

/** GET /podglad/koniec?sciezka=/aktualnosci/…: leaves preview and shows the published page. */
export async function GET(request: Request) {
  const { sciezka } = leavePreviewQuery.parse(Object.fromEntries(new URL(request.url).searchParams))
  ;(await draftMode()).disable()
  redirect(sciezka)
}
