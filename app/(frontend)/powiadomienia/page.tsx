import type { Metadata } from 'next'
import { connection } from 'next/server'

import { Breadcrumbs } from '@/components/Breadcrumbs'
import { SubscribeForm } from '@/components/SubscribeForm.client'
import { CONFIRMATION_HOURS } from '@/lib/alerts/topics'
import { payloadClient } from '@/lib/payload'

import { subscribeAction } from './actions'

export const metadata: Metadata = {
  title: 'Powiadomienia e-mail',
  description: 'Zapisz się na powiadomienia e-mail o aktualnościach, sesjach i głosowaniach rady Gminy Konstancin-Jeziorna.',
}

/**
 * The same page for everyone (the form's answers come from its server action, a POST never
 * cached). Rendered per request for its list of categories, so the build reads no database.
 */
export default async function AlertsPage() {
  await connection()
  const payload = await payloadClient()
  const categories = await payload.find({ collection: 'categories', sort: 'title', limit: 100, depth: 0, overrideAccess: false })
  return (
    <>
      <Breadcrumbs current="Powiadomienia e-mail" />
      <h1>Powiadomienia e-mail</h1>
      <p>
        Wybierz, o czym chcesz dostawać wiadomość: o każdym nowym artykule, tylko o artykułach z wybranych kategorii, o nowych
        i zmienionych sesjach rady albo o głosowaniach rady. Jedna wiadomość na każdą publikację; każda zawiera link rezygnacji.
      </p>
      <SubscribeForm action={subscribeAction} categories={categories.docs.map((c) => ({ id: c.id, title: c.title }))} />
      <section aria-labelledby="alerts-privacy" className="privacy-note">
        <h2 id="alerts-privacy">Twoje dane (RODO)</h2>
        <ul>
          <li>
            <strong>Kto przechowuje dane:</strong> administratorem jest Gmina Konstancin-Jeziorna (Urząd Miasta i Gminy
            Konstancin-Jeziorna); dane kontaktowe są w stopce strony.
          </li>
          <li>
            <strong>Jakie dane i po co:</strong> tylko adres e-mail i wybrane tematy, wyłącznie po to, by wysyłać powiadomienia, na
            które się zgadzasz (art. 6 ust. 1 lit. a RODO). Adresu nie przekazujemy nikomu; w urzędzie widzą go tylko
            administratorzy portalu.
          </li>
          <li>
            <strong>Jak długo:</strong> do rezygnacji. Adres niepotwierdzony w ciągu {CONFIRMATION_HOURS} godzin usuwamy.
          </li>
          <li>
            <strong>Jak zrezygnować:</strong> link „Rezygnacja” w każdej wiadomości (albo przycisk rezygnacji w programie
            pocztowym) od razu usuwa adres. Masz też prawo dostępu do danych, ich usunięcia i skargi do Prezesa Urzędu Ochrony
            Danych Osobowych.
          </li>
        </ul>
      </section>
    </>
  )
}
