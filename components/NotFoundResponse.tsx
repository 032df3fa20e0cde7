import { draftMode } from 'next/headers'
import { notFound } from 'next/navigation'
import { Suspense } from 'react'

import { NotFoundContent } from '@/components/NotFoundContent'

/** Sets the 404 status; in the browser, Next's router then shows not-found.tsx in its place. */
function NotFoundSignal(): never {
  notFound()
}

/**
 * What a page returns for an address that names nothing: status 404, and the 404 page with the
 * site's header, menu and search box in the HTML as served.
 *
 * notFound() thrown by the page itself gives the status but not the HTML: React's server
 * rendering runs no error boundary, so the error falls through to Next's error recovery, which
 * answers an empty `<html id="__next_error__">` and leaves the page to JavaScript
 * (vercel/next.js#62228, open in Next 16.4). Thrown inside a Suspense boundary, the error stops
 * there: the layout is rendered, the boundary's fallback (the 404 page) is in the HTML, and the
 * status is still 404, because these pages are rendered whole before they are sent and cached
 * (generateStaticParams). A page rendered per request is streamed and would answer 200 this
 * way: in draft mode (previews, or a leftover draft cookie) notFound() is thrown as before.
 */
export async function NotFoundResponse() {
  if ((await draftMode()).isEnabled) notFound()
  return (
    <Suspense fallback={<NotFoundContent />}>
      <NotFoundSignal />
    </Suspense>
  )
}
