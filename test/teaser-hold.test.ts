/**
 * A teaser waits for its language's strings and for the code its render needs (a media mark's
 * durations, related links, ranks), each fetched on demand. Given more to draw while one wait is
 * on, it waits for that too: its own page, so that none of that code has loaded before.
 */
import { expect } from '@open-wc/testing';
import '../src/teaser/define.js';
import type { NewsTeaser } from '../src/teaser/teaser.js';
import { shipped, type Translations } from '../src/internal/translate.js';
import { until } from './support/until.js';

const part = (el: NewsTeaser, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part="${name}"]`);
const shown = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

it('draws what it was given while its language’s strings were on their way', async () => {
  let arrive!: (table: { default: Translations }) => void;
  const dutch = shipped['nl']!;
  shipped['nl'] = () => new Promise((resolve) => (arrive = resolve));
  const el = document.createElement('news-teaser') as NewsTeaser;
  try {
    Object.assign(el, { headline: 'Storm', href: '/storm', locale: 'nl' });
    document.body.append(el);
    await new Promise((resolve) => setTimeout(resolve, 50));
    // Meanwhile the app gives it a video and a rank.
    el.setAttribute('media', 'video');
    el.setAttribute('duration', 'PT3M20S');
    el.setAttribute('rank', '2');
    arrive(await dutch());
    await until(() => shown(part(el, 'media')).includes('3:20'), 'the duration');
    expect(shown(part(el, 'rank'))).to.equal('2');
  } finally {
    el.remove();
    shipped['nl'] = dutch;
  }
});
