import { changeMarker } from '../changeMarker'

/** Tells the proxy to reload its redirect table (see redirectTable.ts). */
export const redirectsChanged = changeMarker('redirects')
