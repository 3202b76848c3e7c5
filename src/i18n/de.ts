import type { Translation } from './en.js';

/**
 * German.
 * @internal
 */
export const de = {
  photoCredit: 'Foto:',
  viewLarger: 'Größer anzeigen',
  close: 'Schließen',

  inPartnershipWith: 'In Partnerschaft mit',
  sponsoredBy: 'Gesponsert von',
  paidContentBy: 'Bezahlter Inhalt von',
  aboutThisContent: 'Über diesen Inhalt',

  loadingStories: 'Artikel werden geladen …',
  couldNotLoadStories: 'Die Artikel konnten nicht geladen werden.',
  tryAgain: 'Erneut versuchen',
  noStories: 'Keine Artikel vorhanden.',

  updated: 'Aktualisiert',

  sponsored: 'Anzeige',

  byline: 'Von {names}',
} satisfies Translation;
