import type { Translation } from './en.js';

/**
 * French.
 * @internal
 */
export const fr = {
  photoCredit: 'Photo :',
  viewLarger: 'Agrandir l’image',
  close: 'Fermer',

  inPartnershipWith: 'En partenariat avec',
  sponsoredBy: 'Sponsorisé par',
  paidContentBy: 'Contenu payé par',
  aboutThisContent: 'À propos de ce contenu',

  loadingStories: 'Chargement des articles…',
  couldNotLoadStories: 'Impossible de charger les articles.',
  tryAgain: 'Réessayer',
  noStories: 'Aucun article à afficher.',

  updated: 'Mis à jour',

  sponsored: 'Sponsorisé',

  byline: 'Par {names}',
} satisfies Translation;
