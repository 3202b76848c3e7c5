// The worker thread ssr-middleware.mjs renders islands pages in, with the templates minified as in
// the built files: a thread has its own module graph, so its element classes (and their templates)
// are not the middleware's. It builds them once and renders every page asked of it.
import { parentPort } from 'node:worker_threads';
import { loadSource } from './ssr-bundle.mjs';
import { renderMarkup } from './ssr-middleware.mjs';

const ssr = await loadSource('ssr', { minified: true });
parentPort.on('message', async ({ id, markup }) => {
  try {
    parentPort.postMessage({ id, html: await renderMarkup(ssr, markup, true) });
  } catch (error) {
    parentPort.postMessage({ id, error: String(error?.stack ?? error) });
  }
});
