import type { SubscribeErrors } from './subscribeInput'

/** What the /powiadomienia form shows after a submission. */
export type SubscribeState =
  | { status: 'idle' }
  | { status: 'invalid'; errors: SubscribeErrors; email: string; chosen: string[] }
  | { status: 'limited' | 'failed' | 'sent'; message: string }

/** What a confirm or unsubscribe button shows after its click. */
export type TokenState = { status: 'idle' } | { status: 'done' | 'refused'; message: string }
