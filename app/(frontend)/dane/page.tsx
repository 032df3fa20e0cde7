import type { Metadata } from 'next'

import { pageMetadata } from '@/lib/metadata'
import { OPEN_DATA_LICENCE } from '@/lib/openData/licence'
import { paths } from '@/lib/routes'

export const metadata: Metadata = pageMetadata({
  title: 'Otwarte dane',
  description: 'Głosowania rady, sesje i organizacje w plikach JSON i CSV do ponownego wykorzystania.',
  path: paths.openData(),
})

const FILES = [
  {
    href: '/dane/glosowania.json',
    name: 'Głosowania rady (JSON)',
    about:
      'Każde opublikowane głosowanie: organ (organization_id), data (start_date; RRRR-MM, gdy znany jest tylko miesiąc), przedmiot (motion.text), wynik (result: pass – przyjęte, fail – odrzucone), liczba głosów (counts: yes – za, no – przeciw, abstain – wstrzymało się, absent – nieobecni) i imienny wykaz (votes: voter_id i option), gdy go dołączono; radni z wykazów w persons.',
  },
  {
    href: '/dane/glosowania.csv',
    name: 'Głosowania rady (CSV)',
    about:
      'Te same głosowania, jedno w wierszu, z nagłówkiem; kodowanie UTF-8 ze znacznikiem BOM, więc Excel pokazuje polskie litery. Imienne wykazy są tylko w pliku JSON.',
  },
  {
    href: '/dane/sesje.json',
    name: 'Sesje rady (JSON)',
    about:
      'Sesje rady i posiedzenia komisji jako wydarzenia Popolo (events): organ (organization_id), początek (start_date; RRRR-MM, gdy znany jest tylko miesiąc, RRRR-MM-DD, gdy znany jest dzień, albo data i godzina czasu warszawskiego), miejsce (location), stan (status: planned – zaplanowana, held – odbyła się, cancelled – odwołana, moved – przeniesiona) i porządek obrad (agenda: tytuł, numer uchwały, głosowanie vote_event_id z pliku głosowań, dokumenty PDF). Te same terminy dla aplikacji kalendarza: /sesje.ics.',
  },
  {
    href: '/dane/organizacje.json',
    name: 'Organizacje i członkostwa (JSON)',
    about:
      'Gmina, jej organy i organizacje, do których należy (organizations), oraz członkostwa (memberships): członek (member), organizacja (organization_id), rola (role), początek i koniec (start_date, end_date).',
  },
]

/** What the open-data files hold and under what terms they may be reused. */
export default function OpenDataPage() {
  return (
    <article className="page">
      <h1>Otwarte dane</h1>
      <p>
        Głosowania Rady Miejskiej i organizacje opisane w portalu udostępniamy w plikach do pobrania i dalszego
        wykorzystania. Pliki tworzą się na bieżąco z danych portalu i zawierają tylko treści opublikowane. Nazwy pól
        pochodzą ze słownika <a href="https://www.popoloproject.com/specs/">Popolo</a>, używanego do opisu danych o
        organach przedstawicielskich.
      </p>
      <h2>Pliki</h2>
      <ul className="open-data-files">
        {FILES.map((file) => (
          <li key={file.href}>
            <h3>
              <a href={file.href}>{file.name}</a>
            </h3>
            <p>{file.about}</p>
          </li>
        ))}
      </ul>
      <h2>Licencja</h2>
      <p>
        Dane udostępniamy na licencji <a href={OPEN_DATA_LICENCE.url}>{OPEN_DATA_LICENCE.name}</a>: można je kopiować,
        przetwarzać i publikować, także w celach komercyjnych, podając jako źródło Gminę Konstancin-Jeziorna i adres
        tej strony. Informacja o licencji jest też w polu meta.licence każdego pliku JSON.
      </p>
      <h2>Jak korzystać</h2>
      <p>
        Identyfikatory (id) są stałe: organization_id i voter_id wskazują rekordy z tych samych plików. Pole url
        prowadzi do strony głosowania lub organizacji w portalu. Pliki można pobierać z innych serwisów (nagłówek
        Access-Control-Allow-Origin).
      </p>
    </article>
  )
}
