/**
 * The browser side of the React server-rendering test: React hydrates the same tree the server
 * rendered, with the React major the server used (its <meta name="react-server">), through the
 * package's own entry, which brings Lit's hydration support. It records the React it ran in
 * `<html data-react-client>`.
 */
// @ts-expect-error -- a plain .mjs fixture shared with Node, without type declarations
import { storyTree } from '../fixtures/ssr-react-story.mjs';

/** React 19 with the package entry as an app imports it. */
async function react19() {
  const [React, { hydrateRoot }, components] = await Promise.all([
    import('react'),
    import('react-dom/client'),
    import('../../src/react/index.js'),
  ]);
  return { React, hydrateRoot, components };
}

/** React 18 (the react-18 aliases), with the components built as the entry builds them. */
async function react18() {
  // Before any element class exists, as the entry does.
  await import('../../src/ssr/lit-support.js');
  const [React, { hydrateRoot }, { createComponent }, { components }] = await Promise.all([
    import('react-18'),
    import('react-dom-18/client'),
    import('@lit/react'),
    import('../../src/react/components.js'),
  ]);
  return { React, hydrateRoot, components: components(React, createComponent) };
}

const server = document.querySelector<HTMLMetaElement>('meta[name=react-server]')!.content;
const { React, hydrateRoot, components } = server.startsWith('18.') ? await react18() : await react19();
document.documentElement.dataset['reactClient'] = React.version;
hydrateRoot(document.getElementById('root')!, storyTree(React.createElement, components), {
  onRecoverableError: (error) => console.error('React hydration:', error),
});
