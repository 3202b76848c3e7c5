/**
 * The browser side of the React server-rendering test: Lit's hydration support first (before any
 * element class exists), then React hydrates the same tree the server rendered.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { createElement } from 'react';
import { hydrateRoot } from 'react-dom/client';
import * as components from '../../src/react/index.js';
// @ts-expect-error -- a plain .mjs fixture shared with Node, without type declarations
import { storyTree } from '../fixtures/ssr-react-story.mjs';

hydrateRoot(document.getElementById('root')!, storyTree(createElement, components), {
  onRecoverableError: (error) => console.error('React hydration:', error),
});
