import { z } from 'zod'

/** A page number from the path ("2"…"99999"); anything else (abc, -1, 1e3, 10^12) is null. */
const pageNumberSchema = z
  .string()
  .regex(/^[1-9][0-9]{0,4}$/)
  .transform(Number)

export function parsePageNumber(raw: string): number | null {
  const parsed = pageNumberSchema.safeParse(raw)
  return parsed.success ? parsed.data : null
}

export const slugParam = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(200)

export function parseSlug(raw: string): string | null {
  const parsed = slugParam.safeParse(raw)
  return parsed.success ? parsed.data : null
}
