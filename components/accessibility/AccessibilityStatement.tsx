import type { ReactNode } from 'react'

import { Breadcrumbs } from '@/components/Breadcrumbs'
import { hasOfficeContact, OfficeContact } from '@/components/OfficeContact'
import type { StatementFacts } from '@/lib/accessibility/statementFacts'
import { formatDate } from '@/lib/dates'
import { telHref } from '@/lib/siteSettings/contactFields'
import type { SiteSetting } from '@/payload-types'

import { ComplaintsProcedure, KeyboardShortcuts, PortalFacilities } from './StatementFixedText'

const LAW = 'ustawą z dnia 4 kwietnia 2019 r. o dostępności cyfrowej stron internetowych i aplikacji mobilnych podmiotów publicznych'

type Props = { settings: Partial<SiteSetting> & { municipality: string }; siteUrl: string }

/** A date the office gave, or the plain statement that it has not given it yet. */
function dated(value: string | null | undefined, label: string, missing: string): ReactNode {
  return value ? (
    <>
      {label}: <time dateTime={value}>{formatDate(value)}</time>.
    </>
  ) : (
    missing
  )
}

/** Paragraphs of a free-text fact, split at blank lines. */
const paragraphs = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => <p key={p}>{p}</p>)

/** The items the office described (blank ones left out). */
const described = (items: { id?: string | null; description?: string | null }[] | null | undefined) =>
  (items ?? []).flatMap((item) => (item.description?.trim() ? [{ id: item.id, description: item.description }] : []))

/** A list of the office's items (inaccessible content, exemptions) under its heading; nothing when there are none. */
function DescribedItems({ heading, items }: { heading: string; items: { id?: string | null; description: string }[] }) {
  if (items.length === 0) return null
  return (
    <>
      <h3>{heading}</h3>
      <ul>
        {items.map((item) => (
          <li key={item.id ?? item.description}>{item.description}</li>
        ))}
      </ul>
    </>
  )
}

const STATUS: Record<NonNullable<StatementFacts['complianceStatus']>, string> = {
  full: `Strona internetowa jest zgodna z ${LAW}.`,
  partial: `Strona internetowa jest częściowo zgodna z ${LAW} z powodu niezgodności lub wyłączeń wymienionych poniżej.`,
  none: `Strona internetowa jest niezgodna z ${LAW} z powodu niezgodności lub wyłączeń wymienionych poniżej.`,
}

/**
 * The accessibility statement, in the order of the Minister's model statement. The facts
 * only the office can state come from the site settings; a fact not yet given is said
 * plainly ("Urząd nie podał jeszcze …"), never shown as a placeholder.
 */
