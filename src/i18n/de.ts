import type { Translation } from './en.js';

/**
 * German.
 * @internal
 */
export default {
  photo: 'Foto:',
  creditVideo: 'Video:',
  creditAudio: 'Audio:',
  enlarge: 'Größer anzeigen',
  close: 'Schließen',

  partner: 'In Partnerschaft mit',
  sponsoredBy: 'Gesponsert von',
  paidBy: 'Bezahlter Inhalt von',
  about: 'Über diesen Inhalt',

  loading: 'Artikel werden geladen …',
  loadFailed: 'Die Artikel konnten nicht geladen werden.',
  retry: 'Erneut versuchen',
  moreStories: 'Weitere Artikel',
  moreFailed: 'Weitere Artikel konnten nicht geladen werden.',
  empty: 'Keine Artikel vorhanden.',

  updated: 'Aktualisiert',
  corrected: 'Korrigiert',
  noticeCorrection: 'Korrektur',
  noticeClarification: 'Klarstellung',
  noticeUpdate: 'Aktualisierung',
  noticeEditorsNote: 'Anmerkung der Redaktion',
  noticeAge: 'Dieser Artikel ist mehr als {age} alt',

  sponsored: 'Anzeige',
  labelOpinion: 'Meinung',
  labelAnalysis: 'Analyse',
  labelBreaking: 'Eilmeldung',
  labelPaid: 'Bezahlter Inhalt',
  mediaVideo: 'Video',
  mediaAudio: 'Audio',
  mediaGallery: 'Bildergalerie',
  mediaPhoto: '{count} Foto',
  mediaPhotos: '{count} Fotos',
  mediaSpoken: '{kind}, {detail}',
  relatedStories: 'Mehr zum Thema',

  byline: 'Von {names}',
  additionalReporting: 'Mitarbeit: {names}',
  contents: 'Inhalt',
  jumpTo: 'Direkt zu',

  share: 'Teilen',
  copyLink: 'Link kopieren',
  linkCopied: 'Link kopiert',
  liveNow: 'Live',
  liveEnded: 'Beendet',
  livePinned: 'Angeheftet',
  liveKeyEvent: 'Wichtiges Ereignis',
  liveKeyEvents: 'Wichtige Ereignisse',
  liveOlderPosts: 'Ältere Beiträge',
  liveNewerPosts: 'Neuere Beiträge',
  liveNewUpdate: '{count} neues Update',
  liveNewUpdates: '{count} neue Updates',
  listNewStory: '{count} neue Meldung',
  listNewStories: '{count} neue Meldungen',
  liveCopyLink: 'Link kopieren – zu diesem Beitrag',
  shareEmail: 'E-Mail',
  shareByEmail: 'Per E-Mail teilen',
  shareOn: 'Auf {network} teilen',

  readingTime: '{min} Lesezeit',

  embedContent: '{provider}-Inhalt',
  embedShares: 'Beim Laden werden Ihre Daten an {provider} übermittelt.',
  embedPrivacy: 'Datenschutzerklärung von {provider}',
  embedLoad: 'Laden',
  embedAlways: '{provider}-Inhalte immer laden',
  embedSkip: '{provider}-Inhalt überspringen',
  embedView: 'Auf {provider} ansehen',
  galleryPrevious: 'Vorheriges Bild',
  galleryNext: 'Nächstes Bild',
  galleryPosition: '{index} von {total}',
} satisfies Translation;
