import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { redirectsChanged } from '../../../lib/redirects/redirectsChanged'

export const markRedirectsChangedAfterChange: CollectionAfterChangeHook = ({ doc }) => {
  redirectsChanged.mark()
  return doc
}

export const markRedirectsChangedAfterDelete: CollectionAfterDeleteHook = ({ doc }) => {
  redirectsChanged.mark()
  return doc
}
