import type { Payload, TypedUser } from 'payload'

import { isEditor } from '@/access'
import { followerCounts } from '@/lib/alerts/followerCounts'

type Props = { payload: Payload; user: TypedUser | null }

/** Dashboard box for editors: how many people follow each kind of item by e-mail (counts only, no addresses). */
export async function AlertFollowers({ payload, user }: Props) {
  if (!isEditor(user)) return null
  const counts = await followerCounts(payload)
  return (
    <section className="alert-followers" aria-labelledby="alert-followers-heading" style={{ marginTop: '2rem' }}>
      <h2 id="alert-followers-heading">Powiadomienia e-mail: obserwujący</h2>
      <table>
        <caption>Liczba potwierdzonych adresów, które otrzymują powiadomienia o danym rodzaju treści</caption>
        <thead>
          <tr>
            <th scope="col">Temat</th>
            <th scope="col">Obserwujący</th>
          </tr>
        </thead>
        <tbody>
          {counts.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              <td>{row.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
