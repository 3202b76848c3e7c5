import type { Translation } from './en.js';

/**
 * Spanish.
 * @internal
 */
export default {
  photo: 'Foto:',
  creditVideo: 'Vídeo:',
  creditAudio: 'Audio:',
  enlarge: 'Ver imagen ampliada',
  close: 'Cerrar',

  partner: 'En colaboración con',
  sponsoredBy: 'Patrocinado por',
  paidBy: 'Contenido pagado por',
  about: 'Sobre este contenido',

  loading: 'Cargando noticias…',
  loadFailed: 'No se pudieron cargar las noticias.',
  retry: 'Reintentar',
  moreStories: 'Más noticias',
  moreFailed: 'No se pudieron cargar más noticias.',
  empty: 'No hay noticias que mostrar.',

  updated: 'Actualizado',
  corrected: 'Corregido',
  noticeCorrection: 'Corrección',
  noticeClarification: 'Aclaración',
  noticeUpdate: 'Actualización',
  noticeEditorsNote: 'Nota del editor',
  noticeAge: 'Este artículo tiene más de {age}',

  sponsored: 'Patrocinado',
  labelOpinion: 'Opinión',
  labelAnalysis: 'Análisis',
  labelBreaking: 'Última hora',
  labelPaid: 'Contenido pagado',
  mediaVideo: 'Vídeo',
  mediaAudio: 'Audio',
  mediaGallery: 'Galería',
  mediaPhoto: '{count} foto',
  mediaPhotos: '{count} fotos',
  mediaSpoken: '{kind}, {detail}',
  relatedStories: 'Noticias relacionadas',

  byline: 'Por {names}',
  additionalReporting: 'Con información de {names}',
  contents: 'Contenido',
  jumpTo: 'Ir a',

  share: 'Compartir',
  copyLink: 'Copiar enlace',
  linkCopied: 'Enlace copiado',
  liveNow: 'En directo',
  liveEnded: 'Finalizado',
  livePinned: 'Fijado',
  liveKeyEvent: 'Momento clave',
  liveKeyEvents: 'Momentos clave',
  liveOlderPosts: 'Entradas anteriores',
  liveNewerPosts: 'Entradas más recientes',
  liveNewUpdate: '{count} actualización nueva',
  liveNewUpdates: '{count} actualizaciones nuevas',
  listNewStory: '{count} noticia nueva',
  listNewStories: '{count} noticias nuevas',
  liveCopyLink: 'Copiar enlace a esta entrada',
  shareEmail: 'Correo',
  shareByEmail: 'Compartir por correo',
  shareOn: 'Compartir en {network}',

  readingTime: '{min} de lectura',

  embedContent: 'Contenido de {provider}',
  embedShares: 'Al cargarlo, compartes tus datos con {provider}.',
  embedPrivacy: 'Política de privacidad de {provider}',
  embedLoad: 'Cargar',
  embedAlways: 'Cargar siempre el contenido de {provider}',
  embedSkip: 'Saltar el contenido de {provider}',
  embedView: 'Ver en {provider}',
  galleryPrevious: 'Imagen anterior',
  galleryNext: 'Imagen siguiente',
  galleryPosition: '{index} de {total}',
} satisfies Translation;
