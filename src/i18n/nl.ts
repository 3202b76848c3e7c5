import type { Translation } from './en.js';

/**
 * Dutch.
 * @internal
 */
export default {
  photo: 'Foto:',
  enlarge: 'Afbeelding vergroten',
  close: 'Sluiten',

  partner: 'In samenwerking met',
  sponsoredBy: 'Gesponsord door',
  paidBy: 'Betaalde inhoud van',
  about: 'Over deze inhoud',

  loading: 'Artikelen worden geladen…',
  loadFailed: 'De artikelen konden niet worden geladen.',
  retry: 'Opnieuw proberen',
  empty: 'Geen artikelen om te tonen.',

  updated: 'Bijgewerkt',

  sponsored: 'Gesponsord',

  byline: 'Door {names}',
  additionalReporting: 'Met medewerking van {names}',
} satisfies Translation;
