import { changeMarker } from '../changeMarker'

/** Tells the proxy's cache of search pages that the index changed (see searchPageCache.ts). */
export const searchIndexChanged = changeMarker('searchIndex')
