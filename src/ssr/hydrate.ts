/**
 * `news-elements/hydrate`, for the browser on server-rendered pages: Lit's hydration support, then
 * every element. The support must reach Lit's element class before any element is defined, which is
 * why it is imported first (and before any other Lit component on the page). Elements then take
 * over the Declarative Shadow DOM the server sent, keeping its nodes, instead of rendering again.
 * It exports the functions `news-elements` does.
 */
// Not the support's module itself: a build may write Lit's import before it, and lit-support.ts
// hands it the class then.
import './lit-support.js';
import { defineElements } from '../elements.js';

// Here, after every import has run, not by importing the package's entry (which defines them as it
// runs): a bundler may run an imported module before this file's first import.
defineElements();

// What a page calls of news-elements (the classes are left out: their names are bytes a page that
// renders on the server seldom needs). A page that loads this file instead of news-elements.js has
// no other copy of the labels and the consent to change.
export { grantEmbeds, revokeEmbeds } from '../internal/consent-switches.js';
export { lookFor } from '../internal/on-sight.js';
export { loadTranslations, registerTranslations } from '../internal/translate.js';
