export type Frame = HTMLIFrameElement & { contentWindow: Window & typeof globalThis };

/**
 * `markup` rendered by news-elements/ssr (test/support/ssr-middleware.mjs) into a page of its own,
 * in a frame added to this document (the caller removes it).
 */
export async function serverRenderedFrame(markup: string): Promise<Frame> {
  const response = await fetch(`/__ssr/markup?html=${encodeURIComponent(markup)}`);
  const frame = document.createElement('iframe') as Frame;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><html lang="en-GB"><body>${await response.text()}</body></html>`;
  document.body.append(frame);
  await loaded;
  return frame;
}
