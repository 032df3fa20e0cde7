'use client'

import { ServerErrorContent } from '@/components/ServerErrorContent'

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <ServerErrorContent>
      <p>
        <button type="button" onClick={() => reset()}>
          Spróbuj ponownie
        </button>
      </p>
    </ServerErrorContent>
  )
}
