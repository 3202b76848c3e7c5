import type { Translation } from './en.js';

/**
 * Spanish.
 * @internal
 */
export default {
  photo: 'Foto:',
  enlarge: 'Ver imagen ampliada',
  close: 'Cerrar',

  partner: 'En colaboración con',
  sponsoredBy: 'Patrocinado por',
  paidBy: 'Contenido pagado por',
  about: 'Sobre este contenido',

  loading: 'Cargando noticias…',
  loadFailed: 'No se pudieron cargar las noticias.',
  retry: 'Reintentar',
  empty: 'No hay noticias que mostrar.',

  updated: 'Actualizado',

  sponsored: 'Patrocinado',

  byline: 'Por {names}',
  additionalReporting: 'Con información de {names}',
} satisfies Translation;
