/**
 * Lit with its hydration support (lit-support.ts) for the island loader, with the labels a page
 * gave the loader before Lit came.
 */
import './lit-support.js';
import { PENDING_TRANSLATIONS, type PendingTranslations } from '../internal/island-keys.js';

// The labels the page gave the loader's `registerTranslations` before Lit came, and those it
// gives later, as it gives them (the loader pushes into what it finds). Only a page that gives some
// asks for the translations' module here; its elements have it by then, or will (a page rendered
// by the server with the same labels shows them until then).
const keep = globalThis as { [PENDING_TRANSLATIONS]?: Pick<PendingTranslations, 'push'> };
const register = (calls: PendingTranslations) =>
  void import('../internal/translate.js').then(({ registerTranslations }) => {
    for (const call of calls) registerTranslations(...call);
  });
const given = keep[PENDING_TRANSLATIONS] as PendingTranslations | undefined;
if (given?.length) register(given);
keep[PENDING_TRANSLATIONS] = { push: (...calls) => (register(calls), 0) };
