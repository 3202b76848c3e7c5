import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import articleStories from './article.stories.js';
import { tokenTable } from './token-table.js';

interface BrandArgs {
  accent: string;
  link: string;
  text: string;
  mutedText: string;
  background: string;
  headlineFont: string;
  bodyFont: string;
  radius: string;
  measure: string;
}

const meta: Meta<BrandArgs> = {
  title: 'Theming',
  tags: ['!autodocs'],
};
export default meta;
type Story = StoryObj<BrandArgs>;

/** Every global token, with a live sample in the theme chosen in the toolbar. */
export const Tokens: Story = {
  render: () => html`<div style="padding: 1.5rem">${tokenTable()}</div>`,
};

/**
 * A whole story page restyled by a handful of tokens set on one ancestor. Change them in the controls:
 * every element follows, because each component property falls back to these global tokens.
 */
export const YourBrand: Story = {
  parameters: { layout: 'fullscreen' },
  args: {
    accent: '#005a70',
    link: '#00556b',
    text: '#14202b',
    mutedText: '#4a5560',
    background: '#fbf8f1',
    headlineFont: "'Avenir Next Condensed', 'Arial Narrow', 'Roboto Condensed', sans-serif",
    bodyFont: "Georgia, 'Times New Roman', serif",
    radius: '0',
    measure: '62ch',
  },
  argTypes: {
    accent: { control: 'color', description: '--news-color-accent' },
    link: { control: 'color', description: '--news-color-link' },
    text: { control: 'color', description: '--news-color-text' },
    mutedText: { control: 'color', description: '--news-color-text-muted' },
    background: { control: 'color', description: '--news-color-background' },
    headlineFont: { control: 'text', description: '--news-font-headline' },
    bodyFont: { control: 'text', description: '--news-font-body' },
    radius: { control: 'text', description: '--news-radius-md' },
    measure: { control: 'text', description: '--news-measure' },
  },
  render: (args, context) => {
    const brand = {
      '--news-color-accent': args.accent,
      '--news-color-link': args.link,
      '--news-color-focus-ring': args.link,
      '--news-color-text': args.text,
      '--news-color-text-muted': args.mutedText,
      // A brand is a complete light palette, whatever theme the page around it uses.
      '--news-color-surface': '#f1ece1',
      '--news-color-border': '#cfc6b4',
      '--news-color-link-visited': '#5b3a8c',
      '--news-color-on-accent': '#ffffff',
      '--news-color-placeholder': '#e6e0d4',
      '--news-color-scheme': 'light',
      'color-scheme': 'light',
      '--news-color-background': args.background,
      '--news-font-headline': args.headlineFont,
      '--news-font-body': args.bodyFont,
      '--news-radius-md': args.radius,
      '--news-radius-sm': args.radius,
      '--news-measure': args.measure,
      color: args.text,
      background: args.background,
    };
    const page = articleStories.render!({ ...articleStories.args } as never, context as never);
    return html`<div style=${styleMap(brand)}>${page}</div>`;
  },
};
