import type { Translation } from './en.js';

/**
 * Italian: bylines are lower case ("di Mario Rossi").
 * @internal
 */
export default {
  photo: 'Foto:',
  creditVideo: 'Video:',
  creditAudio: 'Audio:',
  enlarge: 'Ingrandisci l’immagine',
  close: 'Chiudi',

  partner: 'In collaborazione con',
  sponsoredBy: 'Sponsorizzato da',
  paidBy: 'Contenuto pubblicitario di',
  about: 'Informazioni su questo contenuto',

  loading: 'Caricamento degli articoli…',
  loadFailed: 'Impossibile caricare gli articoli.',
  retry: 'Riprova',
  moreStories: 'Altre notizie',
  moreFailed: 'Impossibile caricare altre notizie.',
  empty: 'Nessun articolo da mostrare.',

  updated: 'Aggiornato',
  corrected: 'Corretto',
  noticeCorrection: 'Rettifica',
  noticeClarification: 'Precisazione',
  noticeUpdate: 'Aggiornamento',
  noticeEditorsNote: 'Nota della redazione',
  noticeAge: 'Questo articolo ha più di {age}',

  sponsored: 'Sponsorizzato',
  labelOpinion: 'Opinione',
  labelAnalysis: 'Analisi',
  labelBreaking: 'Ultim’ora',
  labelPaid: 'Contenuto pubblicitario',
  mediaVideo: 'Video',
  mediaAudio: 'Audio',
  mediaGallery: 'Galleria',
  mediaPhoto: '{count} foto',
  mediaPhotos: '{count} foto',
  mediaSpoken: '{kind}, {detail}',
  relatedStories: 'Articoli correlati',

  byline: 'di {names}',
  additionalReporting: 'Con la collaborazione di {names}',
  contents: 'Indice',
  jumpTo: 'Vai a',

  share: 'Condividi',
  copyLink: 'Copia link',
  linkCopied: 'Link copiato',
  liveNow: 'Diretta',
  liveEnded: 'Terminata',
  livePinned: 'In evidenza',
  liveKeyEvent: 'Momento chiave',
  liveKeyEvents: 'Momenti chiave',
  liveOlderPosts: 'Post precedenti',
  liveNewerPosts: 'Post più recenti',
  liveNewUpdate: '{count} nuovo aggiornamento',
  liveNewUpdates: '{count} nuovi aggiornamenti',
  listNewStory: '{count} nuovo articolo',
  listNewStories: '{count} nuovi articoli',
  liveCopyLink: 'Copia link a questo post',
  shareEmail: 'E-mail',
  shareByEmail: 'Condividi via e-mail',
  shareOn: 'Condividi su {network}',

  readingTime: '{min} di lettura',

  embedContent: 'Contenuto di {provider}',
  embedShares: 'Caricandolo condividi i tuoi dati con {provider}.',
  embedPrivacy: 'Informativa sulla privacy di {provider}',
  embedLoad: 'Carica',
  embedAlways: 'Carica sempre i contenuti di {provider}',
  embedSkip: 'Salta il contenuto di {provider}',
  embedView: 'Guarda su {provider}',
  galleryPrevious: 'Immagine precedente',
  galleryNext: 'Immagine successiva',
  galleryPosition: '{index} di {total}',
} satisfies Translation;
