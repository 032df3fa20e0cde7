import type { Access, FieldAccess, Where } from 'payload'

export type Role = 'admin' | 'editor' | 'author'

type WithRole = { id?: number | string; role?: Role | null } | null | undefined

export const hasRole = (user: unknown, ...roles: Role[]) =>
  Boolean(user && roles.includes((user as WithRole)?.role as Role))

export const isEditor = (user: unknown) => hasRole(user, 'admin', 'editor')

export const anyone: Access = () => true

export const authenticated: Access = ({ req: { user } }) => Boolean(user)

export const editorsOnly: Access = ({ req: { user } }) => isEditor(user)

export const adminsOnly: Access = ({ req: { user } }) => hasRole(user, 'admin')

const published: Where = { _status: { equals: 'published' } }
const ownedBy = (user: unknown): Where => ({ createdBy: { equals: (user as WithRole)?.id } })

/**
 * Content with drafts (articles, pages, votes). The public and authors read what is
 * published; an author also reads her own drafts. Editors and administrators read all.
 */
export const readContent: Access = ({ req: { user } }) => {
  if (isEditor(user)) return true
  if (hasRole(user, 'author')) return { or: [published, ownedBy(user)] }
  return published
}

/** Versions of content: editors all, an author those of her own documents. */
export const readContentVersions: Access = ({ req: { user } }) => {
  if (isEditor(user)) return true
  if (hasRole(user, 'author')) return { 'version.createdBy': { equals: (user as WithRole)?.id } }
  return false
}

const wantsToPublish = (data: unknown) => (data as { _status?: string } | undefined)?._status === 'published'

/** Authors create drafts only; publishing is for editors. */
export const createContent: Access = ({ req: { user }, data }) => {
  if (isEditor(user)) return true
  return hasRole(user, 'author') && !wantsToPublish(data)
}

/**
 * Editors change and publish anything. An author saves her own documents while they are
 * unpublished drafts: she can neither publish nor unpublish. Payload asks this same
 * function with `_status: 'published'` to decide whether to show the publish button.
 */
export const updateContent: Access = ({ req: { user }, data }) => {
  if (isEditor(user)) return true
  if (!hasRole(user, 'author') || wantsToPublish(data)) return false
  return { and: [ownedBy(user), { _status: { equals: 'draft' } }] }
}

/** Media: anyone signed in uploads; an author changes only her own files. */
export const updateOwnMedia: Access = ({ req: { user } }) => {
  if (isEditor(user)) return true
  return hasRole(user, 'author') ? ownedBy(user) : false
}

export const adminOrSelf: Access = ({ req: { user } }) => {
  if (!user) return false
  if (hasRole(user, 'admin')) return true
  return { id: { equals: user.id } }
}

export const adminFieldOnly: FieldAccess = ({ req: { user } }) => hasRole(user, 'admin')

export const signedInFieldOnly: FieldAccess = ({ req: { user } }) => Boolean(user)

/** Hides a collection or global in the admin from everyone but administrators. */
export const hiddenUnlessAdmin = ({ user }: { user: unknown }) => !hasRole(user, 'admin')
