import { ImageResponse } from 'next/og'
import type React from 'react'

const BRAND_BACKGROUND = '#073763'

/**
 * A generated picture in the portal's colours (the default share image, the publisher
 * mark). Text must avoid Polish letters: the font bundled with next/og lacks them.
 */
export function brandImage(
  content: React.ReactNode,
  size: { width: number; height: number },
  layout: React.CSSProperties = {},
): ImageResponse {
  return new ImageResponse(
    (
      <div
        style={{
          width: '100%',
          height: '100%',
          display: 'flex',
          background: BRAND_BACKGROUND,
          color: '#ffffff',
          ...layout,
        }}
      >
        {content}
      </div>
    ),
    size,
  )
}
