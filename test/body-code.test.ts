/**
 * When a live blog may draw its posts (src/live-blog/body-code.ts), with the code for posts' HTML
 * given by each case: what a reader sees when that code is slow, fails, or comes after the first
 * posts were drawn. The blog itself, with the real code, is in live-blog-bodies.test.ts.
 */
import { expect } from '@open-wc/testing';
import type { ReactiveControllerHost } from 'lit';
import { BodyCode } from '../src/live-blog/body-code.js';
import type { Post } from '../src/live-blog/posts.js';

const post = (html?: string): Post => ({
  item: { id: 'p1', datetime: '2026-12-06T05:00:00Z', ...(html && { html }) },
  time: 0,
});
const withHtml = [post(), post('<p>Counting begins.</p>')];

interface Asked {
  arrive: () => void;
  fail: (error: Error) => void;
  /** Settled once the blog has heard (its own callbacks were registered first). */
  settled: Promise<unknown>;
}

/** A BodyCode whose code comes when `arrive()` or fails when `fail()` is called. */
function blog() {
  const asked: Asked[] = [];
  const updates: number[] = [];
  const failures: unknown[] = [];
  const host = { requestUpdate: () => updates.push(1) } as unknown as ReactiveControllerHost;
  const code = () => {
    const request = {} as Asked;
    const promise = new Promise<void>((arrive, fail) => Object.assign(request, { arrive, fail }));
    asked.push(Object.assign(request, { settled: promise.catch(() => undefined) }));
    return promise;
  };
  const bodies = new BodyCode(host, (error) => failures.push(error), code);
  return { bodies, asked, updates, failures };
}

describe('BodyCode: when a live blog draws its posts', () => {
  it('holds posts until the code for their HTML has come, asked for once, then draws again', async () => {
    const { bodies, asked, updates } = blog();
    expect(bodies.drawable(withHtml, false)).to.equal(false);
    expect(bodies.drawable(withHtml, false)).to.equal(false);
    expect(asked).to.have.length(1);
    asked[0]!.arrive();
    await asked[0]!.settled;
    expect(updates).to.have.length(1);
    expect(bodies.drawable(withHtml, false)).to.equal(true);
  });

  it('draws posts without HTML at once, asking for nothing', () => {
    const { bodies, asked } = blog();
    expect(bodies.drawable([post(), post()], false)).to.equal(true);
    expect(asked).to.have.length(0);
  });

  it('draws the posts without their HTML, with one warning, when the code fails to load', async () => {
    const { bodies, asked, updates, failures } = blog();
    expect(bodies.drawable(withHtml, false)).to.equal(false);
    asked[0]!.fail(new Error('network'));
    await asked[0]!.settled;
    expect(failures).to.have.length(1);
    expect(updates).to.have.length(1);
    expect(bodies.drawable(withHtml, false)).to.equal(true);
  });

  it('keeps drawn posts drawn: a later page or new posts with HTML do not hide them', () => {
    const { bodies } = blog();
    expect(bodies.drawable([post()], false)).to.equal(true);
    bodies.drew(1);
    expect(bodies.drawable(withHtml, false)).to.equal(true);
  });

  it('draws what the server drew, but a server render with no posts does not count as drawn', () => {
    const { bodies } = blog();
    expect(bodies.drawable([], true), 'the hydrating render').to.equal(true);
    bodies.drew(0);
    // The server had no posts (a blog given only src): the feed's posts wait for their code.
    expect(bodies.drawable(withHtml, false), 'the feed’s posts').to.equal(false);
  });
});
