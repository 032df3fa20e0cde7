/** The alert pages' addresses, absolute (they go into e-mails). */
export const alertLinks = {
  form: (site: string) => `${site}/powiadomienia`,
  confirm: (site: string, token: string) => `${site}/powiadomienia/potwierdz?token=${encodeURIComponent(token)}`,
  unsubscribe: (site: string, token: string) => `${site}/powiadomienia/wypisz?token=${encodeURIComponent(token)}`,
  /** RFC 8058 one-click target (List-Unsubscribe): a POST unsubscribes, a GET leads to the page above. */
  oneClick: (site: string, token: string) => `${site}/api/powiadomienia/wypisz?token=${encodeURIComponent(token)}`,
}
