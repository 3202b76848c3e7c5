import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ref } from 'lit/directives/ref.js';
import '../src/live-blog/define.js';
import type { LivePostItem, NewsLiveBlog } from '../src/live-blog/live-blog.js';
import { itemsSource } from './source.js';

interface Args {
  items: LivePostItem[];
  order: string;
  ended: boolean;
  locale: string;
  page: number;
}

const ago = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

/** Election night in a capital, as a desk would file it. */
const election = (): LivePostItem[] => [
  {
    id: 'welcome',
    datetime: ago(240),
    headline: 'Welcome to our live coverage of election night',
    author: 'Amina Yusuf',
    html: '<p>Polls close at 22:00. We will bring you the exit poll, the first declarations and reaction from the campaigns.</p>',
    pinned: true,
  },
  {
    id: 'exit-poll',
    datetime: ago(95),
    headline: 'Exit poll points to a hung parliament',
    author: ['Amina Yusuf', 'Tomás Herrera'],
    html: '<p>The joint broadcasters’ exit poll puts no party within 20 seats of a majority.</p>',
    keyEvent: true,
  },
  {
    id: 'turnout',
    datetime: ago(60),
    author: 'Joanna Mwangi',
    html: '<p>Turnout in the northern districts is running at <strong>71%</strong>, officials say, up six points on the last election.</p>',
  },
  {
    id: 'first-result',
    datetime: ago(32),
    headline: 'First seat declared in Riverside North',
    author: 'Tomás Herrera',
    html: '<p>The governing party holds the seat with a reduced majority of 2,140.</p><blockquote><p>“The night is young,” the returning officer said.</p></blockquote>',
    keyEvent: true,
  },
  {
    id: 'reaction',
    datetime: ago(8),
    author: 'Joanna Mwangi',
    html: '<p>The opposition leader thanked volunteers in a short speech in the port city, declining to claim victory.</p>',
  },
];

const arabic: LivePostItem[] = [
  {
    id: 'ar-1',
    datetime: ago(50),
    headline: 'بدء فرز الأصوات في العاصمة',
    author: 'أميرة حسن',
    html: '<p>أغلقت مراكز الاقتراع أبوابها في الساعة العاشرة مساءً وبدأ الفرز على الفور.</p>',
    keyEvent: true,
  },
  {
    id: 'ar-2',
    datetime: ago(12),
    author: 'يوسف منصور',
    html: '<p>بلغت نسبة المشاركة في المحافظات الشمالية ٧١٪ بحسب اللجنة الانتخابية.</p>',
  },
];

const blog = (args: Args, extra: unknown = nothing) =>
  html`<news-live-blog
    .items=${args.items}
    order=${args.order || nothing}
    ?ended=${args.ended}
    locale=${args.locale || nothing}
    page=${args.page || nothing}
    ${extra}
  ></news-live-blog>`;

const meta: Meta<Args> = {
  title: 'Components/Live blog',
  component: 'news-live-blog',
  tags: ['autodocs'],
  args: { items: election(), order: '', ended: false, locale: '', page: 0 },
  render: (args) => blog(args),
  parameters: itemsSource<Args>((args) => [['news-live-blog', args.items]]),
};
export default meta;
type Story = StoryObj<Args>;

/** Election night: newest first, the welcome post pinned on top, two key events linked above. */
export const Default: Story = {};

const feeding = new WeakSet<Element>();
/**
 * A simulated feed (a timer, no network): every few seconds a post arrives, one is edited, one
 * is deleted. Scroll into the posts and new ones wait behind the "N new updates" button.
 */
export const SimulatedFeed: Story = {
  render: (args) =>
    blog(
      args,
      ref((element) => {
        const el = element as NewsLiveBlog | undefined;
        if (!el || feeding.has(el)) return;
        feeding.add(el);
        let items = election();
        let step = 0;
        const timer = setInterval(() => {
          if (!el.isConnected) return clearInterval(timer);
          step++;
          if (step % 3 === 1)
            items = [
              ...items,
              {
                id: `new-${step}`,
                datetime: ago(0),
                author: 'Joanna Mwangi',
                html: `<p>Declaration ${step}: the count in ward ${step} is complete.</p>`,
              },
            ];
          else if (step % 3 === 2)
            items = items.map((item) =>
              item.id === 'turnout'
                ? {
                    ...item,
                    modified: ago(0),
                    html: `<p>Turnout in the northern districts is now ${71 + step}%.</p>`,
                  }
                : item,
            );
          else items = items.filter((item) => item.id !== `new-${step - 2}` || step < 6);
          el.items = items;
        }, 4000);
      }),
    ),
};

/** The reader has scrolled into the posts when three arrive: they wait behind the button. */
export const NewUpdatesWaiting: Story = {
  render: (args) =>
    html`<div style="block-size: 40rem; overflow: auto">
      ${blog(
        args,
        ref((element) => {
          const el = element as NewsLiveBlog | undefined;
          if (!el || feeding.has(el)) return;
          feeding.add(el);
          void (async () => {
            // The posts are drawn once the code for their HTML has come, a render or two later.
            let post: Element | null;
            while (!(post = el.shadowRoot?.querySelector('#post-reaction') ?? null))
              await new Promise(requestAnimationFrame);
            post.scrollIntoView();
            el.items = [
              ...args.items,
              ...[1, 2, 3].map((n) => ({
                id: `late-${n}`,
                datetime: ago(0),
                html: `<p>Result ${n} of the night.</p>`,
              })),
            ];
          })();
        }),
      )}
    </div>`,
};

/** Over: "Ended", no pulse, no more polling. */
export const Ended: Story = { args: { ended: true } };

/** A timeline, oldest first. */
export const OldestFirst: Story = { args: { order: 'oldest-first' } };

/** Arabic, right to left. */
export const Arabic: Story = { args: { items: arabic, locale: 'ar' } };

/** A storm followed all day: 45 posts, a key event every ten. */
const storm = (): LivePostItem[] =>
  Array.from({ length: 45 }, (_, i) => ({
    id: `storm-${i + 1}`,
    datetime: ago(600 - i * 12),
    headline: i % 10 === 4 ? `Storm update: ${i + 1} roads closed` : '',
    author: i % 2 ? 'Jon Berg' : 'Amal Haddad',
    html: `<p>Gusts of ${60 + (i % 7) * 5} km/h were recorded on the coast at update ${i + 1}.</p>`,
    keyEvent: i % 10 === 4,
  }));

/**
 * A long blog on its second page (`page="2"`, or `?page=2` in the address): posts 21 to 40, with
 * "Newer posts" above and "Older posts" below, real links that work without JavaScript; with it,
 * "Older posts" adds the next page in place.
 */
export const SecondPage: Story = {
  args: { items: storm(), page: 2 },
  // Page 2 needs more than the first few posts: the snippet makes the same 45 as storm() above.
  parameters: itemsSource<Args>(() => [
    [
      'news-live-blog',
      {
        code: `Array.from({ length: 45 }, (_, i) => ({
    id: \`storm-\${i + 1}\`,
    datetime: new Date(Date.now() - (600 - i * 12) * 60_000).toISOString(),
    headline: i % 10 === 4 ? \`Storm update: \${i + 1} roads closed\` : '',
    author: i % 2 ? 'Jon Berg' : 'Amal Haddad',
    html: \`<p>Gusts of \${60 + (i % 7) * 5} km/h were recorded on the coast at update \${i + 1}.</p>\`,
    keyEvent: i % 10 === 4,
  }))`,
      },
    ],
  ]),
};
