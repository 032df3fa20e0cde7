import type { SiteSetting } from '@/payload-types'

/** The accessibility statement's facts, as the administrator gives them in the site settings. */
export type StatementFacts = NonNullable<SiteSetting['accessibility']>

/** Field labels, shared by the settings form and the dashboard's list of missing facts. */
export const STATEMENT_FACT_LABELS = {
  publishedOn: 'Data publikacji strony internetowej',
  lastMajorUpdateOn: 'Data ostatniej istotnej aktualizacji',
  complianceStatus: 'Status zgodności z ustawą',
  nonCompliantContent: 'Treści niedostępne',
  exemptions: 'Wyłączenia z obowiązku zapewnienia dostępności',
  preparedOn: 'Data sporządzenia deklaracji',
  reviewedOn: 'Data ostatniego przeglądu i aktualizacji deklaracji',
  assessment: 'Sposób sporządzenia deklaracji',
  assessor: 'Nazwa podmiotu zewnętrznego, który zbadał stronę',
  coordinatorName: 'Osoba odpowiedzialna za dostępność (imię i nazwisko)',
  coordinatorEmail: 'Adres e-mail osoby odpowiedzialnej',
  coordinatorPhone: 'Telefon osoby odpowiedzialnej',
  building: 'Dostępność architektoniczna budynku urzędu',
  mobileApps: 'Aplikacje mobilne urzędu',
} as const

const given = (value: unknown) => (typeof value === 'string' ? value.trim() !== '' : value !== null && value !== undefined)

/**
 * Which facts the law's model statement requires and the settings do not yet give, in the
 * statement's order, by their labels. The treści niedostępne are required only when the
 * site is not fully compliant, and the assessor only when an outside body assessed it.
 */
export function missingStatementFacts(facts: StatementFacts | null | undefined): string[] {
  const f = facts ?? {}
  const required: (keyof typeof STATEMENT_FACT_LABELS)[] = ['publishedOn', 'lastMajorUpdateOn', 'complianceStatus']
  if (f.complianceStatus === 'partial' || f.complianceStatus === 'none') {
    if (!(f.nonCompliantContent ?? []).some((item) => given(item.description))) required.push('nonCompliantContent')
  }
  required.push('preparedOn', 'reviewedOn', 'assessment')
  if (f.assessment === 'external') required.push('assessor')
  required.push('coordinatorName', 'coordinatorEmail', 'coordinatorPhone', 'building')
  return required
    .filter((key) => key === 'nonCompliantContent' || !given(f[key as keyof StatementFacts]))
    .map((key) => STATEMENT_FACT_LABELS[key])
}
