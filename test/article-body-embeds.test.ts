import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { render } from 'lit';
import { axeViolations, useTheme } from './support/quality.js';
import { EmbedAfterConsent, EmbedsAskFirst } from '../stories/article-body.stories.js';
import sinon from 'sinon';
import '../src/article-body/define.js';
import type { NewsArticleBody } from '../src/article-body/article-body.js';
import { CONSENT_KEY, grantEmbeds, revokeEmbeds } from '../src/internal/consent.js';

const youtube =
  '<p><iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ" width="400" height="300" title="The dredger at work"></iframe></p>';

/** Every iframe that enters the document, and every resource fetched, from a provider's host. */
function watchRequests(host: string) {
  const frames: string[] = [];
  const observer = new MutationObserver((records) => {
    for (const record of records)
      for (const node of record.addedNodes)
        if (node instanceof Element)
          for (const frame of [node, ...node.querySelectorAll('iframe')])
            if (frame instanceof HTMLIFrameElement) frames.push(frame.src);
  });
  observer.observe(document.body, { childList: true, subtree: true });
  return {
    requests: () => [
      ...frames.filter((src) => new URL(src).hostname.endsWith(host)),
      ...performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .filter((name) => name.includes(host)),
    ],
    stop: () => observer.disconnect(),
  };
}

async function body(
  content: string,
  template = html`<news-article-body allow-embeds="www.youtube.com"></news-article-body>`,
) {
  const element = await fixture<NewsArticleBody>(template);
  element.html = content;
  await element.updateComplete;
  return element;
}

const button = (element: Element, text: string) =>
  [...element.querySelectorAll('button')].find((b) => b.textContent === text)!;

