import type { Payload, TypedUser } from 'payload'

import { hasRole } from '@/access'
import { missingStatementFacts } from '@/lib/accessibility/statementFacts'

const TEXT = {
  pl: {
    heading: 'Deklaracja dostępności: brakujące dane',
    intro: 'Deklaracja dostępności na stronie /deklaracja-dostepnosci nie podaje jeszcze tych wymaganych informacji:',
    link: 'Uzupełnij je w ustawieniach portalu',
  },
  en: {
    heading: 'Accessibility statement: missing facts',
    intro: 'The accessibility statement at /deklaracja-dostepnosci does not yet give these required facts:',
    link: 'Fill them in the site settings',
  },
}

type Props = { payload: Payload; user: TypedUser | null; i18n: { language: string } }

/**
 * A dashboard box for administrators (who alone edit the site settings): the facts the law's
 * model statement requires that the settings do not yet give. Nothing when all are given.
 */
export async function StatementFactsMissing({ payload, user, i18n }: Props) {
  if (!hasRole(user, 'admin')) return null
  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: true })
  const missing = missingStatementFacts(settings.accessibility)
  if (missing.length === 0) return null
  const t = i18n.language === 'en' ? TEXT.en : TEXT.pl
  return (
    <section className="statement-facts-missing" aria-labelledby="statement-facts-missing-heading" style={{ marginBottom: '2rem' }}>
      <h2 id="statement-facts-missing-heading">{t.heading}</h2>
      <p>{t.intro}</p>
      <ul>
        {missing.map((label) => (
          <li key={label}>{label}</li>
        ))}
      </ul>
      <p>
        <a href="/admin/globals/site-settings">{t.link}</a>
      </p>
    </section>
  )
}
