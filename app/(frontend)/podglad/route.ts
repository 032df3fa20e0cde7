import { draftMode, headers } from 'next/headers'
import { redirect } from 'next/navigation'

import { payloadClient } from '@/lib/payload'
import { previewQuery } from '@/lib/previewRequest'
import { paths } from '@/lib/routes'

const polishText = (text: string, status: number) =>
  new Response(text, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } })

/** GET /podglad?kolekcja=articles&id=…: an editor's preview of a draft, behind login. */
export async function GET(request: Request) {
  const query = previewQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams))
  if (!query.success) return polishText('Niepoprawny adres podglądu.', 400)

  const payload = await payloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  if (!user) {
    const back = `/podglad?kolekcja=${query.data.kolekcja}&id=${query.data.id}`
    redirect(`/admin/login?redirect=${encodeURIComponent(back)}`)
  }
  const doc = await payload
    .findByID({ collection: query.data.kolekcja, id: query.data.id, draft: true, depth: 0, overrideAccess: false, user })
    .catch(() => null)
  if (!doc) return polishText('Nie znaleziono dokumentu albo nie masz do niego dostępu.', 404)

  ;(await draftMode()).enable()
  redirect(paths.article(doc.slug))
}
