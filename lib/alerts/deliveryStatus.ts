/**
 * sending: claimed and handed to SMTP (after a crash: unknown, never resent);
 * sent: accepted by the SMTP server; retry: refused for now (4xx, connection), sent again
 * by the job's next attempt; failed: refused for good (5xx).
 */
export const DELIVERY_STATUSES = ['sending', 'sent', 'retry', 'failed'] as const
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number]

export const DELIVERY_STATUS_LABELS: Record<DeliveryStatus, string> = {
  sending: 'W trakcie (lub przerwana)',
  sent: 'Wysłana',
  retry: 'Do ponowienia',
  failed: 'Odrzucona',
}
