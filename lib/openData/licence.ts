/**
 * The licence under which the portal publishes its open data. A placeholder until the
 * municipality confirms it: change it here and the /dane page and every file follow.
 */
export const OPEN_DATA_LICENCE = {
  name: 'Creative Commons Uznanie autorstwa 4.0 (CC BY 4.0)',
  url: 'https://creativecommons.org/licenses/by/4.0/deed.pl',
} as const
