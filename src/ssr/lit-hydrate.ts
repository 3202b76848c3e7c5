/**
 * Lit with its hydration support, for the island loader, so that an element takes over its
 * server-rendered shadow root instead of rendering again. The support must reach Lit's element
 * class before any element class is defined: imported before Lit it is called by Lit itself; in a
 * bundle, where Lit may share a chunk that runs first, it is handed the class here (the support
 * gives LitElement its own `observedAttributes`, which says it has been applied).
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { LitElement } from 'lit';
import { PENDING_TRANSLATIONS, type PendingTranslations } from '../internal/island-keys.js';

type Support = (lit: { LitElement: typeof LitElement }) => void;
const support = (globalThis as { litElementHydrateSupport?: Support }).litElementHydrateSupport;
if (!Object.hasOwn(LitElement, 'observedAttributes')) support?.({ LitElement });

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
