import type { TaskConfig } from 'payload'

import { sendAlertBatch } from './sendAlertBatch'

export const SEND_ALERTS_TASK = 'sendAlerts'

type SendAlertsIO = {
  input: { alert: string; after?: string | null }
  output: { sent: number; retry: number; failed: number; skipped: number }
}

/**
 * Payload job: one batch of one alert. A batch that met temporary SMTP failures throws
 * after recording them, and Payload runs the job again with a growing pause (1, 2, 4 …
 * minutes); what was sent is skipped then, so a retry sends only what was refused.
 */
export const sendAlertsTask: TaskConfig<SendAlertsIO> = {
  slug: SEND_ALERTS_TASK,
  label: 'Powiadomienia e-mail: wysyłka',
  inputSchema: [
    { name: 'alert', type: 'text', required: true },
    { name: 'after', type: 'text' },
  ],
  outputSchema: [
    { name: 'sent', type: 'number', required: true },
    { name: 'retry', type: 'number', required: true },
    { name: 'failed', type: 'number', required: true },
    { name: 'skipped', type: 'number', required: true },
  ],
  retries: { attempts: 8, backoff: { type: 'exponential', delay: 60_000 } },
  handler: async ({ input, job, req }) => {
    const report = await sendAlertBatch(req.payload, input, { queueNextBatch: job.totalTried === 0 })
    if (report.retry > 0) throw new Error(`Powiadomienia: ${report.retry} wiadomości odrzucono chwilowo; ponowienie później`)
    return { output: report }
  },
}
