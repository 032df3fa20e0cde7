import { draftMode } from 'next/headers'
import { type ReactNode, Suspense } from 'react'

import { ServerErrorContent } from '@/components/ServerErrorContent'

/**
 * The layout of the cached public sections: when a page fails to render, the reader gets
 * status 500 and the error page with the site's header, menu and search box in the HTML as
 * served. Without it, Next answers an empty `<html id="__next_error__">` and error.tsx is
 * drawn by JavaScript only: React's server rendering runs no error boundary
 * (vercel/next.js#62228). An error inside a Suspense boundary stays there, and these pages
 * are rendered whole before they are sent (generateStaticParams), so the boundary's fallback
 * is only ever shown for an error; Next answers 500 and caches nothing.
 *
 * A preview (draft mode) and the search page are rendered per request and streamed: there
 * the fallback would be sent first, while the page loads, so they get no such boundary.
 */
export async function RenderErrorLayout({ children }: { children: ReactNode }) {
  if ((await draftMode()).isEnabled) return children
  return <Suspense fallback={<ServerErrorContent />}>{children}</Suspense>
}
