/**
 * Whether a failed hand-over to SMTP may be tried again later. An SMTP reply 4xx (mailbox
 * busy, greylisting, too many connections) is temporary, 5xx is final. No reply at all
 * (connection refused, reset, timeout) means the server never accepted the message:
 * temporary too.
 */
export function isTemporaryFailure(error: unknown): boolean {
  const code = (error as { responseCode?: unknown } | null)?.responseCode
  if (typeof code === 'number') return code >= 400 && code < 500
  return true
}

export const failureText = (error: unknown) => String((error as Error)?.message ?? error).slice(0, 500)
