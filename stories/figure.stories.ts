import type { Decorator, Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/figure/define.js';
import { stories } from './languages.content.js';

const assets = '/stories/assets';

interface Args {
  src: string;
  srcset: string;
  sizes: string;
  alt?: string;
  width?: number;
  height?: number;
  loading: 'lazy' | 'eager';
  fetchPriority: '' | 'high' | 'low' | 'auto';
  caption: string;
  credit: string;
  creditLabel: string;
  layout: 'inline' | 'wide' | 'full-bleed' | 'thumbnail';
  aspectRatio: string;
  focalPoint: string;
  zoomable: boolean;
  locale: string;
}

const figure = (args: Args) => html`
  <news-figure
    src=${args.src || nothing}
    srcset=${args.srcset || nothing}
    sizes=${args.sizes || nothing}
    alt=${args.alt ?? nothing}
    width=${args.width ?? nothing}
    height=${args.height ?? nothing}
    loading=${args.loading}
    fetchpriority=${args.fetchPriority || nothing}
    caption=${args.caption || nothing}
    credit=${args.credit || nothing}
    credit-label=${args.creditLabel || nothing}
    layout=${args.layout}
    aspect-ratio=${args.aspectRatio || nothing}
    focal-point=${args.focalPoint || nothing}
    ?zoomable=${args.zoomable}
    locale=${args.locale || nothing}
  ></news-figure>
`;

interface Column {
  lang?: string;
  before: string;
  after: string;
}

/** The story's text around the figure, in English unless a story gives its own (`column`). */
const english: Column = {
  before: `The provincial government has approved the first phase of a new district on the river’s north
    bank, promising housing for 40,000 people and a tram line by the end of the decade.`,
  after: `Critics on the council say the plans leave too little room for the farmland that surrounds
    the site. “We are being asked to trust drawings,” one councillor said on Tuesday.`,
};

/**
 * The toolbar's right to left lays the Arabic story's caption over the figure, in `locale: 'ar'`
 * (rtl.content.ts): the text around it comes from that story too, so the page reads as Arabic
 * rather than as English set right to left with its full stops at the wrong end.
 */
const arabic: Column = { lang: 'ar', before: stories.ar!.body[0], after: stories.ar!.body[1] };

/** The figure inside a story's text column, so its place in the reading flow shows. */
const inColumn: Decorator = (story, { parameters, args }) => {
  const { lang, before, after } =
    (parameters.column as Column | undefined) ?? (args.locale === 'ar' ? arabic : english);
  return html`
    <div
      class="story-column"
      lang=${lang ?? nothing}
      style="max-inline-size: 36rem; margin: 0 auto; padding: 1rem"
    >
      <p style="margin-block: 0 1.5rem">${before}</p>
      ${story()}
      <p style="margin-block: 1.5rem 0">${after}</p>
    </div>
  `;
};

const meta: Meta<Args> = {
  title: 'Components/Figure',
  component: 'news-figure',
  tags: ['autodocs'],
  decorators: [inColumn],
  argTypes: {
    layout: { control: 'inline-radio', options: ['inline', 'wide', 'full-bleed', 'thumbnail'] },
    loading: { control: 'inline-radio', options: ['lazy', 'eager'] },
    fetchPriority: { control: 'inline-radio', options: ['', 'high', 'low', 'auto'] },
  },
  args: {
    src: `${assets}/city-800x450.jpg`,
    srcset: `${assets}/city-800x450.jpg 800w, ${assets}/city-1600x900.jpg 1600w`,
    sizes: '',
    alt: 'Towers of a new district rise against an evening sky',
    width: 1600,
    height: 900,
    loading: 'lazy',
    fetchPriority: '',
    caption: 'A ‘city of the future’ in the province',
    credit: 'Min-jun Park/Provincial News Agency',
    creditLabel: '',
    layout: 'inline',
    aspectRatio: '',
    focalPoint: '',
    zoomable: false,
    locale: '',
  },
  render: figure,
};
export default meta;
type Story = StoryObj<Args>;

/** The picture a story leads with: loaded eagerly at high priority, its box reserved from the start. */
export const LeadImage: Story = {
  args: { loading: 'eager', fetchPriority: 'high', sizes: '(min-width: 38rem) 36rem, 100vw' },
};

/** A picture in the body of a story, at the width of the text. */
export const Inline: Story = {
  args: {
    src: `${assets}/weightlifter-1200x800.jpg`,
    srcset: '',
    alt: 'A weightlifter holds the barbell above her head, arms locked',
    width: 1200,
    height: 800,
    caption: 'Champion weightlifter after her lift',
    credit: 'Still from a broadcaster',
  },
};

/** Wider than the text column, breaking out on both sides (narrow screens: edge to edge). */
export const Wide: Story = {
  args: { layout: 'wide', src: `${assets}/city-1600x900.jpg`, srcset: '' },
  parameters: { layout: 'fullscreen' },
};

/**
 * Edge to edge, cropped to a strip around its focal point (the boat, low in the square photo); the
 * caption keeps a gutter, and inside an article starts where the text does.
 */
export const FullBleed: Story = {
  args: {
    layout: 'full-bleed',
    src: `${assets}/harbour-800x800.jpg`,
    srcset: '',
    width: 800,
    height: 800,
    aspectRatio: '2/1',
    focalPoint: '50% 76%',
    alt: 'A sailing boat crosses the harbour in the blue light before dawn',
    caption: 'The harbour at dawn, before the ferries start running',
    credit: 'Ji-woo Han',
  },
  parameters: { layout: 'fullscreen' },
};

/** A small image beside its caption, as in a list of related stories. */
export const Thumbnail: Story = {
  args: {
    layout: 'thumbnail',
    src: `${assets}/city-600x600.jpg`,
    srcset: '',
    width: 600,
    height: 600,
    alt: '',
    caption: 'Planners unveil the riverside district: towers, a tram line and a new bridge',
    credit: 'Provincial planning office',
  },
};

/**
 * Art direction with your own `<picture>`: a square crop on narrow screens, the wide frame
 * elsewhere. The figure sizes the `<img>` inside it.
 */
export const ArtDirectedPicture: Story = {
  render: (args) => html`
    <news-figure caption=${args.caption} credit=${args.credit}>
      <picture>
        <source media="(max-width: 30em)" srcset="${assets}/city-600x600.jpg" width="600" height="600" />
        <img src="${assets}/city-1600x900.jpg" alt=${args.alt ?? ''} width="1600" height="900" />
      </picture>
    </news-figure>
  `,
};

/** Links and emphasis in the caption and credit, through the `caption` and `credit` slots. */
export const RichCaption: Story = {
  render: (args) => html`
    <news-figure src=${args.src} srcset=${args.srcset} alt=${args.alt ?? ''} width="1600" height="900">
      <span slot="caption">
        An artist’s impression of the district, from the
        <a href="https://example.com/province/masterplan">provincial masterplan</a>
        (<em>draft, March</em>)
      </span>
      <span slot="credit"><a href="https://example.com/agency">Provincial News Agency</a></span>
    </news-figure>
  `,
};

/** No caption, only the credit: still announced as a credit ("Photograph: …"). */
export const CreditOnly: Story = {
  args: { caption: '', credit: 'Pool photographer/Provincial News Agency' },
};

/** A caption the way the CMS sent it: long, with an unbroken web address that wraps in the column. */
export const LongCaption: Story = {
  args: {
    src: `${assets}/market-1200x1600.jpg`,
    srcset: '',
    width: 1200,
    height: 1600,
    aspectRatio: '4/3',
    alt: 'A market stall with a green canopy and red awning',
    caption:
      'Stallholders at the old market, which is to be moved to make way for the tram depot. ' +
      'The council says traders will be offered places in the new covered hall, which opens next spring; ' +
      'the traders’ association has published its objections at ' +
      'https://example.com/old-market-traders-association/objections-to-the-relocation-plan-2024.pdf',
    credit: 'Seo-yeon Lee for the Provincial News Agency',
  },
};

/**
 * The photo desk has not filed the picture yet (no `src`): the reserved box shows a neutral
 * placeholder, the caption and credit stay, and the console says what is missing, once.
 */
export const MissingImage: Story = {
  parameters: { expectedWarnings: ['has no image'] },
  args: { src: '', srcset: '', caption: 'Photo to follow: the council vote on the district plan' },
};

/** An Arabic caption and credit, aligned right, with the credit announced as "تصوير:". */
export const RtlCaption: Story = {
  name: 'RTL caption (Arabic)',
  parameters: {
    direction: 'rtl',
    column: {
      lang: 'ar',
      before:
        'وافقت حكومة المحافظة على المرحلة الأولى من حي جديد على الضفة الشمالية للنهر، يَعِد بمساكن لأربعين ألف شخص وبخط ترام قبل نهاية العقد.',
      after:
        'يقول منتقدون في المجلس إن الخطط تترك مساحة ضئيلة للأراضي الزراعية المحيطة بالموقع. «يُطلب منا أن نثق برسوم على الورق»، قال أحد أعضاء المجلس يوم الثلاثاء.',
    },
  },
  args: {
    alt: 'أبراج حي جديد ترتفع في سماء المساء',
    caption: '«مدينة المستقبل» في المحافظة: المرحلة الأولى من الحي الجديد على الضفة الشمالية للنهر',
    credit: 'وكالة أنباء المحافظة',
  },
};

/** Click, or Enter or Space on the button over the image, opens the full-size image; Escape closes it. */
export const Zoomable: Story = {
  args: {
    zoomable: true,
    src: `${assets}/weightlifter-1200x800.jpg`,
    srcset: '',
    width: 1200,
    height: 800,
    alt: 'A weightlifter holds the barbell above her head, arms locked',
    caption: 'Champion weightlifter after her lift',
    credit: 'Still from a broadcaster',
  },
};

const lightbox = [
  {
    src: `${assets}/city-800x450.jpg`,
    srcset: `${assets}/city-800x450.jpg 800w, ${assets}/city-1600x900.jpg 1600w`,
    width: 1600,
    height: 900,
    alt: 'Towers of a new district rise against an evening sky',
    caption: 'The first towers of the north bank district, seen from the old bridge',
    credit: 'Seoul Metropolitan Government',
  },
  {
    src: `${assets}/market-1200x1600.jpg`,
    width: 1200,
    height: 1600,
    alt: 'A market stall under a green awning',
    caption: 'Stalls open at dawn on the square the plans would keep',
    credit: 'Ana Ruiz/Reuters',
  },
  {
    src: `${assets}/harbour-800x800.jpg`,
    width: 800,
    height: 800,
    alt: 'Fishing boats moored along the harbour wall',
    caption: 'The harbour, where the tram line would end',
    credit: 'Harbour Authority',
  },
  {
    src: `${assets}/weightlifter-1200x800.jpg`,
    width: 1200,
    height: 800,
    alt: 'A weightlifter holds the barbell above her head, arms locked',
    caption: 'The district’s new sports hall hosted the regional championship',
    credit: 'Still from a broadcaster',
  },
];

/**
 * Zoomable figures open one lightbox: the large image with its caption and credit, "2 of 4",
 * previous and next by the buttons, the arrow keys (mirrored right-to-left) or a swipe, Escape or
 * Close to leave. The address shows `#image-2` while it is open: a link to it opens the viewer there.
 */
export const Lightbox: Story = {
  render: (args) => html`
    ${lightbox.map(
      (item) => html`
        <news-figure
          zoomable
          src=${item.src}
          srcset=${item.srcset || nothing}
          alt=${item.alt}
          width=${item.width}
          height=${item.height}
          caption=${item.caption}
          credit=${item.credit}
          locale=${args.locale || nothing}
          style="margin-block-end: 1.5rem"
        ></news-figure>
      `,
    )}
  `,
};

/** Restyled through its custom properties, following the theme's tokens. */
export const Themed: Story = {
  render: (args) => html`
    <style>
      .figure-themed {
        --news-figure-caption-font: var(--news-font-body, Georgia, serif);
        --news-figure-caption-size: 1rem;
        --news-figure-caption-color: var(--news-color-text-muted);
        --news-figure-credit-color: var(--news-color-text);
        --news-figure-radius: var(--news-radius-md, 6px);
        --news-figure-gap: 0.75rem;
      }
      .figure-themed::part(credit) {
        text-transform: uppercase;
        letter-spacing: 0.04em;
      }
    </style>
    <div class="figure-themed">${figure(args)}</div>
  `,
};

/**
 * A video with its poster and subtitles (`type="video"`, `tracks`): the browser's own player, its
 * box reserved by `width` and `height` before anything loads, the duration at the caption's start,
 * and the credit read as "Video:". (The clip is a two-second tone: the demo ships no real film.)
 */
export const VideoWithSubtitles: Story = {
  name: 'Video with subtitles',
  render: (args) => html`
    <news-figure
      type="video"
      src="${assets}/tone-2s.wav"
      poster="${assets}/city-800x450.jpg"
      width="800"
      height="450"
      duration="PT3M20S"
      caption="Boats leave the harbour before the market opens"
      credit="Harbour Films"
      locale=${args.locale || nothing}
      .tracks=${[
        { src: `${assets}/subtitles-en.vtt`, srclang: 'en', label: 'English', default: true },
        { src: `${assets}/subtitles-ar.vtt`, srclang: 'ar', label: 'العربية' },
      ]}
    ></news-figure>
  `,
};

/** An audio clip (`type="audio"`): its length comes from the file itself, the credit reads "Audio:". */
export const AudioClip: Story = {
  name: 'Audio clip',
  render: (args) => html`
    <news-figure
      type="audio"
      src="${assets}/tone-2s.wav"
      caption="The harbour master’s morning call"
      credit="Radio Harbour"
      locale=${args.locale || nothing}
    ></news-figure>
  `,
};
