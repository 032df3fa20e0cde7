import type { EmailAdapter } from 'payload'

import type { Env } from '../env'
import { logAdapter } from './logAdapter'
import { smtpAdapter } from './smtpAdapter'

/** SMTP when configured, the server log otherwise. */
export const emailAdapter = (settings: Pick<Env, 'nodeEnv' | 'smtp'>): EmailAdapter =>
  settings.smtp ? smtpAdapter(settings.smtp) : logAdapter(settings)
