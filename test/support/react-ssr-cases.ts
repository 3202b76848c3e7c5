/**
 * React server rendering, end to end, for one React major: React's renderToString with
 * news-elements/react on Node (a child process of test/support/ssr-middleware.mjs) sends every
 * element with its shadow root; in the browser React's hydrateRoot and the elements take that DOM
 * over without re-creating it. Run by test/react-ssr.test.ts (React 19) and
 * test/react-18-ssr.test.ts (React 18).
 */
import { expect, waitUntil } from '@open-wc/testing';

type Frame = HTMLIFrameElement & { contentWindow: Window & typeof globalThis };
type Updating = HTMLElement & { updateComplete: Promise<unknown>; hasUpdated: boolean };

/** Text of a shadow tree, nested shadow trees included (styles left out). */
const deepText = (root: ParentNode): string =>
  [...root.childNodes]
    .map((node) => {
      if (node.nodeType === Node.TEXT_NODE) return node.textContent;
      // Nodes of the iframe's document: compare node types, not classes of this window.
      if (node.nodeType !== Node.ELEMENT_NODE || (node as Element).localName === 'style') return '';
      const shadow = (node as Element).shadowRoot;
      return (shadow ? deepText(shadow) : '') + deepText(node as Element);
    })
    .join('');

const elements = (root: ParentNode): Element[] =>
  [...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? elements(el.shadowRoot) : [])]);

/** Every case, with the page rendered and hydrated by React `major`. */
export function reactSsrCases(major: 18 | 19) {
  const reactVersion = new RegExp(`^${major}\\.`);

  async function load(query: string): Promise<Frame> {
    const frame = document.createElement('iframe') as Frame;
    frame.style.cssText = 'inline-size: 1000px; block-size: 900px; border: 0';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = `/__ssr/react-story?${query}&react=${major}`;
    document.body.append(frame);
    await loaded;
    const server = frame.contentDocument!.querySelector<HTMLMetaElement>('meta[name=react-server]')!;
    expect(server.content, 'the React that rendered the page').to.match(reactVersion);
    return frame;
  }

  describe(`news-elements/react: server-rendered by React ${major}, hydrated by React ${major}`, () => {
    afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

    it('is readable before any script: every element arrives with its shadow root', async () => {
      const frame = await load('js=0');
      const doc = frame.contentDocument!;
      const hosts = [
        ...doc.querySelectorAll('news-dateline, news-figure, news-partner-banner, news-teaser-list'),
      ];
      expect(hosts).to.have.length(4);
      for (const host of hosts) expect(host.shadowRoot, host.localName).to.exist;
      expect(
        doc.querySelector('news-figure')!.shadowRoot!.querySelector('figcaption')!.textContent,
      ).to.contain('The 7.40pm ferry leaving the north pier');
      const list = doc.querySelector('news-teaser-list')!;
      expect(deepText(list.shadowRoot!)).to.contain('Night buses to run until 2am from June');
      // The relative dateline is absolute until the browser knows the reader's clock.
      expect(doc.querySelector('news-dateline')!.shadowRoot!.querySelector('time')!.textContent).to.contain(
        '2024',
      );
    });

    it('hydrates in place: React and the elements keep every node, log nothing, and go live', async function () {
      // React's client is compiled on its first request: under CI's load of three browsers that took
      // more than the 10 s a test gets (6 December), before anything was measured.
      this.timeout(30_000);
      const frame = await load('js=0');
      const doc = frame.contentDocument!;
      const win = frame.contentWindow;
      const before = elements(doc.body);
      const problems: string[] = [];
      for (const level of ['warn', 'error'] as const) {
        const original = win.console[level].bind(win.console);
        win.console[level] = (...args: unknown[]) => {
          const text = args.map(String).join(' ');
          if (!/Lit is in dev mode|Download the React DevTools/.test(text))
            problems.push(`${level}: ${text}`);
          original(...args);
        };
      }
      win.addEventListener('error', (event) => problems.push(`uncaught: ${event.message}`));

      const script = doc.createElement('script');
      script.type = 'module';
      script.src = '/test/support/ssr-react-client.ts';
      doc.head.append(script);

      const list = () => doc.querySelector('news-teaser-list') as Updating & { items: unknown[] };
      // @lit/react sets the properties, then lets each element hydrate.
      await waitUntil(
        () => list().items?.length === 2 && !doc.querySelector('[defer-hydration]'),
        'hydrated',
        { timeout: 20_000 },
      );
      const hosts = elements(doc.body).filter((el): el is Updating => 'updateComplete' in el);
      for (let round = 0; round < 3; round++) await Promise.all(hosts.map((el) => el.updateComplete));

      expect(problems).to.deep.equal([]);
      expect(doc.documentElement.dataset['reactClient'], 'the React that hydrated').to.match(reactVersion);
      expect(hosts.every((host) => host.hasUpdated)).to.equal(true);
      const after = elements(doc.body);
      expect(after).to.have.ordered.members(before);
      expect(doc.querySelector('news-dateline')!.shadowRoot!.querySelector('time')!.textContent).to.match(
        /ago/,
      );
    });
  });
}
