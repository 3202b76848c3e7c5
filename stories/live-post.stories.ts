import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/live-post/define.js';

interface Args {
  headline: string;
  author: string;
  keyEvent: boolean;
  pinned: boolean;
  locale: string;
}

// Minutes before the story renders: the time is printed relative ("8 minutes ago") and kept current.
const ago = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

const post = (
  args: Args,
  body = html`<p>The governing party holds the seat with a reduced majority of 2,140.</p>`,
) =>
  html`<news-live-post
    post-id="first-result"
    datetime=${ago(8)}
    headline=${args.headline || nothing}
    author=${args.author || nothing}
    ?key-event=${args.keyEvent}
    ?pinned=${args.pinned}
    locale=${args.locale || nothing}
    >${body}</news-live-post
  >`;

/**
 * One post of a live blog, as `<news-live-blog>` draws it or as you write it inside one: its time
 * (the permalink, `#post-<id>`), an optional headline and author, the marks "Key event" and
 * "Pinned", the post as markup, and "Copy link" (announced "Link copied").
 */
const meta: Meta<Args> = {
  title: 'Components/Live post',
  component: 'news-live-post',
  tags: ['autodocs'],
  args: {
    headline: 'First seat declared in Riverside North',
    author: 'Tomás Herrera',
    keyEvent: false,
    pinned: false,
    locale: '',
  },
  render: (args) => post(args),
};
export default meta;
type Story = StoryObj<Args>;

/** A post with a headline, an author and its text. */
export const Default: Story = {};

/** A key event: marked, with a rule above it, and linked from the blog's key events. */
export const KeyEvent: Story = { args: { keyEvent: true } };

/** The pinned post the blog keeps on top. */
export const Pinned: Story = {
  args: { pinned: true, headline: 'Welcome to our live coverage of election night', author: 'Amina Yusuf' },
};

/** A short post with no headline, as most posts of a busy night are. */
export const WithoutHeadline: Story = { args: { headline: '' } };

/** Arabic, right to left: the marks, the time and the button in Arabic. */
export const Arabic: Story = {
  args: { headline: 'بدء فرز الأصوات في العاصمة', author: 'أميرة حسن', keyEvent: true, locale: 'ar' },
  render: (args) =>
    html`<div dir="rtl" lang="ar">
      ${post(args, html`<p>أغلقت مراكز الاقتراع أبوابها في الساعة العاشرة مساءً وبدأ الفرز على الفور.</p>`)}
    </div>`,
  parameters: { direction: 'rtl' },
};