export function AccessibilityStatement({ settings, siteUrl }: Props) {
  const facts: StatementFacts = settings.accessibility ?? {}
  const office = settings.office
  const nonCompliant = described(facts.nonCompliantContent)
  const exemptions = described(facts.exemptions)
  return (
    <article className="page">
      <Breadcrumbs current="Deklaracja dostępności" />
      <h1>Deklaracja dostępności</h1>
      <p>
        {settings.municipality} zobowiązuje się zapewnić dostępność swojej strony internetowej zgodnie z {LAW}. Deklaracja
        dostępności dotyczy tego portalu informacyjnego (<a href={siteUrl}>{siteUrl.replace(/^https?:\/\//, '')}</a>), na którym{' '}
        {settings.municipality} publikuje aktualności, wyniki głosowań rady i informacje o organizacjach.
      </p>
      <ul>
        <li>{dated(facts.publishedOn, 'Data publikacji strony internetowej', 'Urząd nie podał jeszcze daty publikacji strony internetowej.')}</li>
        <li>{dated(facts.lastMajorUpdateOn, 'Data ostatniej istotnej aktualizacji', 'Urząd nie podał jeszcze daty ostatniej istotnej aktualizacji.')}</li>
      </ul>

      <h2>Status pod względem zgodności z ustawą</h2>
      <p>{facts.complianceStatus ? STATUS[facts.complianceStatus] : 'Urząd nie ocenił jeszcze zgodności strony z ustawą.'}</p>
      <DescribedItems heading="Treści niedostępne" items={nonCompliant} />
      <DescribedItems heading="Wyłączenia" items={exemptions} />
      <p>
        Portal zbudowano według standardu WCAG 2.1 na poziomie AA. Każdy rodzaj strony publicznej (strona główna, listy i strony
        aktualności, kategorie, głosowania, sesje, radni, organizacje, wyszukiwarka, strony informacyjne i strona błędu 404) jest
        przy każdej zmianie oprogramowania sprawdzany automatycznie narzędziem axe pod kątem kryteriów WCAG 2.1 A i AA. Test
        automatyczny nie zastępuje oceny przez człowieka.
      </p>
      <p>
        Dokumenty dołączane do głosowań i sesji (uchwały, protokoły) oraz nagrania sesji mogą pochodzić z innych systemów urzędu;
        ich dostępność zależy od tych systemów i nie jest sprawdzana przez portal.
      </p>

      <h2>Data sporządzenia deklaracji</h2>
      <ul>
        <li>{dated(facts.preparedOn, 'Deklarację sporządzono dnia', 'Urząd nie podał jeszcze daty sporządzenia deklaracji.')}</li>
        <li>
          {facts.assessment === 'self'
            ? 'Deklarację sporządzono na podstawie samooceny przeprowadzonej przez podmiot publiczny.'
            : facts.assessment === 'external' && facts.assessor
              ? `Deklarację sporządzono na podstawie badania przeprowadzonego przez podmiot zewnętrzny: ${facts.assessor}.`
              : facts.assessment === 'external'
                ? 'Deklarację sporządzono na podstawie badania przeprowadzonego przez podmiot zewnętrzny.'
                : 'Urząd nie podał jeszcze, na jakiej podstawie sporządzono deklarację.'}
        </li>
        <li>
          {dated(facts.reviewedOn, 'Deklarację ostatnio poddano przeglądowi i aktualizacji dnia', 'Urząd nie podał jeszcze daty ostatniego przeglądu deklaracji.')}
        </li>
      </ul>

      <PortalFacilities />
      <KeyboardShortcuts />

      <h2>Informacje zwrotne i dane kontaktowe</h2>
      <p>
        W przypadku problemów z dostępnością strony internetowej prosimy o kontakt. Tą samą drogą można składać wnioski o
        udostępnienie informacji niedostępnej oraz żądania zapewnienia dostępności.
      </p>
      <ul>
        <li>
          {facts.coordinatorName
            ? `Osoba odpowiedzialna za dostępność: ${facts.coordinatorName}.`
            : 'Urząd nie wskazał jeszcze osoby odpowiedzialnej za dostępność.'}
        </li>
        {facts.coordinatorEmail ? (
          <li>
            Adres poczty elektronicznej: <a href={`mailto:${facts.coordinatorEmail}`}>{facts.coordinatorEmail}</a>.
          </li>
        ) : (
          <li>Urząd nie podał jeszcze adresu e-mail w sprawach dostępności.</li>
        )}
        {facts.coordinatorPhone ? (
          <li>
            Numer telefonu: <a href={telHref(facts.coordinatorPhone)}>{facts.coordinatorPhone}</a>.
          </li>
        ) : (
          <li>Urząd nie podał jeszcze numeru telefonu w sprawach dostępności.</li>
        )}
      </ul>
      {hasOfficeContact(office) ? (
        <>
          <p>Dane kontaktowe urzędu:</p>
          <OfficeContact office={office} />
        </>
      ) : null}
      {office?.bipUrl ? (
        <p>
          Więcej informacji o urzędzie: <a href={office.bipUrl}>Biuletyn Informacji Publicznej</a>.
        </p>
      ) : null}

      <ComplaintsProcedure />

      <h2>Dostępność architektoniczna</h2>
      {facts.building?.trim() ? paragraphs(facts.building) : <p>Urząd nie opisał jeszcze dostępności architektonicznej swojego budynku.</p>}

      <h2>Aplikacje mobilne</h2>
      {facts.mobileApps?.trim() ? paragraphs(facts.mobileApps) : null}
      <p>Portal nie ma własnej aplikacji mobilnej; na telefonie działa w przeglądarce internetowej.</p>
    </article>
  )
}
