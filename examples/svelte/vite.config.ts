import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// Svelte needs no setup for custom elements: it sets a property when the element has one.
export default defineConfig({
  // Relative URLs, so the built page works from any folder (the tests serve it from one).
  base: './',
  plugins: [svelte()],
});
