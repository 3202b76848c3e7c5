import type { Translation } from './en.js';

/**
 * Italian: bylines are lower case ("di Mario Rossi").
 * @internal
 */
export default {
  photo: 'Foto:',
  enlarge: 'Ingrandisci l’immagine',
  close: 'Chiudi',

  partner: 'In collaborazione con',
  sponsoredBy: 'Sponsorizzato da',
  paidBy: 'Contenuto pubblicitario di',
  about: 'Informazioni su questo contenuto',

  loading: 'Caricamento degli articoli…',
  loadFailed: 'Impossibile caricare gli articoli.',
  retry: 'Riprova',
  empty: 'Nessun articolo da mostrare.',

  updated: 'Aggiornato',

  sponsored: 'Sponsorizzato',

  byline: 'di {names}',
  additionalReporting: 'Con la collaborazione di {names}',
} satisfies Translation;
