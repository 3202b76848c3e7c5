/**
 * Every element works under a strict Content-Security-Policy. test/csp/elements.html is served with
 * `default-src 'self'; style-src 'self'; require-trusted-types-for 'script'; ...` (see
 * test/support/csp-middleware.mjs) and loads the built single-file bundle, dist/news-elements.js
 * (`npm test` builds it first), with every element on the page. The page records each
 * `securitypolicyviolation` event from its first script on; none may occur, nothing may throw,
 * and every element must be defined and render.
 */
import { expect } from '@open-wc/testing';

interface Ready {
  tags: string[];
  undefinedTags: string[];
  empty: string[];
}
interface CspWindow extends Window {
  __csp?: { violations: string[]; errors: string[] };
  __cspReady?: Promise<Ready>;
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

describe('strict Content-Security-Policy', function () {
  this.timeout(60000);

  it('is served with the strict policy', async () => {
    const response = await fetch('/test/csp/elements.html');
    const policy = response.headers.get('content-security-policy') ?? '';
    for (const directive of [
      "default-src 'self'",
      "style-src 'self'",
      "require-trusted-types-for 'script'",
    ]) {
      expect(policy, directive).to.include(directive);
    }
    expect(policy).to.not.match(/unsafe-inline|unsafe-eval/);
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
