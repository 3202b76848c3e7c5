/**
 * Every element works under a strict Content-Security-Policy. test/csp/elements.html is served with
 * `default-src 'self'; style-src 'self'; require-trusted-types-for 'script'; ...` (see
 * test/support/csp-middleware.mjs) and loads the built single-file bundle, dist/news-elements.js
 * (`npm test` builds it first), with every element on the page. The page records each
 * `securitypolicyviolation` event from its first script on; none may occur, nothing may throw,
 * and every element must be defined and render.
 *
 * test/csp/hostile.html is a story page that shows CMS content, with a report-uri: the whole XSS
 * corpus rendered as <news-article-body html>, from the sources, must file no report at all (browsers
 * report while merely parsing hostile HTML; src/text/strip-for-parse.ts is what prevents it), and
 * each kind of content needs exactly the directive README.md's CSP section names for it.
 */
import { expect } from '@open-wc/testing';
import { loadXssCorpus } from './support/xss-corpus.js';

interface Ready {
  tags: string[];
  undefinedTags: string[];
  empty: string[];
}
interface CspWindow extends Window {
  __csp?: { violations: string[]; errors: string[] };
  __cspReady?: Promise<Ready>;
  __hostile?: (payloads: string[], settle?: boolean) => Promise<{ rendered: number; ran: string[] }>;
}

async function open(page: string): Promise<{ frame: HTMLIFrameElement; win: CspWindow }> {
  const frame = document.createElement('iframe');
  frame.style.inlineSize = '1000px';
  frame.style.blockSize = '1500px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = page;
  document.body.append(frame);
  await loaded;
  return { frame, win: frame.contentWindow as CspWindow };
}

/** The page is served with a policy that has these directives and nothing unsafe. */
async function expectPolicy(page: string, directives: string[]): Promise<void> {
  const policy = (await fetch(page)).headers.get('content-security-policy') ?? '';
  for (const directive of directives) expect(policy, directive).to.include(directive);
  expect(policy).to.not.match(/unsafe-inline|unsafe-eval/);
}

