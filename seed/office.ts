/**
 * The office's published name and address, for the site settings (footer, accessibility
 * statement). Its phone, e-mail, BIP address and the statement's facts are left for the
 * administrator to give: nothing of that kind is invented here.
 */
export const OFFICE = {
  name: 'Urząd Miasta i Gminy Konstancin-Jeziorna',
  street: 'ul. Warszawska 32',
  postalCode: '05-520',
  town: 'Konstancin-Jeziorna',
}
