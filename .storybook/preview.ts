import { html, nothing } from 'lit';
import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import { argTypesFromManifest } from '../stories/arg-types.js';
import { rtlContent } from '../stories/rtl.content.js';
import { shownCode } from '../stories/source.js';
import { applyTheme, themeNames } from './themes.js';

// Docs tables (attributes, properties, slots, parts, events, CSS properties) come from the
// manifest that the analyzer writes from the sources' JSDoc: nothing is documented twice.
// Storybook's extractor keys rows by bare name (duplicates, slots hidden by a same-named row):
// stories/arg-types.ts gives each row its own key.
setCustomElementsManifest(manifest);

/**
 * The story's args with the Arabic content laid over them, keeping what the story is about: a
 * list shown without pictures stays without them.
 */
function rtlArgs(args: Record<string, unknown>, arabic: Record<string, unknown>) {
  const merged = { ...args, ...arabic };
  const pictured = (items: unknown) => Array.isArray(items) && items.some((item) => item?.image);
  if (Array.isArray(merged.items) && Array.isArray(args.items) && !pictured(args.items))
    merged.items = merged.items.map(({ image: _image, imageAlt: _alt, ...item }) => item);
  return merged;
}

const preview: Preview = {
  globalTypes: {
    theme: {
      description: 'news-elements theme',
      toolbar: { title: 'Theme', icon: 'paintbrush', items: [...themeNames], dynamicTitle: true },
    },
    direction: {
      description: 'Text direction',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'ltr', title: 'Left to right' },
          // English is never flipped: stories show their Arabic content, or stay left to right.
          { value: 'rtl', title: 'Right to left (Arabic content; English stories stay LTR)' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', direction: 'ltr' },
  decorators: [
    (story, context) => {
      applyTheme(String(context.globals.theme ?? 'light'));
      const root = document.documentElement;
      // A story written in an RTL language sets its own direction and keeps it.
      const own = context.parameters.direction as string | undefined;
      // Right to left lays the element's Arabic content over a story drawn from its args; a story
      // with its own markup (English) has nothing to swap and stays left to right.
      const swap =
        !own && context.globals.direction === 'rtl' && !('render' in (context.moduleExport ?? {}))
          ? rtlContent[String(context.component)]
          : undefined;
      const dir = own ?? (swap ? 'rtl' : 'ltr');
      // One house style across the demos: British English dates ("4 August 2024") unless a story
      // sets its own locale, as the languages stories do.
      const lang = swap?.lang ?? 'en-GB';
      const drawn = swap ? story({ args: rtlArgs(context.args, swap.args) }) : story();
      // A docs page shows many stories in one English document, each in Storybook's own `lang`
      // wrapper: each gets its language and direction on a box of its own, not the page's.
      const docs = context.viewMode === 'docs';
      [root.dir, root.lang] = docs ? ['ltr', 'en-GB'] : [dir, lang];
      // (A story in a right-to-left language of its own says its language in its markup.)
      const boxed = html`<div class="story-dir" lang=${own ? nothing : lang} dir=${dir}>${drawn}</div>`;
      return docs ? boxed : drawn;
    },
  ],
  parameters: {
    // The language of the docs pages' own wrapper around each story (Storybook's default is "en").
    htmlLang: 'en-GB',
    controls: { expanded: true },
    a11y: { test: 'error' },
    docs: {
      toc: true,
      // "Show code" as a reader would paste it: the example newsroom's URLs, not this Storybook's
      // files, and no docs-page box (stories/source.ts).
      source: { transform: shownCode },
      extractArgTypes: (tagName: string) => argTypesFromManifest(manifest, tagName),
    },
  },
};

export default preview;
