import { z } from 'zod'

/**
 * The forms of the contact facts an administrator types into the site settings, with the
 * Polish message the admin shows under the field. An empty field is allowed: a fact not yet
 * given is left out of the public pages.
 */
export const postalCode = z.string().regex(/^\d{2}-\d{3}$/, { message: 'Kod pocztowy w postaci 00-000.' })

export const phoneNumber = z
  .string()
  .transform((value) => value.replace(/[\s()-]/g, ''))
  .pipe(z.string().regex(/^(\+48)?\d{9}$/, { message: 'Numer telefonu: 9 cyfr, można poprzedzić +48; spacje i myślniki są dozwolone.' }))

export const emailAddress = z.email({ message: 'Nieprawidłowy adres e-mail.' })

export const httpsAddress = z.url({ protocol: /^https$/, message: 'Podaj pełny adres strony zaczynający się od https://.' })

/** A Payload field validator from a schema: true, or the schema's Polish message. */
export function optionalField(schema: z.ZodType) {
  return (value: unknown): true | string => {
    if (value === null || value === undefined || value === '') return true
    const result = schema.safeParse(typeof value === 'string' ? value.trim() : value)
    return result.success ? true : (result.error.issues[0]?.message ?? 'Nieprawidłowa wartość.')
  }
}

/** The `tel:` link of a number that passed phoneNumber: digits, with +48 when it had none. */
export function telHref(phone: string): string {
  const digits = phone.replace(/[\s()-]/g, '')
  return `tel:${digits.startsWith('+') ? digits : `+48${digits}`}`
}
