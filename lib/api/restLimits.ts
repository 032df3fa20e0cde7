/** What one REST read may load (lib/api/refuseCostlyRest.ts). The admin's list pages offer at most 100 per page. */
export const REST_LIMITS = {
  max: {
    /** Documents per page of a list, and per join. */
    limit: 100,
    /** Entries of `populate`, `joins` or `select`. */
    entries: 20,
  },
} as const
