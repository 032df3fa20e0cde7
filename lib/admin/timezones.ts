import type { Config } from 'payload'

import { TIME_ZONE } from '../dates'

/** The admin's only time zone: schedules are picked and shown in Warsaw time. */
export const adminTimezones: NonNullable<Config['admin']>['timezones'] = {
  supportedTimezones: [{ label: 'Warszawa (czas polski)', value: TIME_ZONE }],
  defaultTimezone: TIME_ZONE,
}

/**
 * Payload formats some admin dates on the server without a time zone (a version's breadcrumb
 * and restore dialog), that is in the process's zone: set it to the portal's, so that they
 * agree with what the editor's browser shows. Public pages format with an explicit zone.
 */
export function setServerTimeZone() {
  process.env.TZ = TIME_ZONE
}
