/** Parts of the accessibility statement that are the same whatever the office states: what the portal offers, and the law's procedure. */

export function PortalFacilities() {
  return (
    <>
      <h2>Ułatwienia na portalu</h2>
      <ul>
        <li>odnośnik „Przejdź do treści” jako pierwszy element każdej strony, pomijający nagłówek i menu,</li>
        <li>jeden główny obszar treści, nagłówki porządkujące treść i ścieżka nawigacji (okruszki) na podstronach,</li>
        <li>wyniki głosowań w tabelach z podpisem i nagłówkami oraz na wykresie z opisem tekstowym,</li>
        <li>widoczne wyróżnienie elementu, na którym jest fokus klawiatury,</li>
        <li>wyszukiwarka, która nie wymaga wpisywania polskich znaków,</li>
        <li>układ dostosowany do ekranów telefonów od szerokości 320 pikseli (także ze zwiększonymi odstępami tekstu) i do powiększania tekstu,</li>
        <li>strony publiczne, także strona błędu 404, działają bez JavaScriptu w przeglądarce.</li>
      </ul>
    </>
  )
}

export function KeyboardShortcuts() {
  return (
    <>
      <h2>Skróty klawiaturowe</h2>
      <p>
        Portal nie definiuje własnych skrótów klawiaturowych. Można korzystać ze standardowych skrótów przeglądarki i czytnika
        ekranu: klawisz Tab przechodzi do kolejnego odnośnika lub pola, Shift+Tab do poprzedniego, Enter otwiera odnośnik.
        Pierwsze naciśnięcie klawisza Tab pokazuje odnośnik „Przejdź do treści”.
      </p>
    </>
  )
}

/** The request and complaint procedure of art. 18–19 of the act, as the model statement words it. */
export function ComplaintsProcedure() {
  return (
    <>
      <h2>Procedura wnioskowo-skargowa</h2>
      <p>
        Każdy ma prawo wystąpić z żądaniem zapewnienia dostępności cyfrowej strony internetowej lub jej elementu. Można także
        zażądać udostępnienia informacji za pomocą alternatywnego sposobu dostępu, na przykład przez odczytanie niedostępnego
        dokumentu, opisanie zawartości filmu bez audiodeskrypcji itp. Żądanie powinno zawierać dane osoby zgłaszającej żądanie,
        wskazanie, o którą stronę internetową lub element strony chodzi, oraz sposób kontaktu. Jeżeli osoba żądająca zgłasza
        potrzebę otrzymania informacji za pomocą alternatywnego sposobu dostępu, powinna także określić dogodny dla niej sposób
        przedstawienia tej informacji.
      </p>
      <p>
        Podmiot publiczny realizuje żądanie niezwłocznie, nie później niż w ciągu 7 dni od dnia wystąpienia z żądaniem. Jeżeli
        dotrzymanie tego terminu nie jest możliwe, niezwłocznie informuje o tym wnoszącego żądanie, o terminie realizacji
        żądania, przy czym termin ten nie może być dłuższy niż 2 miesiące od dnia wystąpienia z żądaniem. Jeżeli zapewnienie
        dostępności cyfrowej nie jest możliwe, podmiot publiczny może zaproponować alternatywny sposób dostępu do informacji.
      </p>
      <p>
        W przypadku, gdy podmiot publiczny odmówi realizacji żądania zapewnienia dostępności lub alternatywnego sposobu dostępu
        do informacji, wnoszący żądanie może złożyć skargę w sprawie zapewniania dostępności cyfrowej strony internetowej lub jej
        elementu. Po wyczerpaniu wskazanej wyżej procedury można także złożyć wniosek do Rzecznika Praw Obywatelskich.
      </p>
    </>
  )
}
