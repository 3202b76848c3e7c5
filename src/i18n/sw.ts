import type { Translation } from './en.js';

/**
 * Swahili.
 * @internal
 */
export default {
  photo: 'Picha:',
  enlarge: 'Tazama picha kubwa',
  close: 'Funga',

  partner: 'Kwa ushirikiano na',
  sponsoredBy: 'Imedhaminiwa na',
  paidBy: 'Maudhui yaliyolipiwa na',
  about: 'Kuhusu maudhui haya',

  loading: 'Inapakia habari…',
  loadFailed: 'Imeshindwa kupakia habari.',
  retry: 'Jaribu tena',
  empty: 'Hakuna habari za kuonyesha.',

  updated: 'Imesasishwa',

  sponsored: 'Imedhaminiwa',

  byline: 'Na {names}',
  additionalReporting: 'Ripoti ya ziada: {names}',
} satisfies Translation;
