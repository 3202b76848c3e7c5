import type { Translation } from './en.js';

/**
 * Hebrew. Only the dateline speaks Hebrew so far: the other keys fall back to English.
 * @internal
 */
export const he = {
  updated: 'עודכן',
} satisfies Partial<Translation>;
