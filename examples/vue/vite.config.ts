import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  // Relative URLs, so the built page works from any folder (the tests serve it from one).
  base: './',
  plugins: [
    vue({
      // The news-* tags are custom elements, not Vue components: Vue leaves them to the browser.
      template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('news-') } },
    }),
  ],
});
