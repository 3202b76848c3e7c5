// Writes the React wrappers (src/react/components.ts, index.ts, server.ts) from custom-elements.json:
// one component per element, with an `onXxx` prop for each event its JSDoc declares (@fires).
// `npm run analyze` runs it after the analyzer; test/node/elements.test.mjs fails when the committed
// files do not follow the manifest. `--check` compares without writing.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as prettier from 'prettier';

const root = resolve(import.meta.dirname, '..');
const GENERATED =
  '// Generated from custom-elements.json by scripts/generate-react.mjs (npm run analyze): do not edit.';

/** The elements of the manifest: tag, class, module and events, in tag order. */
export function elementsOf(manifest) {
  return manifest.modules
    .flatMap((module) =>
      (module.declarations ?? [])
        .filter((d) => d.customElement && d.tagName)
        .map((d) => ({
          tag: d.tagName,
          name: d.name,
          folder: module.path.split('/')[1],
          module: module.path.replace(/^src\//, '../').replace(/\.ts$/, '.js'),
          events: (d.events ?? []).map((e) => e.name).filter(Boolean),
        })),
    )
    .sort((a, b) => a.tag.localeCompare(b.tag));
}

const camel = (event) => 'on' + event.replace(/(^|-)(\w)/g, (_, __, c) => c.toUpperCase());

function sources(elements) {
  const names = elements.map((e) => e.name).join(',\n  ');
  const components = `${GENERATED}
/**
 * One React component per element, built by a \`createComponent\` that is @lit/react's in the
 * browser (index.ts) and a server renderer in Node (server.ts), so both export the same, equally
 * typed components. Each custom event is an \`onXxx\` prop typed with the event's detail.
 */
import type * as ReactNamespace from 'react';
import type { EventName, createComponent } from '@lit/react';
import { defineElement } from '../internal/define.js';
${elements.map((e) => `import { ${e.name} } from '${e.module}';`).join('\n')}
// The tags' types (HTMLElementTagNameMap: \`querySelector('news-figure')\` is a NewsFigure), without
// running the modules that define the elements (components() does, below).
${elements.map((e) => `export type {} from '../${e.folder}/define.js';`).join('\n')}

type Events = GlobalEventHandlersEventMap;
const event = <K extends keyof Events>(name: K) => name as EventName<Events[K]>;

/** Builds every component with \`create\` (same signature as @lit/react's \`createComponent\`). */
export function components(react: typeof ReactNamespace, create: typeof createComponent) {
  // Each element is registered here, as the entry calls this, not by importing its define.js: a
  // bundler may run an imported module before the entry's first import (Lit's hydration support,
  // in index.ts), and an element the server drew, defined before it, draws its content twice.
${elements.map((e) => `  defineElement('${e.tag}', ${e.name});`).join('\n')}
  return {
${elements
  .map(
    (e) => `    ${e.name}: create({
      react,
      tagName: '${e.tag}',
      elementClass: ${e.name},
      displayName: '${e.name}',${
        e.events.length
          ? `\n      events: { ${e.events.map((name) => `${camel(name)}: event('${name}')`).join(', ')} },`
          : ''
      }
    }),`,
  )
  .join('\n')}
  };
}
`;
  const index = `${GENERATED}
/**
 * \`news-elements/react\`: every element as a React component (React 18 and 19), made with
 * @lit/react. Properties go to the element as properties (so \`items\` takes an array), custom
 * events are \`onXxx\` props, and \`ref\` gives the element. Importing this registers the elements.
 *
 * \`\`\`jsx
 * import { NewsFigure, NewsTeaserList } from 'news-elements/react';
 * <NewsFigure src="/lead.jpg" alt="…" caption="…" onNewsFigureError={(e) => log(e.detail.src)} />
 * <NewsTeaserList heading="More stories" items={stories} />
 * \`\`\`
 * On a Node server the same import resolves to server.js, which also renders each element's
 * shadow root (Declarative Shadow DOM) into React's HTML.
 */
// Lit's hydration support before any element class exists: an element rendered by the server
// (Next.js, renderToString) takes over its shadow root instead of drawing its content twice.
import '../ssr/lit-support.js';
import * as React from 'react';
import { createComponent } from '@lit/react';
import { components } from './components.js';

export const {
  ${names},
} = components(React, createComponent);
`;
  const server = `${GENERATED}
/**
 * \`news-elements/react\` on a Node server (the package's \`node\` export condition): the same
 * components, rendered with their shadow roots by React's own server renderer
 * (see server-component.ts).
 */
import * as React from 'react';
import { components } from './components.js';
import { createServerComponent } from './server-component.js';

export const {
  ${names},
} = components(React, createServerComponent);
`;
  return { 'components.ts': components, 'index.ts': index, 'server.ts': server };
}

/** The three files as they should be, formatted as the project formats them. */
export async function generate() {
  const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
  const out = {};
  for (const [file, source] of Object.entries(sources(elementsOf(manifest)))) {
    const filepath = join(root, 'src/react', file);
    const options = (await prettier.resolveConfig(filepath)) ?? {};
    out[filepath] = await prettier.format(source, { ...options, filepath });
  }
  return out;
}

if (import.meta.main ?? process.argv[1] === import.meta.filename) {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const [file, text] of Object.entries(await generate())) {
    let current = '';
    try {
      current = readFileSync(file, 'utf8');
    } catch {
      // a new file
    }
    if (current === text) continue;
    stale++;
    if (check) console.error(`${file} does not follow custom-elements.json: run npm run analyze.`);
    else writeFileSync(file, text);
  }
  if (check && stale) process.exit(1);
}
