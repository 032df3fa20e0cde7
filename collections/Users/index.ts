import type { CollectionConfig } from 'payload'

import { adminFieldOnly, adminOrSelf, adminsOnly, hiddenUnlessAdmin } from '../../access'
import { env } from '../../lib/env'
import { RESET_PASSWORD_SUBJECT, resetPasswordHtml } from './email/resetPasswordEmail'
import { limitLoginAttempts, rememberLoginSuccess } from './hooks/limitLoginAttempts'

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: 'Użytkownik', plural: 'Użytkownicy' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'role'],
    group: 'Administracja',
    // Editors and authors reach only their own account (the account menu).
    hidden: hiddenUnlessAdmin,
  },
  auth: {
    // No account-wide lockout (a stranger could lock the owner out with five wrong passwords):
    // limits per account and client address instead (hooks/limitLoginAttempts.ts).
    maxLoginAttempts: 0,
    cookies: { secure: env().nodeEnv === 'production', sameSite: 'Lax' },
    forgotPassword: {
      generateEmailSubject: () => RESET_PASSWORD_SUBJECT,
      generateEmailHTML: resetPasswordHtml,
    },
  },
  hooks: {
    beforeOperation: [limitLoginAttempts],
    afterLogin: [rememberLoginSuccess],
  },
  access: {
    read: adminOrSelf,
    create: adminsOnly,
    update: adminOrSelf,
    delete: adminsOnly,
    admin: ({ req: { user } }) => Boolean(user),
  },
  fields: [
    { name: 'name', type: 'text', label: 'Imię i nazwisko', required: true },
    {
      name: 'role',
      type: 'select',
      label: 'Rola',
      required: true,
      defaultValue: 'author',
      saveToJWT: true,
      options: [
        { label: 'Administrator', value: 'admin' },
        { label: 'Redaktor (publikuje)', value: 'editor' },
        { label: 'Autor (pisze szkice)', value: 'author' },
      ],
      access: { create: adminFieldOnly, update: adminFieldOnly },
    },
  ],
}