describe('<news-article-body> embeds with consent', () => {
  afterEach(() => {
    revokeEmbeds();
    localStorage.removeItem(CONSENT_KEY);
  });

  it('shows a placeholder that names the provider and asks: no request to it before "Load"', async () => {
    const watch = watchRequests('youtube.com');
    try {
      const element = await body(youtube);
      expect(element.querySelector('iframe')).to.equal(null);
      const group = element.querySelector('.news-embed [role="group"]')!;
      expect(group.getAttribute('aria-label')).to.equal('YouTube content');
      expect(group.textContent).to.contain('Loading it shares your data with YouTube.');
      const privacy = group.querySelector('a')!;
      expect([privacy.textContent, privacy.href]).to.deep.equal([
        'YouTube’s privacy policy',
        'https://policies.google.com/privacy',
      ]);
      expect([...group.querySelectorAll('button')].map((b) => b.textContent)).to.deep.equal(['Load']);
      const box = element.querySelector('.news-embed')!.getBoundingClientRect();
      expect(box.width / box.height).to.be.closeTo(4 / 3, 0.02);
      await expect(element).to.be.accessible();
      expect(watch.requests()).to.deep.equal([]);
    } finally {
      watch.stop();
    }
  });

  it('"Load" puts the frame in the same box, sandboxed and lazy, and moves focus to it', async () => {
    const element = await body(youtube);
    const box = element.querySelector('.news-embed')!;
    const before = box.getBoundingClientRect();
    button(element, 'Load').click();
    const frame = box.querySelector('iframe')!;
    expect(frame.src).to.equal('https://www.youtube.com/embed/dQw4w9WgXcQ');
    expect(frame.title).to.equal('The dredger at work');
    expect(frame.loading).to.equal('lazy');
    expect(frame.getAttribute('sandbox')).to.equal(
      'allow-scripts allow-same-origin allow-popups allow-presentation',
    );
    expect(document.activeElement).to.equal(frame);
    expect(box.querySelector('[role="group"]')).to.equal(null);
    const after = box.getBoundingClientRect();
    expect([after.width, after.height]).to.deep.equal([before.width, before.height]);
    expect(localStorage.getItem(CONSENT_KEY)).to.equal(null);
  });

  it('has a skip link before the embed, to the link to the original after it', async () => {
    const element = await body(youtube);
    const [skip, box, source] = [...element.children];
    expect(skip!.textContent).to.equal('Skip YouTube content');
    expect(box!.className).to.equal('news-embed');
    const original = source!.querySelector('a')!;
    expect([original.textContent, original.href]).to.deep.equal([
      'View on YouTube',
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
    ]);
    expect(skip!.getAttribute('href')).to.equal(`#${original.id}`);
    expect(original.id, 'outside the ids content takes').not.to.match(/^user-content-/);
    (skip as HTMLElement).click();
    expect(document.activeElement).to.equal(original);
  });

  // [frame, provider named, privacy page (none: an allowed host the table does not know)]
  const providers: [string, string, string | null][] = [
    ['https://player.vimeo.com/video/1', 'Vimeo', 'https://vimeo.com/privacy'],
    ['https://platform.twitter.com/embed/Tweet.html?id=1', 'X', 'https://x.com/privacy'],
    ['https://www.instagram.com/p/abc/embed', 'Instagram', 'https://privacycenter.instagram.com/policy'],
    ['https://www.tiktok.com/embed/v2/1', 'TikTok', 'https://www.tiktok.com/legal/privacy-policy'],
    ['https://open.spotify.com/embed/episode/1', 'Spotify', 'https://www.spotify.com/legal/privacy-policy/'],
    ['https://w.soundcloud.com/player/?url=x', 'SoundCloud', 'https://soundcloud.com/pages/privacy'],
    ['https://datawrapper.dwcdn.net/AbC12/1/', 'Datawrapper', 'https://www.datawrapper.de/privacy'],
    ['https://flo.uri.sh/visualisation/1/embed', 'flo.uri.sh', null],
    ['https://public.flourish.studio/visualisation/1/', 'Flourish', 'https://flourish.studio/privacy/'],
    ['https://maps.example.com/embed?x=1', 'maps.example.com', null],
  ];
  for (const [src, name, privacy] of providers) {
    it(`names ${name} for ${new URL(src).hostname}${privacy ? ', with its privacy page' : ', without a privacy link'}`, async () => {
      const host = new URL(src).hostname;
      const element = await body(
        `<iframe src="${src}"></iframe>`,
        html`<news-article-body allow-embeds=${host}></news-article-body>`,
      );
      const group = element.querySelector('[role="group"]')!;
      expect(group.getAttribute('aria-label')).to.equal(`${name} content`);
      expect(group.querySelector('a')?.href ?? null).to.equal(privacy);
      expect(element.querySelector('.news-embed-source a')!.textContent).to.equal(`View on ${name}`);
      expect(element.querySelector('iframe')).to.equal(null);
    });
  }

  it('consent="remember": "Always load" loads this and the provider\'s other embeds, and remembers', async () => {
    const element = await body(
      `${youtube}<p><iframe src="https://www.youtube.com/embed/abcdefgh"></iframe></p>`,
      html`<news-article-body allow-embeds="www.youtube.com" consent="remember"></news-article-body>`,
    );
    button(element, 'Always load YouTube content').click();
    const frames = element.querySelectorAll('iframe');
    expect(frames).to.have.length(2);
    expect(document.activeElement).to.equal(frames[0]);
    expect(JSON.parse(localStorage.getItem(CONSENT_KEY)!)).to.deep.equal(['www.youtube.com']);
  });

  it('loads a remembered provider without asking', async () => {
    localStorage.setItem(CONSENT_KEY, JSON.stringify(['www.youtube.com']));
    const element = await body(youtube);
    expect(element.querySelector<HTMLIFrameElement>('.news-embed iframe')!.src).to.equal(
      'https://www.youtube.com/embed/dQw4w9WgXcQ',
    );
    expect(element.querySelector('[role="group"]')).to.equal(null);
  });

  it('ignores a stored value that is not a list of hosts', async () => {
    localStorage.setItem(CONSENT_KEY, '{not json');
    const element = await body(youtube);
    expect(element.querySelector('iframe')).to.equal(null);
  });

  it("a consent manager's grantEmbeds loads the placeholders on the page, and revokeEmbeds puts them back", async () => {
    const element = await body(youtube);
    const focused = document.activeElement;
    const changes: { granted: string[]; revoked: string[] }[] = [];
    // Typed for a page's code as it is (DocumentEventMap): no cast.
    const record = (event: DocumentEventMap['news-consent-change']) => changes.push(event.detail);
    document.addEventListener('news-consent-change', record);
    try {
      grantEmbeds('youtube.com');
      expect(element.querySelector('iframe')!.src).to.equal('https://www.youtube.com/embed/dQw4w9WgXcQ');
      expect(document.activeElement, 'focus stays').to.equal(focused);
      expect(localStorage.getItem(CONSENT_KEY), 'a grant is not stored').to.equal(null);
      revokeEmbeds('youtube.com');
      expect(element.querySelector('iframe')).to.equal(null);
      expect(element.querySelector('[role="group"]')).to.exist;
      expect(changes).to.deep.equal([
        { granted: ['youtube.com'], revoked: [] },
        { granted: [], revoked: ['youtube.com'] },
      ]);
    } finally {
      document.removeEventListener('news-consent-change', record);
    }
  });

  it("works the same through the package's own grantEmbeds and revokeEmbeds, which fetch the consent code", async () => {
    const element = await body(youtube);
    const api = await import('../src/index.js');
    await api.grantEmbeds('www.youtube.com');
    expect(element.querySelector('iframe')!.src).to.equal('https://www.youtube.com/embed/dQw4w9WgXcQ');
    await api.revokeEmbeds();
    expect(element.querySelector('iframe')).to.equal(null);
  });

  it('revokeEmbeds() forgets remembered choices and turns loaded frames back, also those clicked', async () => {
    localStorage.setItem(CONSENT_KEY, JSON.stringify(['www.youtube.com']));
    const element = await body(youtube);
    expect(element.querySelector('iframe')).to.exist;
    revokeEmbeds();
    expect(localStorage.getItem(CONSENT_KEY)).to.equal(null);
    expect(element.querySelector('iframe')).to.equal(null);
    button(element, 'Load').click();
    expect(element.querySelector('iframe')).to.exist;
    revokeEmbeds('www.youtube.com');
    expect(element.querySelector('iframe')).to.equal(null);
  });

  it('stops listening when disconnected, and listens again when reconnected', async () => {
    const element = await body(youtube);
    const parent = element.parentNode!;
    element.remove();
    grantEmbeds('www.youtube.com');
    expect(element.querySelector('iframe'), 'while disconnected').to.equal(null);
    revokeEmbeds();
    parent.append(element);
    grantEmbeds('www.youtube.com');
    expect(element.querySelector('iframe'), 'reconnected').to.exist;
  });

  it('takes back a subdomain remembered when its domain is revoked: no frame comes back with the next grant', async () => {
    const element = await body(
      youtube,
      html`<news-article-body allow-embeds="www.youtube.com" consent="remember"></news-article-body>`,
    );
    button(element, 'Always load YouTube content').click();
    expect(!!element.querySelector('iframe')).to.equal(true);
    revokeEmbeds('youtube.com');
    expect(!!element.querySelector('iframe')).to.equal(false);
    expect(localStorage.getItem(CONSENT_KEY)).to.equal(null);
    grantEmbeds('vimeo.com');
    expect(!!element.querySelector('iframe'), 'after another provider’s grant').to.equal(false);
  });

  it('takes back a remembered domain when a subdomain it covers is revoked', async () => {
    const element = await body(
      youtube,
      html`<news-article-body allow-embeds="youtube.com" consent="remember"></news-article-body>`,
    );
    button(element, 'Always load YouTube content').click();
    expect(JSON.parse(localStorage.getItem(CONSENT_KEY)!)).to.deep.equal(['youtube.com']);
    revokeEmbeds('www.youtube.com');
    expect(localStorage.getItem(CONSENT_KEY)).to.equal(null);
    expect(!!element.querySelector('iframe')).to.equal(false);
    grantEmbeds('vimeo.com');
    expect(!!element.querySelector('iframe'), 'after another provider’s grant').to.equal(false);
  });

  it('makes a [video] of a YouTube page an embed that asks first, never a <video> that fetches it', async () => {
    const watch = watchRequests('youtube.com');
    try {
      const element = await body('[video src="https://www.youtube.com/watch?v=dQw4w9WgXcQ"][/video]');
      expect(element.querySelector('video, iframe')).to.equal(null);
      expect(element.querySelector('.news-embed [role="group"]')).to.exist;
      expect(element.querySelector<HTMLAnchorElement>('.news-embed-source a')!.href).to.equal(
        'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
      );
      expect(watch.requests()).to.deep.equal([]);
    } finally {
      watch.stop();
    }
  });

  it('follows on its return what was granted or revoked while it was away from the page', async () => {
    const element = await body(youtube);
    const parent = element.parentNode!;
    grantEmbeds('www.youtube.com');
    element.remove();
    revokeEmbeds('youtube.com');
    parent.append(element);
    expect(!!element.querySelector('iframe'), 'revoked while away').to.equal(false);
    element.remove();
    grantEmbeds('www.youtube.com');
    parent.append(element);
    expect(!!element.querySelector('iframe'), 'granted while away').to.equal(true);
  });

  it("speaks the story's language, right to left, and passes axe", async () => {
    const element = await body(
      youtube,
      html`<news-article-body
        lang="ar"
        dir="rtl"
        allow-embeds="www.youtube.com"
        consent="remember"
      ></news-article-body>`,
    );
    const group = element.querySelector('[role="group"]')!;
    expect(group.getAttribute('aria-label')).to.equal('محتوى YouTube');
    expect(group.querySelector('button')!.textContent).to.equal('تحميل');
    await expect(element).to.be.accessible();
  });

  it("still refuses the page's own host and non-https frames", async () => {
    const warn = sinon.stub(console, 'warn');
    try {
      const element = await body(
        `<iframe src="http://www.youtube.com/embed/x"></iframe><iframe src="https://${location.host}/x"></iframe>`,
        html`<news-article-body allow-embeds=${`www.youtube.com ${location.hostname}`}></news-article-body>`,
      );
      expect(element.querySelector('.news-embed')).to.equal(null);
      expect(element.querySelectorAll('a')).to.have.length(2);
    } finally {
      warn.restore();
    }
  });
});

describe('<news-article-body> embed stories, light, dark and right to left', () => {
  afterEach(async () => {
    revokeEmbeds();
    fixtureCleanup();
    document.documentElement.removeAttribute('dir');
    await useTheme(null);
  });

  for (const [name, story] of [
    ['placeholders', EmbedsAskFirst],
    ['after consent', EmbedAfterConsent],
  ] as const) {
    for (const [theme, dir] of [
      ['light', 'ltr'],
      ['dark', 'ltr'],
      ['light', 'rtl'],
    ] as const) {
      it(`${name}, ${theme} ${dir}: passes axe`, async () => {
        await useTheme(theme);
        document.documentElement.dir = dir;
        const container = await fixture<HTMLDivElement>(html`<div></div>`);
        const args = { dropCap: false, ...story.args } as Parameters<NonNullable<typeof story.render>>[0];
        render(story.render!(args, {} as never), container);
        const element = container.querySelector('news-article-body')!;
        await element.updateComplete;
        expect(element.querySelectorAll('.news-embed').length).to.be.greaterThan(0);
        expect((await axeViolations(container)).join('\n\n')).to.equal('');
      });
    }
  }
});
