import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import { applyTheme, themeNames } from './themes.js';

// Docs tables (attributes, properties, slots, parts, events, CSS properties) come from the
// manifest that the analyzer writes from the sources' JSDoc: nothing is documented twice.
setCustomElementsManifest(manifest);

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
          { value: 'rtl', title: 'Right to left' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', direction: 'ltr' },
  decorators: [
    (story, context) => {
      applyTheme(String(context.globals.theme ?? 'light'));
      // A story that sets its own direction (an Arabic story) keeps it.
      const dir = String(context.parameters.direction ?? context.globals.direction ?? 'ltr');
      document.documentElement.dir = dir;
      return story();
    },
  ],
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
    docs: { toc: true },
  },
};

export default preview;