describe('strict Content-Security-Policy', function () {
  this.timeout(60000);

  it('is served with the strict policy', async () => {
    await expectPolicy('/test/csp/elements.html', [
      "default-src 'self'",
      "style-src 'self'",
      "require-trusted-types-for 'script'",
    ]);
  });

  it('every element defines, renders and reports no violation, from the built bundle', async () => {
    const { frame, win } = await open('/test/csp/elements.html');
    try {
      expect(win.__csp, 'the violation recorder ran').to.not.equal(undefined);
      expect(win.__cspReady, 'the page script ran').to.not.equal(undefined);
      const ready = await win.__cspReady!;
      expect(ready.tags.length, 'elements on the page').to.be.greaterThan(0);
      expect(win.__csp!.violations, 'CSP violations').to.deep.equal([]);
      expect(win.__csp!.errors, 'errors').to.deep.equal([]);
      expect(ready.undefinedTags, 'elements the bundle did not define').to.deep.equal([]);
      expect(ready.empty, 'elements that rendered nothing').to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('the recorder sees a violation when one happens (control)', async () => {
    const { frame, win } = await open('/test/csp/elements.html');
    try {
      await win.__cspReady;
      const doc = frame.contentDocument!;
      const seen = new Promise((resolve) =>
        doc.addEventListener('securitypolicyviolation', resolve, { once: true }),
      );
      // An inline style attribute is exactly what style-src 'self' forbids.
      const probe = doc.createElement('div');
      probe.setAttribute('style', 'color: red');
      doc.body.append(probe);
      await seen;
      expect(win.__csp!.violations.length).to.be.greaterThan(0);
    } finally {
      frame.remove();
    }
  });
});

describe('hostile html under a strict Content-Security-Policy', function () {
  // The whole corpus, one <news-article-body> each: about 10 s in Chromium, 20 s in Firefox.
  this.timeout(180000);

  /**
   * Renders `payloads` on hostile.html (`query` chooses the policy). With `expect`, waits (5 s at
   * most) for a violation of that directive too: Firefox delivers a refused frame's after the rest.
   */
  async function render(
    payloads: string[],
    query = '',
    expected?: string,
  ): Promise<{
    violations: string[];
    reports: string[];
    rendered: number;
    ran: string[];
    total: number;
  }> {
    const run = `hostile-${Math.random().toString(36).slice(2)}`;
    const { frame, win } = await open(`/test/csp/hostile.html?run=${run}${query}`);
    try {
      while (!win.__hostile) await new Promise((resolve) => setTimeout(resolve, 20));
      const { rendered, ran } = await win.__hostile(payloads, expected !== undefined);
      const seen = () => win.__csp!.violations.some((v) => v.startsWith(`${expected} `));
      for (let waited = 0; expected && !seen() && waited < 5000; waited += 50)
        await new Promise((resolve) => setTimeout(resolve, 50));
      const violations = [...win.__csp!.violations];
      // The control is the last violation: once its report has reached the server, so have the others.
      let reports: string[] = [];
      for (let tries = 0; tries < 100 && !reports.some((r) => r.includes('control.invalid')); tries++) {
        reports = await (await fetch(`/__csp-report/${run}`)).json();
        if (!reports.some((r) => r.includes('control.invalid')))
          await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return { violations, reports, rendered, ran, total: payloads.length };
    } finally {
      frame.remove();
    }
  }

  it('is served with the policy of a page that shows CMS content, with a report-uri', async () => {
    await expectPolicy('/test/csp/hostile.html?run=probe', [
      "script-src 'self'",
      "style-src 'self'",
      "base-uri 'none'",
      "require-trusted-types-for 'script'",
      'report-uri /__csp-report/probe',
    ]);
  });

  it('the whole XSS corpus as <news-article-body html> files no violation report and runs nothing', async () => {
    const { violations, reports, rendered, ran, total } = await render(await loadXssCorpus());
    expect(ran, 'payloads that ran').to.deep.equal([]);
    expect(rendered, 'bodies rendered').to.equal(total);
    // Only the control (a refused fetch made after the corpus) may be there.
    expect(
      violations.filter((v) => !v.includes('control.invalid')),
      'securitypolicyviolation events',
    ).to.deep.equal([]);
    expect(violations.length, 'the control was seen').to.equal(1);
    expect(
      reports.filter((r) => !r.includes('control.invalid')),
      'reports sent to report-uri',
    ).to.deep.equal([]);
    expect(reports.length, "the control's report arrived").to.equal(1);
  });

  // [CMS content, the directive a page must open for it (README.md, "Content-Security-Policy")]
  const needs: [string, string][] = [
    ['<p><img alt="Harbour" src="https://images.example/harbour.jpg"></p>', 'img-src'],
    ['<p><img alt="Pixel" src="data:image/png;base64,iVBORw0KGgo="></p>', 'img-src'],
    ['<video controls src="https://media.example/dredging.mp4"></video>', 'media-src'],
    ['<audio controls src="https://media.example/interview.mp3"></audio>', 'media-src'],
    [
      '<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ" title="The dredger at work"></iframe>',
      'frame-src',
    ],
  ];
  for (const [content, directive] of needs) {
    it(`${content.slice(0, 40)}… needs ${directive}, and nothing else`, async () => {
      const { violations } = await render([content], '&without=media', directive);
      // (Chromium reports a blocked image twice.)
      const directives = new Set(
        violations.filter((v) => !v.includes('control.invalid')).map((v) => v.split(' ')[0]),
      );
      expect([...directives]).to.deep.equal([directive]);
      const allowed = await render([content], '', '');
      expect(allowed.violations.length, 'with the content policy: only the control').to.equal(1);
    });
  }
});
