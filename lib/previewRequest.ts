import { z } from 'zod'

import { sameSiteTarget } from './redirects/sameSiteTarget'

/** Query of /podglad: which document to preview. */
export const previewQuery = z.object({
  kolekcja: z.enum(['articles']),
  id: z.string().regex(/^[0-9a-f]{1,24}$/i),
})

/** Query of /podglad/koniec: the local path to return to. */
export const leavePreviewQuery = z.object({
  sciezka: z
    .string()
    .max(300)
    .regex(/^\/(?!\/)[^\s\\]*$/)
    .refine((path) => sameSiteTarget(path) !== null)
    .catch('/'),
})
