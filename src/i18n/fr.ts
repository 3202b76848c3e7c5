import type { Translation } from './en.js';

/**
 * French.
 * @internal
 */
export default {
  photo: 'Photo :',
  enlarge: 'Agrandir l’image',
  close: 'Fermer',

  partner: 'En partenariat avec',
  sponsoredBy: 'Sponsorisé par',
  paidBy: 'Contenu payé par',
  about: 'À propos de ce contenu',

  loading: 'Chargement des articles…',
  loadFailed: 'Impossible de charger les articles.',
  retry: 'Réessayer',
  empty: 'Aucun article à afficher.',

  updated: 'Mis à jour',

  sponsored: 'Sponsorisé',

  byline: 'Par {names}',
  additionalReporting: 'Avec {names}',
} satisfies Translation;
