import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/partner-banner/define.js';

const assets = '/stories/assets';

interface Args {
  label: string;
  variant: 'partner' | 'sponsored' | 'paid';
  name: string;
  href: string;
  logoSrc: string;
  logoSrcDark: string;
  logoAlt: string;
  logoWidth?: number;
  logoHeight?: number;
  aboutHref: string;
  locale: string;
}

/** The three partners of the stories, as a CMS would hand them over. Every logo is 60 px high. */
const harbour = {
  name: 'Harbour Bank',
  href: 'https://harbourbank.example/community',
  logoSrc: `${assets}/logo-harbour-bank.svg`,
  logoWidth: 240,
};
const coastal = {
  name: 'Coastal Energy Co-op',
  href: 'https://coastalenergy.example/',
  logoSrc: `${assets}/logo-coastal-energy.svg`,
  logoWidth: 220,
};
const urban = {
  name: 'Institute for Urban Futures',
  href: 'https://urbanfutures.example/',
  logoSrc: `${assets}/logo-urban-institute.svg`,
  logoWidth: 200,
};

const banner = (args: Args) => html`
  <news-partner-banner
    label=${args.label || nothing}
    variant=${args.variant}
    name=${args.name || nothing}
    href=${args.href || nothing}
    logo-src=${args.logoSrc || nothing}
    logo-src-dark=${args.logoSrcDark || nothing}
    logo-alt=${args.logoAlt || nothing}
    logo-width=${args.logoWidth ?? nothing}
    logo-height=${args.logoHeight ?? nothing}
    about-href=${args.aboutHref || nothing}
    locale=${args.locale || nothing}
  ></news-partner-banner>
`;

const meta: Meta<Args> = {
  title: 'Components/Partner banner',
  component: 'news-partner-banner',
  tags: ['autodocs'],
  argTypes: {
    variant: { control: 'inline-radio', options: ['partner', 'sponsored', 'paid'] },
  },
  args: {
    label: '',
    variant: 'partner',
    ...harbour,
    logoSrcDark: `${assets}/logo-harbour-bank-dark.svg`,
    logoAlt: '',
    logoHeight: 60,
    aboutHref: '/about/partnerships',
    locale: '',
  },
  render: banner,
};
export default meta;
type Story = StoryObj<Args>;

/** The banner above a partnership series, with the publication's own wording. */
export const ProudlyInPartnership: Story = {
  name: '"Proudly in partnership with"',
  args: { label: 'Proudly in partnership with' },
};

/** Editorially independent work made with a partner: links carry `rel="noopener"`. */
export const Partner: Story = {};

/** The partner paid for the coverage but had no say in it: links carry `rel="sponsored noopener"`. */
export const Sponsored: Story = {
  args: {
    variant: 'sponsored',
    ...coastal,
    logoSrcDark: '',
    aboutHref: '/about/sponsored-content',
  },
};

/** Advertising written for the partner: the strongest label, and `rel="sponsored noopener"`. */
export const Paid: Story = {
  args: {
    variant: 'paid',
    ...urban,
    logoSrcDark: '',
    aboutHref: '/about/paid-content',
  },
};

/** A series funded by three partners: links and images in the default slot, in a row that wraps. */
export const SeveralPartners: Story = {
  args: { variant: 'sponsored', aboutHref: '/about/sponsored-content' },
  render: (args) => html`
    <news-partner-banner variant=${args.variant} about-href=${args.aboutHref || nothing}>
      ${[harbour, coastal, urban].map(
        (partner) => html`
          <a href=${partner.href}>
            <img src=${partner.logoSrc} alt=${partner.name} width=${partner.logoWidth} height="60" />
          </a>
        `,
      )}
    </news-partner-banner>
  `,
};

/**
 * On the dark theme the banner shows `logo-src-dark`. It follows the theme (the dark theme sets
 * `--news-color-scheme: dark`), not the reader's system alone: switch the Theme toolbar to see it.
 */
export const DarkLogo: Story = {
  globals: { theme: 'dark' },
};

/** No logo (or one that fails to load): the partner's name stands in as text, never a broken image. */
export const MissingLogo: Story = {
  args: { logoSrc: '', logoSrcDark: '' },
};

/** A long partner name wraps inside the banner; nothing is cut off. */
export const LongPartnerName: Story = {
  args: {
    variant: 'sponsored',
    name: 'The Northern Regional Association of Independent Harbour Pilots and Coastal Navigation Services',
    href: 'https://harbourpilots.example/',
    logoSrc: '',
    logoSrcDark: '',
  },
};

/** Korean: the label and the "About this content" link come from `locale`. */
export const Korean: Story = {
  args: {
    locale: 'ko',
    variant: 'sponsored',
    name: '한빛 에너지 협동조합',
    href: 'https://hanbit-energy.example/',
    logoSrc: '',
    logoSrcDark: '',
    aboutHref: '/ko/about/sponsored-content',
  },
};

/** Arabic, laid out right to left. */
export const Arabic: Story = {
  parameters: { direction: 'rtl' },
  args: {
    locale: 'ar',
    name: 'بنك الميناء',
    logoAlt: 'بنك الميناء (Harbour Bank)',
    aboutHref: '/ar/about/partnerships',
  },
};

/** A section restyled through the banner's custom properties alone. */
export const Themed: Story = {
  args: { variant: 'sponsored' },
  render: (args) => html`
    <div
      style="
        --news-partner-banner-background: #fff8e1;
        --news-partner-banner-border-color: #c77700;
        --news-partner-banner-label-color: #5d3a00;
        --news-partner-banner-logo-max-height: 1.75rem;
        --news-partner-banner-padding: 0.75rem 1.25rem;
        color-scheme: light;
        --news-color-scheme: light;
        --news-color-text: #1a1a1a;
        --news-color-focus-ring: #0b57a4;
      "
    >
      ${banner(args)}
    </div>
  `,
};
