import { describe, expect, it } from 'vitest'

import { missingStatementFacts, STATEMENT_FACT_LABELS as LABEL } from '@/lib/accessibility/statementFacts'
import { emailAddress, httpsAddress, optionalField, phoneNumber, postalCode, telHref } from '@/lib/siteSettings/contactFields'

const COMPLETE = {
  publishedOn: '2026-11-30T23:00:00.000Z',
  lastMajorUpdateOn: '2026-12-01T23:00:00.000Z',
  complianceStatus: 'full' as const,
  preparedOn: '2026-12-01T23:00:00.000Z',
  reviewedOn: '2026-12-01T23:00:00.000Z',
  assessment: 'self' as const,
  coordinatorName: 'Koordynator',
  coordinatorEmail: 'dostepnosc@example.pl',
  coordinatorPhone: '22 000 00 00',
  building: 'Wejście bez progów.',
}

describe('the accessibility statement’s missing facts', () => {
  it('lists every required fact, in the statement’s order, when nothing is given', () => {
    expect(missingStatementFacts(undefined)).toEqual([
      LABEL.publishedOn,
      LABEL.lastMajorUpdateOn,
      LABEL.complianceStatus,
      LABEL.preparedOn,
      LABEL.reviewedOn,
      LABEL.assessment,
      LABEL.coordinatorName,
      LABEL.coordinatorEmail,
      LABEL.coordinatorPhone,
      LABEL.building,
    ])
  })

  it('lists nothing when every required fact is given; the mobile apps and exemptions are optional', () => {
    expect(missingStatementFacts(COMPLETE)).toEqual([])
  })

  it('counts a blank text as not given', () => {
    expect(missingStatementFacts({ ...COMPLETE, coordinatorName: '   ', building: '' })).toEqual([LABEL.coordinatorName, LABEL.building])
  })

  it('asks for the inaccessible content when the site is partly or not compliant, and for the assessor of an outside assessment', () => {
    for (const complianceStatus of ['partial', 'none'] as const) {
      expect(missingStatementFacts({ ...COMPLETE, complianceStatus })).toEqual([LABEL.nonCompliantContent])
      expect(missingStatementFacts({ ...COMPLETE, complianceStatus, nonCompliantContent: [{ description: ' ' }] })).toEqual([LABEL.nonCompliantContent])
      expect(missingStatementFacts({ ...COMPLETE, complianceStatus, nonCompliantContent: [{ description: 'Skany uchwał' }] })).toEqual([])
    }
    expect(missingStatementFacts({ ...COMPLETE, assessment: 'external' })).toEqual([LABEL.assessor])
    expect(missingStatementFacts({ ...COMPLETE, assessment: 'external', assessor: 'Fundacja' })).toEqual([])
  })
})

describe('contact facts in the site settings', () => {
  const check = (schema: Parameters<typeof optionalField>[0], value: unknown) => optionalField(schema)(value)

  it('accepts an empty field: a fact not given yet', () => {
    for (const schema of [postalCode, phoneNumber, emailAddress, httpsAddress]) {
      for (const empty of [undefined, null, '']) expect(check(schema, empty)).toBe(true)
    }
  })

  it('postal codes: 00-000 only', () => {
    expect(check(postalCode, '05-520')).toBe(true)
    expect(check(postalCode, ' 05-520 ')).toBe(true)
    for (const bad of ['05520', '5-520', '05-52', 'ab-cde', '05 520']) expect(check(postalCode, bad), bad).toBe('Kod pocztowy w postaci 00-000.')
  })

  it('phone numbers: nine digits, +48 allowed, spaces, dashes and brackets ignored', () => {
    for (const good of ['22 000 00 00', '+48 22 000 00 00', '220000000', '(22) 000-00-00', '600 000 000']) expect(check(phoneNumber, good), good).toBe(true)
    for (const bad of ['22 000 00', '0048 22 000 00 00', '+49 22 000 00 00', 'tel. 22 000 00 00', '22 000 00 00 wewn. 12']) {
      expect(check(phoneNumber, bad), bad).toMatch(/^Numer telefonu: 9 cyfr/)
    }
    expect(telHref('22 000 00 00')).toBe('tel:+48220000000')
    expect(telHref('+48 (22) 000-00-01')).toBe('tel:+48220000001')
  })

  it('e-mail addresses and the BIP address', () => {
    expect(check(emailAddress, 'urzad@example.pl')).toBe(true)
    for (const bad of ['urzad', 'urzad@', '@example.pl', 'a b@example.pl']) expect(check(emailAddress, bad), bad).toBe('Nieprawidłowy adres e-mail.')
    expect(check(httpsAddress, 'https://bip.example.pl/')).toBe(true)
    for (const bad of ['http://bip.example.pl', 'bip.example.pl', 'javascript:alert(1)', 'https://']) {
      expect(check(httpsAddress, bad), bad).toBe('Podaj pełny adres strony zaczynający się od https://.')
    }
  })
})
