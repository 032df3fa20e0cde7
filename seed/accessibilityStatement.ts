import type { ArticleBlock } from './articleBlocks'

/** Marks what only the office can state; the editor replaces it in the admin panel. */
export const TO_COMPLETE = '[Do uzupełnienia przez urząd'

/**
 * The accessibility statement, in the order of the model statement (ustawa z dnia
 * 4 kwietnia 2019 r. o dostępności cyfrowej stron internetowych i aplikacji mobilnych
 * podmiotów publicznych, and the Minister's model). It states only what is true of this
 * portal as built; dates, the status after an assessment, contacts and the building are
 * left as marked fields for the office to complete. No names, numbers or addresses are
 * invented here.
 */
export const accessibilityStatement = {
  title: 'Deklaracja dostępności',
  slug: 'deklaracja-dostepnosci',
  blocks: [
    {
      type: 'paragraph',
      text: 'Gmina Konstancin-Jeziorna zobowiązuje się zapewnić dostępność swojego portalu informacyjnego zgodnie z ustawą z dnia 4 kwietnia 2019 r. o dostępności cyfrowej stron internetowych i aplikacji mobilnych podmiotów publicznych. Deklaracja dostępności dotyczy portalu informacyjnego Gminy Konstancin-Jeziorna, na którym publikujemy aktualności, wyniki głosowań rady i informacje o organizacjach.',
    },
    {
      type: 'list',
      items: [
        `Data publikacji strony internetowej: ${TO_COMPLETE}: data uruchomienia portalu].`,
        `Data ostatniej istotnej aktualizacji: ${TO_COMPLETE}: data].`,
      ],
    },
    { type: 'heading', text: 'Status pod względem zgodności z ustawą' },
    {
      type: 'paragraph',
      text: `${TO_COMPLETE}: „Strona internetowa jest zgodna”, „częściowo zgodna” albo „niezgodna” z ustawą o dostępności cyfrowej – według wyniku oceny wskazanej niżej; przy częściowej zgodności lub niezgodności wymień treści niedostępne i przyczyny.]`,
    },
    {
      type: 'paragraph',
      text: 'Portal zbudowano według standardu WCAG 2.1 na poziomie AA. Każdy rodzaj strony publicznej (strona główna, listy i strony aktualności, kategorie, głosowania, organizacje, wyszukiwarka, strony informacyjne i strona błędu 404) jest przy każdej zmianie oprogramowania sprawdzany automatycznie narzędziem axe pod kątem kryteriów WCAG 2.1 A i AA. Test automatyczny nie zastępuje oceny przez człowieka.',
    },
    {
      type: 'paragraph',
      text: 'Dokumenty dołączane do głosowań (uchwały, protokoły) i nagrania sesji mogą pochodzić z innych systemów urzędu; ich dostępność zależy od tych systemów i nie jest sprawdzana przez portal.',
    },
    { type: 'heading', text: 'Data sporządzenia deklaracji' },
    {
      type: 'list',
      items: [
        `Deklarację sporządzono dnia: ${TO_COMPLETE}: data].`,
        `Deklarację sporządzono na podstawie: ${TO_COMPLETE}: samooceny przeprowadzonej przez podmiot publiczny albo badania przez podmiot zewnętrzny, z jego nazwą].`,
        `Deklarację ostatnio poddano przeglądowi i aktualizacji dnia: ${TO_COMPLETE}: data].`,
      ],
    },
    { type: 'heading', text: 'Ułatwienia na portalu' },
    {
      type: 'list',
      items: [
        'odnośnik „Przejdź do treści” jako pierwszy element każdej strony, pomijający nagłówek i menu,',
        'jeden główny obszar treści, nagłówki porządkujące treść i ścieżka nawigacji (okruszki) na podstronach,',
        'wyniki głosowań w tabelach z podpisem i nagłówkami oraz na wykresie z opisem tekstowym,',
        'widoczne wyróżnienie elementu, na którym jest fokus klawiatury,',
        'wyszukiwarka, która nie wymaga wpisywania polskich znaków,',
        'układ dostosowany do ekranów telefonów od szerokości 320 pikseli (także ze zwiększonymi odstępami tekstu) i do powiększania tekstu,',
        'strony publiczne działają bez JavaScriptu w przeglądarce.',
      ],
    },
    { type: 'heading', text: 'Skróty klawiaturowe' },
    {
      type: 'paragraph',
      text: 'Portal nie definiuje własnych skrótów klawiaturowych. Można korzystać ze standardowych skrótów przeglądarki i czytnika ekranu: klawisz Tab przechodzi do kolejnego odnośnika lub pola, Shift+Tab do poprzedniego, Enter otwiera odnośnik. Pierwsze naciśnięcie klawisza Tab pokazuje odnośnik „Przejdź do treści”.',
    },
    { type: 'heading', text: 'Informacje zwrotne i dane kontaktowe' },
    {
      type: 'paragraph',
      text: 'W przypadku problemów z dostępnością portalu prosimy o kontakt. Dane kontaktowe urzędu gminy są podane w stopce każdej strony portalu i w Biuletynie Informacji Publicznej urzędu. Tą samą drogą można składać wnioski o udostępnienie informacji niedostępnej oraz żądania zapewnienia dostępności.',
    },
    {
      type: 'list',
      items: [
        `Osoba odpowiedzialna (koordynator do spraw dostępności): ${TO_COMPLETE}: imię i nazwisko].`,
        `Adres poczty elektronicznej: ${TO_COMPLETE}: adres e-mail].`,
        `Numer telefonu: ${TO_COMPLETE}: numer telefonu].`,
      ],
    },
    { type: 'heading', text: 'Procedura wnioskowo-skargowa' },
    {
      type: 'paragraph',
      text: 'Każdy ma prawo wystąpić z żądaniem zapewnienia dostępności cyfrowej strony internetowej lub jej elementu. Można także zażądać udostępnienia informacji za pomocą alternatywnego sposobu dostępu, na przykład przez odczytanie niedostępnego dokumentu, opisanie zawartości filmu bez audiodeskrypcji itp. Żądanie powinno zawierać dane osoby zgłaszającej żądanie, wskazanie, o którą stronę internetową lub element strony chodzi, oraz sposób kontaktu. Jeżeli osoba żądająca zgłasza potrzebę otrzymania informacji za pomocą alternatywnego sposobu dostępu, powinna także określić dogodny dla niej sposób przedstawienia tej informacji.',
    },
    {
      type: 'paragraph',
      text: 'Podmiot publiczny realizuje żądanie niezwłocznie, nie później niż w ciągu 7 dni od dnia wystąpienia z żądaniem. Jeżeli dotrzymanie tego terminu nie jest możliwe, niezwłocznie informuje o tym wnoszącego żądanie, o terminie realizacji żądania, przy czym termin ten nie może być dłuższy niż 2 miesiące od dnia wystąpienia z żądaniem. Jeżeli zapewnienie dostępności cyfrowej nie jest możliwe, podmiot publiczny może zaproponować alternatywny sposób dostępu do informacji.',
    },
    {
      type: 'paragraph',
      text: 'W przypadku, gdy podmiot publiczny odmówi realizacji żądania zapewnienia dostępności lub alternatywnego sposobu dostępu do informacji, wnoszący żądanie może złożyć skargę w sprawie zapewniania dostępności cyfrowej strony internetowej lub jej elementu. Po wyczerpaniu wskazanej wyżej procedury można także złożyć wniosek do Rzecznika Praw Obywatelskich.',
    },
    { type: 'heading', text: 'Dostępność architektoniczna' },
    {
      type: 'paragraph',
      text: `${TO_COMPLETE}: opis dostępności budynku urzędu gminy – wejścia i podjazdy, windy, toalety, miejsca parkingowe dla osób z niepełnosprawnościami, możliwość wejścia z psem asystującym, pętle indukcyjne, obsługa w polskim języku migowym.]`,
    },
    { type: 'heading', text: 'Aplikacje mobilne' },
    {
      type: 'paragraph',
      text: 'Portal nie ma aplikacji mobilnej; na telefonie działa w przeglądarce internetowej.',
    },
  ] satisfies ArticleBlock[],
}
