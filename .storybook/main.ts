import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // The same paths work in stories and in tests (the test runner serves the repo root).
  staticDirs: [{ from: '../stories/assets', to: '/stories/assets' }],
  // No network on build machines, and none wanted.
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
};

export default config;
