// Text our elements draw in capitals is heard as written: Chromium gives screen readers text as
// drawn ("POLITICS", "SEOUL"), which they spell out or shout. The drawn text is hidden from them and
// a copy that is not drawn, in its written case, is read instead (src/internal/capitals.ts).
import { expect, fixture, html } from '@open-wc/testing';
import { a11ySnapshot } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../src/teaser/define.js';
import '../src/teaser-list/define.js';
import '../src/dateline/define.js';
import '../src/live-blog/define.js';
import { isChromium, isWebKit } from './support/engines.js';

type Updating = HTMLElement & { updateComplete: Promise<unknown> };

// [what, the element, the part drawn in capitals, its text as written]
const cases: [string, TemplateResult, string, string][] = [
  [
    'a teaser kicker',
    html`<news-teaser kicker="Politics" headline="Budget passes" href="/budget"></news-teaser>`,
    '[part="kicker"]',
    'Politics',
  ],
  [
    "a teaser's badge",
    html`<news-teaser label-kind="live" headline="Budget passes" href="/budget"></news-teaser>`,
    '[part="label"]',
    'Live',
  ],
  [
    "a teaser list's heading",
    html`<news-teaser-list heading="More stories"></news-teaser-list>`,
    '#heading',
    'More stories',
  ],
  ["a live blog's badge", html`<news-live-blog locale="en"></news-live-blog>`, '[part="status"]', 'Live'],
  [
    "a dateline's place",
    html`<news-dateline place="Seoul" datetime="2012-12-14" locale="en-GB"></news-dateline>`,
    '[part="place"]',
    'Seoul',
  ],
];

describe('text drawn in capitals', () => {
  for (const [what, template, selector, written] of cases)
    it(`${what}: drawn "${written.toUpperCase()}", heard "${written}"`, async () => {
      const el = await fixture<Updating>(template);
      await el.updateComplete;
      const part = el.shadowRoot!.querySelector(selector)!;
      const drawn = part.querySelector('[aria-hidden="true"]:not(.sign, .dot)')!;
      expect(getComputedStyle(drawn).textTransform, 'drawn in capitals').to.equal('uppercase');
      expect(drawn.textContent).to.equal(written);
      const read = part.querySelector('.visually-hidden')!;
      expect(read.getAttribute('aria-hidden')).to.equal(null);
      expect(getComputedStyle(read).textTransform, 'read as written').to.equal('none');
      expect(read.textContent).to.equal(written);
      expect(read.getBoundingClientRect().width, 'not drawn').to.be.at.most(1);
    });

  // A reader selecting the line copies what is drawn, once: the copy read aloud is not selectable.
  // Not in WebKit: a range a script puts inside a shadow root selects nothing there, and a
  // selection around the element does not reach into it (in any engine).
  if (!isWebKit)
    it("a dateline's place is copied once, not with its hidden copy", async () => {
      const el = await fixture<Updating>(
        html`<news-dateline place="Seoul" datetime="2012-12-14" locale="en-GB"></news-dateline>`,
      );
      await el.updateComplete;
      const range = document.createRange();
      range.selectNodeContents(el.shadowRoot!.querySelector('[part="place"]')!.parentElement!);
      const selection = getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      const copied = selection.toString();
      selection.removeAllRanges();
      expect(copied, 'the range selects the line').to.match(/seoul/i);
      expect(copied.match(/seoul/gi), copied).to.have.length(1);
    });

  // What Chromium hands screen readers (the other engines give no snapshot to tests).
  if (isChromium)
    it('reaches screen readers in its written case, each text once (Chromium)', async () => {
      await fixture(
        html`<div>
          <news-teaser
            kicker="Politics"
            label-kind="live"
            sponsored
            headline="Budget passes"
            href="/budget"
          ></news-teaser>
          <news-teaser-list heading="More stories"></news-teaser-list>
          <news-live-blog locale="en"></news-live-blog>
          <news-dateline place="Seoul" datetime="2012-12-14" locale="en-GB"></news-dateline>
        </div>`,
      );
      type Node = { role: string; name?: string; description?: string; children?: Node[] };
      const all = (node: Node): Node[] => [node, ...(node.children ?? []).flatMap(all)];
      const tree = all((await a11ySnapshot({})) as unknown as Node);
      const names = tree.map((node) => node.name).filter(Boolean);
      for (const written of ['Politics', 'Sponsored', 'More stories', 'Live', 'Seoul'])
        expect(names, written).to.include(written).and.not.to.include(written.toUpperCase());
      expect(tree.find((node) => node.role === 'heading' && node.name?.startsWith('More'))?.name).to.equal(
        'More stories',
      );
      // The badge and mark describe the headline's link by id: once each, as written.
      const link = tree.find((node) => node.role === 'link' && node.name === 'Budget passes')!;
      expect(link.description).to.equal('Live Sponsored');
    });
});
