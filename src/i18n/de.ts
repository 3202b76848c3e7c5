import type { Translation } from './en.js';

/**
 * German.
 * @internal
 */
export default {
  photo: 'Foto:',
  enlarge: 'Größer anzeigen',
  close: 'Schließen',

  partner: 'In Partnerschaft mit',
  sponsoredBy: 'Gesponsert von',
  paidBy: 'Bezahlter Inhalt von',
  about: 'Über diesen Inhalt',

  loading: 'Artikel werden geladen …',
  loadFailed: 'Die Artikel konnten nicht geladen werden.',
  retry: 'Erneut versuchen',
  empty: 'Keine Artikel vorhanden.',

  updated: 'Aktualisiert',

  sponsored: 'Anzeige',

  byline: 'Von {names}',
  additionalReporting: 'Mitarbeit: {names}',
} satisfies Translation;
