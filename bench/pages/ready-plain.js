/* global window, requestAnimationFrame */
// Benchmark probe for the plain-HTML pages: the same end point as ready-components.js (parsed,
// styled, painted), without elements to wait for.
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
window.__ready = (async () => {
  await frame();
  await frame();
  performance.mark('news-ready');
  return performance.now();
})();
