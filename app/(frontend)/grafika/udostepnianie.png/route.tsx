import { brandImage } from '@/lib/brandImage'
import { SHARE_IMAGE_SIZE } from '@/lib/metadata'

// Drawn once at build time; it reads no data.
export const dynamic = 'force-static'

/** The default image shown when a link without its own picture is shared. */
export function GET() {
  return brandImage(
    <>
      <div style={{ fontSize: 40, opacity: 0.85 }}>Portal informacyjny gminy</div>
      <div style={{ fontSize: 96, fontWeight: 700, marginTop: 16 }}>Konstancin-Jeziorna</div>
    </>,
    SHARE_IMAGE_SIZE,
    { flexDirection: 'column', justifyContent: 'center', padding: '80px' },
  )
}
