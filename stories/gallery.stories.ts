import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/gallery/define.js';
import '../src/article-body/define.js';
import type { GalleryLayout } from '../src/gallery/gallery.js';

const assets = '/stories/assets';

interface Args {
  layout: GalleryLayout;
  caption: string;
  aspectRatio: string;
  locale: string;
}

/** A day in the port city after the storm: six pictures, each shown twice (12), portrait and landscape. */
const shots = [
  {
    file: 'city-1600x900.jpg',
    w: 1600,
    h: 900,
    alt: 'The city centre seen from the harbour bridge',
    caption: 'Morning traffic returns to the bridge, closed since Friday.',
  },
  {
    file: 'market-1200x1600.jpg',
    w: 1200,
    h: 1600,
    alt: 'A fish stall at the covered market',
    caption: 'The covered market reopened at six, with half its stalls.',
  },
  {
    file: 'harbour-800x800.jpg',
    w: 800,
    h: 800,
    alt: 'Boats moored in the inner harbour',
    caption: 'The inner harbour, where the wall held.',
  },
  {
    file: 'weightlifter-1200x800.jpg',
    w: 1200,
    h: 800,
    alt: 'A weightlifter at the city championships',
    caption: 'The championships went ahead in the sports hall.',
  },
  {
    file: 'city-600x600.jpg',
    w: 600,
    h: 600,
    alt: 'Office towers along the river',
    caption: 'Offices on the river front stayed shut.',
  },
  {
    file: 'city-800x450.jpg',
    w: 800,
    h: 450,
    alt: 'Evening light over the old town',
    caption: 'The old town at dusk, lights back on.',
  },
];
const twelve = [...shots, ...shots].map((shot, i) => ({
  ...shot,
  credit: i % 2 ? 'Jo Lee/Harbour Herald' : 'Min-ji Park/Reuters',
}));

/** The same day for an Arabic paper: Arabic captions, agencies' credits in Latin letters. */
const arabic = [
  ['وسط المدينة من جسر الميناء', 'حركة المرور الصباحية تعود إلى الجسر المغلق منذ الجمعة.'],
  ['كشك سمك في السوق المسقوف', 'السوق المسقوف أعاد فتح أبوابه في السادسة بنصف أكشاكه.'],
  ['قوارب راسية في الميناء الداخلي', 'الميناء الداخلي، حيث صمد الجدار.'],
  ['رافعة أثقال في بطولة المدينة', 'أقيمت البطولة في الصالة الرياضية.'],
  ['أبراج مكاتب على طول النهر', 'المكاتب على ضفة النهر بقيت مغلقة.'],
  ['ضوء المساء فوق البلدة القديمة', 'البلدة القديمة عند الغروب، وقد عادت الأضواء.'],
];
const twelveArabic = twelve.map((shot, i) => ({
  ...shot,
  alt: arabic[i % 6]![0]!,
  caption: arabic[i % 6]![1]!,
  credit: i % 2 ? 'AFP/Getty Images' : 'Min-ji Park/Reuters',
}));

const gallery = (args: Args, pictures = twelve) =>
  html`<news-gallery
    layout=${args.layout}
    caption=${args.caption || nothing}
    aspect-ratio=${args.aspectRatio || nothing}
    locale=${args.locale || nothing}
  >
    ${pictures.map(
      (shot) =>
        html`<news-figure
          src="${assets}/${shot.file}"
          alt=${shot.alt}
          width=${shot.w}
          height=${shot.h}
          caption=${shot.caption}
          credit=${shot.credit}
        ></news-figure>`,
    )}
  </news-gallery>`;

const meta: Meta<Args> = {
  title: 'Components/Gallery',
  component: 'news-gallery',
  tags: ['autodocs'],
  args: {
    layout: 'grid',
    caption: 'The day after the storm: the port city counts the cost. Photographs by our staff and agencies.',
    aspectRatio: '4/3',
    locale: '',
  },
  argTypes: { layout: { control: 'inline-radio', options: ['grid', 'carousel'] } },
  render: (args) => gallery(args),
};
export default meta;
type Story = StoryObj<Args>;

/**
 * Twelve pictures, portrait and landscape, in equal cells (each cropped around its centre or its
 * `focal-point`), every one with its own caption and credit, and the gallery's caption below.
 * Each picture opens the page's viewer.
 */
export const Grid: Story = {};

/**
 * The same pictures one at a time: previous and next buttons (arrow keys on them step too), "3 of
 * 12" in the language's digits, and scrolling that snaps. Right to left, it runs the other way.
 */
export const Carousel: Story = { args: { layout: 'carousel' } };

/**
 * An Arabic carousel: Arabic-Indic digits ("١ من ١٢"), and it runs right to left. The agencies'
 * credits, in Latin letters as Arabic papers often print them, read left to right.
 */
export const CarouselArabic: Story = {
  name: 'Carousel (Arabic)',
  args: {
    layout: 'carousel',
    locale: 'ar-EG',
    caption: 'اليوم التالي للعاصفة: المدينة الساحلية تحصي خسائرها.',
  },
  parameters: { direction: 'rtl' },
  render: (args) => html`<div lang="ar-EG" dir="rtl">${gallery(args, twelveArabic)}</div>`,
};

/** What WordPress's block editor stores for a gallery (WordPress 6), as the article body shows it. */
const blockGallery = `<p>The storm took the harbour wall in the night; by morning the fish market had moved to the car park.</p>
<figure class="wp-block-gallery has-nested-images columns-default is-cropped">
<figure class="wp-block-image size-large"><img decoding="async" loading="lazy" width="1024" height="576" data-id="21" src="${assets}/city-1600x900.jpg" alt="The city centre seen from the harbour bridge" class="wp-image-21"/><figcaption class="wp-element-caption">Morning traffic returns to the bridge.</figcaption></figure>
<figure class="wp-block-image size-large"><img decoding="async" loading="lazy" width="768" height="1024" data-id="22" src="${assets}/market-1200x1600.jpg" alt="A fish stall at the covered market" class="wp-image-22"/><figcaption class="wp-element-caption">Stalls open at dawn in the car park.</figcaption></figure>
<figure class="wp-block-image size-large"><img decoding="async" loading="lazy" width="800" height="800" data-id="23" src="${assets}/harbour-800x800.jpg" alt="Boats moored in the inner harbour" class="wp-image-23"/></figure>
<figcaption class="blocks-gallery-caption wp-element-caption">The harbour, a week after the storm.</figcaption></figure>
<p>Repairs will start in spring, the harbour authority said. Its photographers went back a week later:</p>
[gallery ids="31,32" type="slideshow"]
<p>The authority will hold three public meetings before the work starts.</p>`;

/**
 * CMS content with a block-editor gallery and a classic `[gallery ids]` shortcode (Jetpack's
 * slideshow), whose ids the article body's `media` resolves: both become `<news-gallery>`s, whose
 * code loads only now.
 */
export const WordPressGallery: Story = {
  name: 'WordPress gallery',
  render: () =>
    html`<news-article-body
      .media=${{
        31: {
          src: `${assets}/weightlifter-1200x800.jpg`,
          alt: 'A weightlifter at the city championships',
          caption: 'The sports hall, dry again.',
          width: 1200,
          height: 800,
        },
        32: {
          src: `${assets}/city-600x600.jpg`,
          alt: 'Office towers along the river',
          caption: 'The river front on Monday.',
          width: 600,
          height: 600,
        },
      }}
      .html=${blockGallery}
    ></news-article-body>`,
};
