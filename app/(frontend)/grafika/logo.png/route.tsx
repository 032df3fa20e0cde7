import { brandImage } from '@/lib/brandImage'

export const dynamic = 'force-static'

/** A plain square mark for the publisher of the NewsArticle data (not the municipal coat of arms). */
export function GET() {
  return brandImage(<div style={{ fontSize: 220, fontWeight: 700 }}>KJ</div>, { width: 512, height: 512 }, {
    alignItems: 'center',
    justifyContent: 'center',
  })
}
