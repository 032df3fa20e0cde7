/** Shown above a draft in preview: what the editor is looking at, and the way out. */
export function PreviewBanner({ path }: { path: string }) {
  return (
    <div className="preview-banner" role="status">
      <p>
        <strong>Podgląd szkicu.</strong> Tak będzie wyglądać ta strona po publikacji; czytelnicy widzą wersję
        opublikowaną.{' '}
        <a href={`/podglad/koniec?sciezka=${encodeURIComponent(path)}`}>Zakończ podgląd</a>
      </p>
    </div>
  )
}
