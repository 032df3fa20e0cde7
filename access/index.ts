import type { Access, FieldAccess } from 'payload'

export type Role = 'admin' | 'editor' | 'author'

type WithRole = { role?: Role | null } | null | undefined

const hasRole = (user: unknown, ...roles: Role[]) =>
  Boolean(user && roles.includes((user as WithRole)?.role as Role))

export const anyone: Access = () => true

export const authenticated: Access = ({ req: { user } }) => Boolean(user)

export const editorsOnly: Access = ({ req: { user } }) => hasRole(user, 'admin', 'editor')

export const adminsOnly: Access = ({ req: { user } }) => hasRole(user, 'admin')

/** The public reads published documents only; the database does the filtering. */
export const publishedOrAuthenticated: Access = ({ req: { user } }) =>
  user ? true : { _status: { equals: 'published' } }

export const adminOrSelf: Access = ({ req: { user } }) => {
  if (!user) return false
  if (hasRole(user, 'admin')) return true
  return { id: { equals: user.id } }
}

export const adminFieldOnly: FieldAccess = ({ req: { user } }) => hasRole(user, 'admin')
