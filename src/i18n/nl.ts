import type { Translation } from './en.js';

/**
 * Dutch.
 * @internal
 */
export default {
  photo: 'Foto:',
  creditVideo: 'Video:',
  creditAudio: 'Audio:',
  enlarge: 'Afbeelding vergroten',
  close: 'Sluiten',

  partner: 'In samenwerking met',
  sponsoredBy: 'Gesponsord door',
  paidBy: 'Betaalde inhoud van',
  about: 'Over deze inhoud',

  loading: 'Artikelen worden geladen…',
  loadFailed: 'De artikelen konden niet worden geladen.',
  retry: 'Opnieuw proberen',
  moreStories: 'Meer verhalen',
  moreFailed: 'Meer verhalen konden niet worden geladen.',
  empty: 'Geen artikelen om te tonen.',

  updated: 'Bijgewerkt',
  corrected: 'Gecorrigeerd',
  noticeCorrection: 'Correctie',
  noticeClarification: 'Verduidelijking',
  noticeUpdate: 'Actualisering',
  noticeEditorsNote: 'Noot van de redactie',
  noticeAge: 'Dit artikel is meer dan {age} oud',

  sponsored: 'Gesponsord',
  labelOpinion: 'Opinie',
  labelAnalysis: 'Analyse',
  labelBreaking: 'Breaking',
  labelPaid: 'Betaalde content',
  mediaVideo: 'Video',
  mediaAudio: 'Audio',
  mediaGallery: 'Fotoserie',
  mediaPhoto: '{count} foto',
  mediaPhotos: '{count} foto’s',
  mediaSpoken: '{kind}, {detail}',
  relatedStories: 'Meer over dit onderwerp',

  byline: 'Door {names}',
  additionalReporting: 'Met medewerking van {names}',
  contents: 'Inhoud',
  jumpTo: 'Ga naar',

  share: 'Delen',
  copyLink: 'Link kopiëren',
  linkCopied: 'Link gekopieerd',
  liveNow: 'Live',
  liveEnded: 'Afgelopen',
  livePinned: 'Vastgezet',
  liveKeyEvent: 'Belangrijke gebeurtenis',
  liveKeyEvents: 'Belangrijke gebeurtenissen',
  liveOlderPosts: 'Oudere berichten',
  liveNewerPosts: 'Nieuwere berichten',
  liveNewUpdate: '{count} nieuwe update',
  liveNewUpdates: '{count} nieuwe updates',
  listNewStory: '{count} nieuw verhaal',
  listNewStories: '{count} nieuwe verhalen',
  liveCopyLink: 'Link kopiëren van dit bericht',
  shareEmail: 'E-mail',
  shareByEmail: 'Delen via e-mail',
  shareOn: 'Delen op {network}',

  readingTime: '{min} leestijd',

  embedContent: 'Inhoud van {provider}',
  embedShares: 'Bij het laden worden je gegevens gedeeld met {provider}.',
  embedPrivacy: 'Privacybeleid van {provider}',
  embedLoad: 'Laden',
  embedAlways: 'Inhoud van {provider} altijd laden',
  embedSkip: 'Inhoud van {provider} overslaan',
  embedView: 'Bekijken op {provider}',
  galleryPrevious: 'Vorige afbeelding',
  galleryNext: 'Volgende afbeelding',
  galleryPosition: '{index} van {total}',
} satisfies Translation;
