'use client'

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <div className="not-found">
      <h1>Przepraszamy, wystąpił błąd</h1>
      <p>Nie udało się wyświetlić tej strony. Spróbuj ponownie za chwilę.</p>
      <button type="button" onClick={() => reset()}>
        Spróbuj ponownie
      </button>
    </div>
  )
}
