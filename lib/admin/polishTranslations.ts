/**
 * Corrections to Payload's Polish admin texts (merged over @payloadcms/translations by
 * `i18n.translations` in payload.config.ts).
 *
 * Payload builds many texts from a template and a collection's name ("Stwórz nowy {{label}}"),
 * which in Polish needs the name in another case and gender ("Stwórz nowy Artykuły",
 * "Tworzenie nowego Plik"). Here the name stands after a colon, where its basic form is
 * correct whatever the collection: "Nowy dokument: Artykuł", "Utworzono: Plik.".
 */
export const polishTranslations = {
  authentication: {
    emailOrUsername: 'Adres e-mail lub nazwa użytkownika',
    emailSent: 'Wysłano wiadomość e-mail',
    emailVerified: 'Adres e-mail został potwierdzony.',
    forgotPasswordEmailInstructions:
      'Podaj swój adres e-mail. Wyślemy na niego wiadomość z instrukcją, jak ustawić nowe hasło.',
    verifyYourEmail: 'Potwierdź swój adres e-mail',
  },
  error: {
    unableToDeleteCount: 'Nie można usunąć {{count}} z {{total}} (kolekcja: {{label}}).',
    unableToUpdateCount: 'Nie można zaktualizować {{count}} z {{total}} (kolekcja: {{label}}).',
  },
  fields: {
    addLabel: 'Dodaj: {{label}}',
    addNewLabel: 'Dodaj nowy element: {{label}}',
    chooseLabel: 'Wybierz: {{label}}',
    editLabelData: 'Edytuj dane: {{label}}',
    newLabel: 'Nowy element: {{label}}',
    selectExistingLabel: 'Wybierz spośród istniejących: {{label}}',
    uploadNewLabel: 'Prześlij nowy plik: {{label}}',
  },
  general: {
    aboutToDelete: 'Usuwasz dokument <1>{{title}}</1> ({{label}}). Czy na pewno?',
    aboutToDeleteCount_many: 'Usuwasz dokumenty ({{label}}): {{count}}',
    aboutToDeleteCount_one: 'Usuwasz dokumenty ({{label}}): {{count}}',
    aboutToDeleteCount_other: 'Usuwasz dokumenty ({{label}}): {{count}}',
    aboutToPermanentlyDelete: 'Usuwasz na stałe dokument <1>{{title}}</1> ({{label}}). Czy na pewno?',
    aboutToRestore: 'Przywracasz dokument <1>{{title}}</1> ({{label}}). Czy na pewno?',
    aboutToRestoreAsDraft: 'Przywracasz dokument <1>{{title}}</1> ({{label}}) jako szkic. Czy na pewno?',
    aboutToTrash: 'Przenosisz dokument <1>{{title}}</1> ({{label}}) do kosza. Czy na pewno?',
    createNewLabel: 'Nowy dokument: {{label}}',
    creatingNewLabel: 'Nowy dokument: {{label}}',
    deleteLabel: 'Usuń: {{label}}',
    deletedCountSuccessfully: 'Usunięto dokumenty ({{label}}): {{count}}.',
    editLabel: 'Edytuj: {{label}}',
    email: 'Adres e-mail',
    emailAddress: 'Adres e-mail',
    newLabel: 'Nowy dokument: {{label}}',
    noResults: 'Brak wyników ({{label}}): nic jeszcze nie dodano albo nic nie pasuje do wybranych filtrów.',
    restoredCountSuccessfully: 'Przywrócono dokumenty ({{label}}): {{count}}.',
    schedulePublishFor: 'Planowanie publikacji: {{title}}',
    searchBy: 'Szukaj: {{label}}',
    selectLabel: 'Wybierz: {{label}}',
    submitting: 'Zapisywanie…',
    successfullyCreated: 'Utworzono: {{label}}.',
    successfullyDuplicated: 'Zduplikowano: {{label}}.',
    updatedCountSuccessfully: 'Zaktualizowano dokumenty ({{label}}): {{count}}.',
    updatedLabelSuccessfully: 'Zaktualizowano: {{label}}.',
    time: 'Termin',
    timezone: 'Strefa czasowa',
  },
  lexical: {
    // Accessible names of the toolbar's dropdowns (read by a patched ToolbarDropdown, see scripts/patch-payload.mjs).
    toolbarDropdown: {
      add: 'Wstaw',
      align: 'Wyrównanie',
      text: 'Rodzaj akapitu',
    },
    // Tooltips of the editor's formatting buttons (read by a patched ToolbarButton, see patches/).
    toolbarButton: {
      bold: 'Pogrubienie',
      italic: 'Kursywa',
      underline: 'Podkreślenie',
      strikethrough: 'Przekreślenie',
      subscript: 'Indeks dolny',
      superscript: 'Indeks górny',
      inlineCode: 'Kod',
    },
  },
  validation: {
    emailAddress: 'Wpisz poprawny adres e-mail.',
  },
  version: {
    aboutToPublishSelection: 'Publikujesz wszystkie zaznaczone dokumenty ({{label}}). Czy na pewno?',
    // Restoring (scripts/patch-payload.mjs): a draft by default, publishing at once on request.
    aboutToRestore:
      'Treść z {{versionDate}} zostanie od razu opublikowana ({{label}}) i zastąpi wersję widoczną teraz w portalu.',
    aboutToRestoreVersionAsDraft:
      'Treść z {{versionDate}} zostanie zapisana jako nowy szkic ({{label}}). Wersja widoczna w portalu nie zmieni się, dopóki nie opublikujesz szkicu.',
    confirmVersionRestoration: 'Przywrócić tę wersję?',
    restoreThisVersion: 'Przywróć i opublikuj teraz',
    aboutToRevertToPublished: 'Zmiany w tym dokumencie zostaną cofnięte do wersji opublikowanej. Czy na pewno?',
    aboutToUnpublish: 'Dokument przestanie być widoczny w portalu. Czy na pewno cofnąć publikację?',
    aboutToUnpublishSelection: 'Cofasz publikację wszystkich zaznaczonych dokumentów ({{label}}). Czy na pewno?',
    lastSavedAgo: 'Od ostatniego zapisu: {{distance}}',
    noRowsFound: 'Nie znaleziono ({{label}})',
    noRowsSelected: 'Nic nie zaznaczono ({{label}})',
  },
}

/** The one text the restore fix adds that English lacks (the admin also speaks English). */
export const englishRestoreAsDraft =
  'The content of {{versionDate}} will be saved as a new draft ({{label}}). The published version stays until the draft is published.'
