import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { markRedirectsChanged } from '../../../lib/redirects/redirectsChanged'

export const markRedirectsChangedAfterChange: CollectionAfterChangeHook = ({ doc }) => {
  markRedirectsChanged()
  return doc
}

export const markRedirectsChangedAfterDelete: CollectionAfterDeleteHook = ({ doc }) => {
  markRedirectsChanged()
  return doc
}
