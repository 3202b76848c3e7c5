// Cumulative Layout Shift of one page load, while images or the script arrive late.
/* global window, document, customElements, IntersectionObserver, requestAnimationFrame -- used inside page.evaluate(), which runs in the browser */

/**
 * Loads `url` with `delay` ({ script, images } in ms, applied through the server's `delays`), waits
 * until the page is ready and every image in view has loaded, and returns the shifts it saw.
 */
export async function layoutShift(browser, url, viewport, delay, delays) {
  Object.assign(delays, { script: 0, images: 0 }, delay);
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__shifts = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (!entry.hadRecentInput) {
          window.__shifts.push({
            value: entry.value,
            at: Math.round(entry.startTime),
            nodes: entry.sources.map((s) => s.node?.nodeName ?? '?'),
          });
        }
      }
    });
    observer.observe({ type: 'layout-shift', buffered: true });
    window.__takeShifts = () => observer.takeRecords();
  });
  try {
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    await page.evaluate(async () => {
      await window.__ready;
      const deep = function* (node) {
        if (node.nodeType === 1) {
          yield node;
          if (node.shadowRoot) yield* deep(node.shadowRoot);
        }
        for (let c = node.firstChild; c; c = c.nextSibling) yield* deep(c);
      };
      // The elements defined on sight (their code comes after the page is ready) have drawn too,
      // or 5 s have passed: their upgrade may shift the page as well.
      const tags = new Set(
        [...deep(document.body)].map((el) => el.localName).filter((n) => n.startsWith('news-')),
      );
      await Promise.race([
        Promise.all([...tags].map((tag) => customElements.whenDefined(tag))),
        new Promise((res) => setTimeout(res, 5000)),
      ]);
      for (let i = 0; i < 3; i++) {
        await Promise.all([...deep(document.body)].map((el) => el.updateComplete));
        await new Promise((r) => requestAnimationFrame(r));
      }
      // Then every image in view (shadow roots included) has loaded or failed.
      const inView = (img) =>
        new Promise((res) => {
          const io = new IntersectionObserver(([e]) => {
            io.disconnect();
            res(e.isIntersecting);
          });
          io.observe(img);
        });
      const images = [...deep(document.body)].filter((el) => el.localName === 'img');
      await Promise.all(
        images.map(async (img) => {
          // complete is checked again after the wait: an image can finish while it is being observed.
          if (img.complete || !(await inView(img)) || img.complete) return;
          await new Promise((res) => {
            img.addEventListener('load', res, { once: true });
            img.addEventListener('error', res, { once: true });
          });
        }),
      );
      for (let i = 0; i < 3; i++) await new Promise((r) => requestAnimationFrame(r));
    });
    const shifts = await page.evaluate(() => {
      window.__takeShifts();
      return window.__shifts;
    });
    return { cls: shifts.reduce((sum, s) => sum + s.value, 0), shifts };
  } finally {
    await context.close();
    Object.assign(delays, { script: 0, images: 0 });
  }
}
