import type { StorybookConfig } from '@storybook/web-components-vite';

// Lit's packages, each resolved once: two copies (one pre-bundled with Storybook's renderer, one
// imported by the elements) print "Multiple versions of Lit loaded" and break `instanceof`.
const lit = ['lit', 'lit-html', 'lit-element', '@lit/reactive-element'];

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // The same paths work in stories and in tests (the test runner serves the repo root).
  staticDirs: [{ from: '../stories/assets', to: '/stories/assets' }],
  // No network on build machines, and none wanted.
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  async viteFinal(viteConfig, { configType }) {
    const { mergeConfig } = await import('vite');
    return mergeConfig(viteConfig, {
      resolve: {
        dedupe: lit,
        // The built docs get Lit's production build (no "Lit is in dev mode", no dev-only checks);
        // `storybook dev` keeps the development build, whose warnings catch mistakes in stories.
        conditions:
          configType === 'PRODUCTION'
            ? ['module', 'browser', 'production']
            : ['module', 'browser', 'development'],
      },
      // Storybook's own docs and axe chunks are large by nature: no size advice for them in the build log.
      build: { chunkSizeWarningLimit: 1500 },
      // Everything the stories import from node_modules, pre-bundled before the first story opens:
      // a dependency found late makes Vite re-bundle and reload, and the first story hangs on
      // "bundling dependencies...".
      optimizeDeps: {
        include: [
          ...lit,
          'lit/directives/if-defined.js',
          'lit/directives/style-map.js',
          // Storybook's renderer is imported by file path and reaches Lit through this module:
          // served unbundled, it loaded lit-html a second time.
          'lit/directive-helpers.js',
          'dompurify',
        ],
      },
    });
  },
};

export default config;
