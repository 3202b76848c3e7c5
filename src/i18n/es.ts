import type { Translation } from './en.js';

/**
 * Spanish.
 * @internal
 */
export const es = {
  photoCredit: 'Foto:',
  viewLarger: 'Ver imagen ampliada',
  close: 'Cerrar',

  inPartnershipWith: 'En colaboración con',
  sponsoredBy: 'Patrocinado por',
  paidContentBy: 'Contenido pagado por',
  aboutThisContent: 'Sobre este contenido',

  loadingStories: 'Cargando noticias…',
  couldNotLoadStories: 'No se pudieron cargar las noticias.',
  tryAgain: 'Reintentar',
  noStories: 'No hay noticias que mostrar.',

  updated: 'Actualizado',

  sponsored: 'Patrocinado',

  byline: 'Por {names}',
} satisfies Translation;
