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

/**
 * Loads the hydrating entry into the frame's `doc` and waits for `elements` to settle (the
 * hydrating update, the one it asks for, and the one what it found asks for); resolves with what
 * the page warned or logged as an error (Lit's dev-mode notice aside).
 */
export async function hydrateFrame(
  doc: Document,
  elements: (Element & { updateComplete: Promise<unknown> })[],
): Promise<string[]> {
  const win = doc.defaultView as Window & typeof globalThis;
  const warned: string[] = [];
  for (const level of ['warn', 'error'] as const)
    win.console[level] = (...args: unknown[]) => {
      if (!/Lit is in dev mode/.test(args.join(' '))) warned.push(args.join(' '));
    };
  const script = doc.createElement('script');
  script.type = 'module';
  script.src = '/src/ssr/hydrate.ts';
  const ran = new Promise((resolve, reject) => {
    script.addEventListener('load', resolve);
    script.addEventListener('error', reject);
  });
  doc.head.append(script);
  await ran;
  await Promise.all(elements.map((el) => win.customElements.whenDefined(el.localName)));
  for (let round = 0; round < 3; round++) await Promise.all(elements.map((el) => el.updateComplete));
  return warned;
}
