import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/article-body/define.js';
import type { NewsArticleBody } from '../src/article-body/article-body.js';
import { CONSENT_KEY, grantEmbeds, revokeEmbeds } from '../src/internal/consent.js';

// What an embed shows once the body has drawn it: the consent as it is then, however late it
// changed, and a "View on" link whose id no id of the content can take.

const youtube =
  '<p><iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ" title="The dredger"></iframe></p>';

async function body(content: string) {
  const element = await fixture<NewsArticleBody>(
    html`<news-article-body allow-embeds="www.youtube.com"></news-article-body>`,
  );
  element.html = content;
  await element.updateComplete;
  return element;
}

/**
 * Runs `change` just after the embeds code has made a `tag` for an embed (a placeholder's button, a
 * frame), so while the embed is in the body's content but not yet drawn in the page.
 */
function whenMade(tag: 'button' | 'iframe', change: () => void) {
  const create = document.createElement.bind(document);
  const stub = sinon
    .stub(document, 'createElement')
    .callsFake((name: string, options?: ElementCreationOptions) => {
      if (name === tag) {
        stub.restore();
        queueMicrotask(change);
      }
      return create(name, options);
    });
  return stub;
}

describe('<news-article-body> embeds drawn after the consent changed', () => {
  afterEach(() => {
    sinon.restore();
    revokeEmbeds();
    localStorage.removeItem(CONSENT_KEY);
  });

  it('loads the frame when grantEmbeds comes while the body is drawing it', async () => {
    const element = await fixture<NewsArticleBody>(
      html`<news-article-body allow-embeds="www.youtube.com"></news-article-body>`,
    );
    const made = whenMade('button', () => grantEmbeds('www.youtube.com'));
    element.html = youtube;
    await element.updateComplete;
    expect(made.called, 'the placeholder was made before the grant').to.be.true;
    expect(element.querySelector('iframe')?.src).to.equal('https://www.youtube.com/embed/dQw4w9WgXcQ');
    expect(element.querySelector('[role="group"]')).to.equal(null);
  });

  it('asks again when revokeEmbeds comes while the body is drawing a granted frame', async () => {
    grantEmbeds('www.youtube.com');
    const element = await fixture<NewsArticleBody>(
      html`<news-article-body allow-embeds="www.youtube.com"></news-article-body>`,
    );
    const made = whenMade('iframe', () => revokeEmbeds('youtube.com'));
    element.html = youtube;
    await element.updateComplete;
    expect(made.called, 'the frame was made before the revoke').to.be.true;
    expect(element.querySelector('iframe')).to.equal(null);
    expect(element.querySelector('[role="group"]')).to.exist;
  });

  it('keeps a granted frame when a revoke and a grant again come while the body draws it', async () => {
    grantEmbeds('www.youtube.com');
    const element = await fixture<NewsArticleBody>(
      html`<news-article-body allow-embeds="www.youtube.com"></news-article-body>`,
    );
    // A consent manager's update: every grant taken back, then YouTube's given again.
    const made = whenMade('iframe', () => {
      revokeEmbeds();
      grantEmbeds('www.youtube.com');
    });
    element.html = youtube;
    await element.updateComplete;
    expect(made.called, 'the frame was made before the update').to.be.true;
    expect(element.querySelector('iframe')?.src).to.equal('https://www.youtube.com/embed/dQw4w9WgXcQ');
    expect(element.querySelector('[role="group"]')).to.equal(null);
  });

  it('gives the "View on" link an id that no id of the content takes', async () => {
    // The number the next embed's link gets, from the one drawn now.
    const first = (await body(youtube)).querySelector('.news-embed-source a')!.id;
    const next = Number(/\d+$/.exec(first)![0]) + 1;
    const element = await body(
      `<h2 id="embed-${next}">The dredger</h2>${youtube}<p><a href="#embed-${next}">Back to the dredger</a></p>`,
    );
    const original = element.querySelector<HTMLAnchorElement>('.news-embed-source a')!;
    const heading = element.querySelector('h2')!;
    expect(document.querySelectorAll(`#${CSS.escape(original.id)}`)).to.have.length(1);
    expect(document.getElementById(heading.id), 'the content’s own link leads to its heading').to.equal(
      heading,
    );
    expect(element.querySelector('.news-embed-skip')!.getAttribute('href')).to.equal(`#${original.id}`);
    const ids = [...document.querySelectorAll('[id]')].map((each) => each.id);
    expect(
      ids.filter((id, i) => ids.indexOf(id) !== i),
      'duplicate ids',
    ).to.deep.equal([]);
  });
});
