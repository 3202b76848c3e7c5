import type { Translation } from './en.js';

/**
 * French.
 * @internal
 */
export default {
  photo: 'Photo :',
  creditVideo: 'Vidéo :',
  creditAudio: 'Audio :',
  enlarge: 'Agrandir l’image',
  close: 'Fermer',

  partner: 'En partenariat avec',
  sponsoredBy: 'Sponsorisé par',
  paidBy: 'Contenu payé par',
  about: 'À propos de ce contenu',

  loading: 'Chargement des articles…',
  loadFailed: 'Impossible de charger les articles.',
  retry: 'Réessayer',
  moreStories: 'Plus d’articles',
  moreFailed: 'Impossible de charger plus d’articles.',
  empty: 'Aucun article à afficher.',

  updated: 'Mis à jour',
  corrected: 'Corrigé',
  noticeCorrection: 'Rectificatif',
  noticeClarification: 'Précision',
  noticeUpdate: 'Mise à jour',
  noticeEditorsNote: 'Note de la rédaction',
  noticeAge: 'Cet article date de plus de {age}',

  sponsored: 'Sponsorisé',
  labelOpinion: 'Opinion',
  labelAnalysis: 'Analyse',
  labelBreaking: 'Urgent',
  labelPaid: 'Contenu publicitaire',
  mediaVideo: 'Vidéo',
  mediaAudio: 'Audio',
  mediaGallery: 'Galerie',
  mediaPhoto: '{count} photo',
  mediaPhotos: '{count} photos',
  mediaSpoken: '{kind}, {detail}',
  relatedStories: 'Sur le même sujet',

  byline: 'Par {names}',
  additionalReporting: 'Avec {names}',
  contents: 'Sommaire',
  jumpTo: 'Aller à',

  share: 'Partager',
  copyLink: 'Copier le lien',
  linkCopied: 'Lien copié',
  liveNow: 'En direct',
  liveEnded: 'Terminé',
  livePinned: 'Épinglé',
  liveKeyEvent: 'Moment clé',
  liveKeyEvents: 'Moments clés',
  liveOlderPosts: 'Messages précédents',
  liveNewerPosts: 'Messages plus récents',
  liveNewUpdate: '{count} nouvelle mise à jour',
  liveNewUpdates: '{count} nouvelles mises à jour',
  listNewStory: '{count} nouvel article',
  listNewStories: '{count} nouveaux articles',
  liveCopyLink: 'Copier le lien de ce message',
  shareEmail: 'E-mail',
  shareByEmail: 'Partager par e-mail',
  shareOn: 'Partager sur {network}',

  readingTime: '{min} de lecture',

  embedContent: 'Contenu {provider}',
  embedShares: 'Le charger partage vos données avec {provider}.',
  embedPrivacy: 'Politique de confidentialité de {provider}',
  embedLoad: 'Charger',
  embedAlways: 'Toujours charger les contenus {provider}',
  embedSkip: 'Passer le contenu {provider}',
  embedView: 'Voir sur {provider}',
  galleryPrevious: 'Image précédente',
  galleryNext: 'Image suivante',
  galleryPosition: '{index} sur {total}',
} satisfies Translation;
