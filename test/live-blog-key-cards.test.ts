/**
 * The key events on a wide screen: a row of cards, each its time and at most two whole lines of
 * its headline, as every theme sets them, left to right and right to left. A page of its own width
 * in a frame (the row is drawn from 48rem on), with the theme as shipped.
 */
import { expect, fixture } from '@open-wc/testing';
import type { LivePostItem, NewsLiveBlog } from '../src/live-blog/live-blog.js';
import { shipped } from './support/preload.js';

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

// A word longer than a card (German writes its compounds whole), a headline cut after two lines,
// and one of a line.
const headlines = {
  en: [
    'Bundestagswahlergebnisfeststellungsverfahren beginnt in Berlin',
    'Opposition leader concedes defeat in a short speech to volunteers in the port city',
    'Turnout up',
  ],
  ar: [
    'المعارضة تعلن فوزها في الدائرة الشمالية بعد إعادة فرز الأصوات في ثلاث محافظات',
    'الاستحقاقاتالانتخابيةوالتشريعيةوالرئاسيةوالبلدية تبدأ',
    'بدء الفرز',
  ],
};

/** The cards of a blog in `theme`, in `lang`, on a page 1,000 px wide. */
async function cards(theme: string, lang: keyof typeof headlines) {
  const frame = await fixture<HTMLIFrameElement>(
    `<iframe title="A wide screen" style="inline-size: 1000px; block-size: 600px; border: 0"></iframe>`,
  );
  const page = frame.contentDocument!;
  page.open();
  page.write(
    `<!doctype html><html lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}"><style>${await shipped(`${theme}.css`)}</style><body><news-live-blog></news-live-blog>`,
  );
  page.close();
  const script = page.createElement('script');
  script.type = 'module';
  script.textContent = `import '/src/live-blog/define.ts';`;
  page.body.append(script);
  await frame.contentWindow!.customElements.whenDefined('news-live-blog');
  const el = page.querySelector('news-live-blog') as NewsLiveBlog;
  el.items = headlines[lang].map((headline, i): LivePostItem => ({
    id: `k${i}`,
    datetime: minutesAgo(i + 1),
    headline,
    keyEvent: true,
  }));
  await el.updateComplete;
  await page.fonts.ready;
  const nav = el.shadowRoot!.querySelector('nav[part~="key-events"]')!;
  expect(nav.checkVisibility(), 'the row of cards').to.be.true;
  return [...nav.querySelectorAll('li')];
}

for (const theme of ['light', 'dark', 'tabloid'])
  for (const lang of ['en', 'ar'] as const)
    it(`shows each key event's time and at most two whole lines of its headline in a card of its own (${theme}, ${lang})`, async () => {
      const shown = await cards(theme, lang);
      expect(shown).to.have.length(3);
      // The last headline is short: its card is as wide as every card is.
      const width = shown[2]!.getBoundingClientRect().width;
      for (const card of shown) {
        const headline = card.querySelector<HTMLElement>('.key-headline')!;
        const name = headline.textContent!;
        const box = card.getBoundingClientRect();
        const [time, text] = [card.querySelector('time')!, headline].map((e) => e.getBoundingClientRect());
        // Every card as wide as the next: a long word breaks rather than widening its card.
        expect(box.width, `${name}: the card's width`).to.be.closeTo(width, 0.5);
        expect(headline.scrollWidth, `${name}: nothing runs past the card`).to.be.at.most(
          headline.clientWidth,
        );
        for (const part of [time, text]) {
          expect(part.left, `${name}: inside its card`).to.be.at.least(box.left - 0.5);
          expect(part.right, `${name}: inside its card`).to.be.at.most(box.right + 0.5);
        }
        // The time, then one or two whole lines (WebKit rounds each line down), all in the card.
        expect(text.top, `${name}: under its time`).to.be.at.least(time.bottom - 0.5);
        expect(text.bottom, `${name}: in the card`).to.be.at.most(box.bottom + 0.5);
        const line = parseFloat(getComputedStyle(headline).lineHeight);
        const lines = Math.round(text.height / line);
        expect(lines, `${name}: lines shown`).to.be.within(1, 2);
        expect(text.height, `${name}: whole lines`).to.be.closeTo(lines * line, line / 4);
      }
      // The long headline is cut on the screen, whole in its link.
      expect(shown[lang === 'en' ? 1 : 0]!.querySelector('a')!.textContent).to.contain(
        headlines[lang][lang === 'en' ? 1 : 0],
      );
    });
