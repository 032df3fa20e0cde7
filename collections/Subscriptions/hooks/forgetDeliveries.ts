import type { CollectionAfterDeleteHook } from 'payload'

/** An unsubscribed address leaves no trace: its delivery records go with it. */
export const forgetDeliveries: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await req.payload.delete({
    collection: 'alert-deliveries',
    where: { subscription: { equals: String(doc.id) } },
    overrideAccess: true,
    req,
  })
  return doc
}
