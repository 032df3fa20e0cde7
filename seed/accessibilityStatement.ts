import type { ArticleBlock } from './articleBlocks'

/**
 * The accessibility statement page, with the sections the statute asks for
 * (ustawa z dnia 4 kwietnia 2019 r. o dostępności cyfrowej). It states only what is
 * true of this portal; the office completes the dates and contacts in the admin.
 */
export const accessibilityStatement = {
  title: 'Deklaracja dostępności',
  slug: 'deklaracja-dostepnosci',
  blocks: [
    {
      type: 'paragraph',
      text: 'Gmina Konstancin-Jeziorna zobowiązuje się zapewnić dostępność swojego portalu informacyjnego zgodnie z ustawą z dnia 4 kwietnia 2019 r. o dostępności cyfrowej stron internetowych i aplikacji mobilnych podmiotów publicznych.',
    },
    { type: 'heading', text: 'Stan dostępności cyfrowej' },
    {
      type: 'paragraph',
      text: 'Portal jest projektowany tak, aby spełniał wymagania standardu WCAG 2.1 na poziomie AA: ma jeden główny obszar treści, odnośnik „Przejdź do treści”, tabele z podpisami i nagłówkami oraz daty i komunikaty w języku polskim.',
    },
    { type: 'heading', text: 'Informacje zwrotne i dane kontaktowe' },
    {
      type: 'paragraph',
      text: 'Problemy z dostępnością portalu prosimy zgłaszać do urzędu gminy; dane kontaktowe znajdują się w stopce każdej strony.',
    },
    { type: 'heading', text: 'Procedura wnioskowo-skargowa' },
    {
      type: 'paragraph',
      text: 'Każdy ma prawo wystąpić z żądaniem zapewnienia dostępności cyfrowej strony internetowej lub jej elementu albo zapewnienia dostępu alternatywnego. Żądanie powinno zawierać dane osoby zgłaszającej, wskazanie strony lub elementu oraz sposób kontaktu. Podmiot publiczny realizuje żądanie niezwłocznie, nie później niż w ciągu 7 dni; gdy nie jest to możliwe, informuje o terminie, który nie może być dłuższy niż 2 miesiące.',
    },
    {
      type: 'paragraph',
      text: 'Po wyczerpaniu tej procedury można złożyć wniosek do Rzecznika Praw Obywatelskich.',
    },
  ] satisfies ArticleBlock[],
}
