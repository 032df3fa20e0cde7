import { type CollectionAfterErrorHook, ValidationError } from 'payload'

const KEPT_AS_DRAFT =
  'Nie opublikowano: zaznaczono „Istotna zmiana treści”, ale brakuje noty o zmianie. Twoje zmiany zapisano jako szkic: dopisz notę i opublikuj ponownie.'

/**
 * Publishing an edit marked "substantive" without a note is refused (the note field's own
 * validation), and the refusal rolls the whole save back. So that the edit is not lost, it is
 * saved again here as a draft, after the refused transaction has ended, and the answer says so.
 */
export const keepDraftWhenNoteMissing: CollectionAfterErrorHook = async ({ error, req, result }) => {
  const data = req.data as Record<string, unknown> | undefined
  const id = req.routeParams?.id
  const noteMissing =
    error instanceof ValidationError && error.data.errors.some((fieldError) => fieldError.path === 'changeNote')
  if (!noteMissing || !data || data._status !== 'published' || (typeof id !== 'string' && typeof id !== 'number')) return
  // A new local request (no `req`): its own transaction, with the editor's rights.
  await req.payload.update({
    collection: 'articles',
    id,
    data: { ...data, _status: 'draft' },
    draft: true,
    user: req.user,
    overrideAccess: false,
  })
  const response = result as { errors?: { message: string }[] } | undefined
  const [first, ...rest] = response?.errors ?? []
  return first ? { response: { ...response, errors: [{ ...first, message: KEPT_AS_DRAFT }, ...rest] } } : undefined
}
