import { LitElement, html, isServer, nothing, type PropertyValues } from 'lit';
import { focusRing, tokens } from '../internal/tokens.styles.js';
import { LocaleController } from '../internal/locale-controller.js';
import { safeUrl } from '../internal/safe-url.js';
import { pixels, quote, text } from '../internal/values.js';
import { warnOnce } from '../internal/warn.js';
import { oneOf } from '../internal/choice.js';
import { HydrationController } from '../internal/hydration.js';
import { styles } from './partner-banner.styles.js';

/** How the content was paid for; it decides the default label, the links' `rel` and, for paid, the frame. */
export type PartnerBannerVariant = 'partner' | 'sponsored' | 'paid';

const VARIANTS: readonly PartnerBannerVariant[] = ['partner', 'sponsored', 'paid'];

// The default label of each variant.
const LABELS = ['partner', 'sponsoredBy', 'paidBy'] as const;

// A partner's name from its addresses: a link's host name (no login, no port), a file's name as words.
const hostOf = (url = '') => /^(?:https?:)?\/\/(?:[^@/?#]*@)?([^:/?#]+)/i.exec(url)?.[1];
const fileOf = (url = '') =>
  /^data:/i.test(url)
    ? ''
    : (url.split(/[?#]/)[0]!.split('/').filter(Boolean).pop() ?? '')
        .replace(/\.\w+$/, '')
        .replace(/[-_]+/g, ' ');

/**
 * Partner and sponsor branding above or below partnership content: a labelled complementary
 * landmark ("In partnership with" + the partner's logo or name), so readers and search engines
 * can tell it apart from editorial content.
 *
 * The dark logo is chosen from the theme, not from the reader's system alone: the banner reads the
 * computed `--news-color-scheme` (set by the dark theme), else the CSS `color-scheme`, and follows
 * it when the theme changes or when `prefers-color-scheme` changes. Theme changes are noticed
 * through an invisible 1 ms transition on the host: a page that sets its own `transition` on the
 * banner should add `--news-color-scheme 1ms allow-discrete` to it, or set `color-scheme`. A page
 * that switches its theme should change `color-scheme` with `--news-color-scheme`, as the theme
 * files do: Firefox ESR 140.12 fires no transition for a custom property alone.
 *
 * @tagname news-partner-banner
 * @summary Honest, accessible partner and sponsor branding.
 * @slot - More partners: `<a href>` elements holding an `<img alt>`, or bare `<img alt>`, shown in a
 *   row that wraps. Slotted links get the variant's `rel` tokens; unsafe `href`s are removed.
 * @slot about-label - Replaces the "About this content" link's text (shown with `about-href`).
 * @csspart label - The visible label that also names the landmark.
 * @csspart logo - The partner's logo image.
 * @csspart link - The link to the partner, and the "About this content" link.
 * @csspart about - The "About this content" link.
 * @cssprop [--news-partner-banner-background=var(--news-color-surface, #f4f3ef)] - Banner background.
 * @cssprop [--news-partner-banner-color=var(--news-color-text, #1a1a1a)] - Partner name colour.
 * @cssprop [--news-partner-banner-label-color=var(--news-color-text-muted, #595959)] - Label and "About" link colour.
 * @cssprop [--news-partner-banner-border-color=var(--news-color-border, #d6d3cc)] - Rules above and below.
 * @cssprop [--news-partner-banner-font=var(--news-font-ui, system-ui, sans-serif)] - Font family.
 * @cssprop [--news-partner-banner-padding=var(--news-space-sm, 0.5rem) var(--news-space-md, 1rem)] - Inner spacing.
 * @cssprop [--news-partner-banner-gap=var(--news-space-md, 1rem)] - Space between label, logos and link.
 * @cssprop [--news-partner-banner-logo-max-height=3.5rem] - The logo box's height: logos scale down to it.
 * @cssprop [--news-partner-banner-logo-dark-filter=invert(1) hue-rotate(180deg)] - On a dark theme,
 *   how logos made for light backgrounds (all but `logo-src-dark`) are redrawn: lightness inverted,
 *   hues kept, no plate. `none` shows them as they are; give `logo-src-dark` for exact brand colours.
 * @cssprop [--news-partner-banner-logo-plate=transparent] - A plate behind those logos on a dark
 *   theme (`#fff` with `--news-partner-banner-logo-dark-filter: none`, for a single logo that must
 *   keep its colours).
 * @cssprop [--news-partner-banner-paid-background=var(--news-color-text, #1a1a1a)] - Paid content's
 *   frame and the solid band behind its label (paid content is framed and labelled in bold, not
 *   told apart by colour alone).
 * @cssprop [--news-partner-banner-paid-color=var(--news-color-background, #ffffff)] - Paid content's label text.
 * @cssprop [--news-color-scheme] - `dark` (set by the dark theme) shows `logo-src-dark`.
 */
export class NewsPartnerBanner extends LitElement {
  static override styles = [tokens, focusRing, styles];
  static override properties = {
    label: {},
    variant: {},
    name: {},
    href: {},
    logoSrc: { attribute: 'logo-src' },
    logoSrcDark: { attribute: 'logo-src-dark' },
    logoAlt: { attribute: 'logo-alt' },
    logoWidth: { type: Number, attribute: 'logo-width' },
    logoHeight: { type: Number, attribute: 'logo-height' },
    aboutHref: { attribute: 'about-href' },
    locale: {},
    colorScheme: { attribute: 'color-scheme' },
    // Internal state; `attribute: false` because the manifest analyzer does not read `state`.
    dark: { state: true, attribute: false },
    failedLogos: { state: true, attribute: false },
  };

  /** The visible label; defaults to the variant's label in the banner's language. */
  label = '';
  /**
   * `partner` ("In partnership with"), `sponsored` ("Sponsored by") or `paid` ("Paid content by":
   * advertising, in a framed banner with its label set solid and bold).
   */
  variant: PartnerBannerVariant = 'partner';
  /** The partner's name: the logo's alt text, and the text shown when there is no logo. */
  name = '';
  /** The partner's site (http(s) or relative; anything else is not linked). */
  href = '';
  /** The logo image. */
  logoSrc = '';
  /** A logo for dark backgrounds, used when the dark theme is active. */
  logoSrcDark = '';
  /** Alt text of the logo when it should differ from `name`. */
  logoAlt = '';
  /** The logo's width in CSS pixels: with `logo-height` it reserves the logo's box before it loads. */
  logoWidth?: number;
  /** The logo's height in CSS pixels. */
  logoHeight?: number;
  /** A page explaining the arrangement: adds an "About this content" link. */
  aboutHref = '';
  /** Language of the default labels (BCP 47); defaults to the nearest `lang`. */
  locale = '';
  /**
   * `light` or `dark` forces the logo for that background; `light dark` follows the reader's
   * system. Empty (the default) follows the theme.
   */
  colorScheme = '';

  private dark = false;
  /** Logo URLs that failed to load: the next candidate (or the name) takes their place. */
  private failedLogos: string[] = [];
  private darkQuery?: MediaQueryList;
  private slotted?: MutationObserver;
  private rel = '';
  /** Slotted links given "sponsored" by the banner, not by the page. */
  private sponsoredByUs = new WeakSet<Element>();
  /** The first render over server-rendered DOM repeats the server's view (no theme, no page lang). */
  private hydration = new HydrationController(this);
  private language = new LocaleController(this, this.hydration);

  constructor() {
    super();
    // The host transitions --news-color-scheme and color-scheme (see the styles), so a theme
    // switched on an ancestor announces itself here.
    this.addEventListener('transitionend', this.followScheme);
  }

  override connectedCallback() {
    super.connectedCallback();
    this.darkQuery ??= matchMedia('(prefers-color-scheme: dark)');
    this.darkQuery.addEventListener('change', this.followScheme);
    this.followScheme();
    // A script that sets a slotted link's address, or adds a link or logo inside a slotted partner,
    // fires no slotchange: the same checks run then.
    this.slotted ??= new MutationObserver(() => this.fitSlotted());
    this.slotted.observe(this, { subtree: true, childList: true, attributeFilter: ['href'] });
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.darkQuery!.removeEventListener('change', this.followScheme);
    this.slotted!.disconnect();
  }

  /** Dark when the theme says so; `light dark` (or a forced `color-scheme`) defers to the system. */
  private followScheme = () => {
    const style = getComputedStyle(this);
    const scheme =
      text(this.colorScheme) || style.getPropertyValue('--news-color-scheme').trim() || style.colorScheme;
    this.dark = /dark/.test(scheme) && (!/light/.test(scheme) || this.darkQuery!.matches);
  };

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('colorScheme') && this.isConnected) this.followScheme();
  }

  protected override updated(changed: PropertyValues<this>) {
    if (changed.has('variant')) this.fitSlotted();
  }

  private warn(key: string, message: string) {
    warnOnce(this, key, `<news-partner-banner> ${message}`);
  }

  private url(attribute: string, value: unknown, kind?: 'image') {
    const url = safeUrl(value, kind);
    if (text(value) && !url)
      this.warn(attribute, `${attribute} ${quote(value)} is not an http(s) or relative URL; ignored.`);
    return url;
  }

  private size(attribute: string, value?: number) {
    const size = pixels(value);
    if (size) return size;
    if (value != null) this.warn(attribute, `${attribute} must be a positive number of pixels; ignored.`);
    return nothing;
  }

  /** Slotted partners follow the same rules as the built-in one. */
  private fitSlotted() {
    for (const el of this.renderRoot.querySelector('slot')?.assignedElements() ?? []) {
      const link = el.localName === 'a';
      for (const a of link ? [el as HTMLAnchorElement] : el.querySelectorAll('a')) {
        // "sponsored" goes again with a variant that is not paid for, unless the page wrote it.
        const paid = this.rel.includes('sponsored');
        if (paid && !a.relList.contains('sponsored')) this.sponsoredByUs.add(a);
        else if (!paid && this.sponsoredByUs.delete(a)) a.relList.remove('sponsored');
        a.relList.add(...this.rel.split(' '));
        if (a.hasAttribute('href') && !safeUrl(a.getAttribute('href'))) {
          this.warn('slot', 'removed the unsafe href of a slotted link.');
          a.removeAttribute('href');
        }
      }
      // ::slotted() cannot reach an <img> inside a slotted link, so its size is capped here.
      for (const img of link ? el.querySelectorAll('img') : []) {
        Object.assign(img.style, {
          maxBlockSize: 'var(--_partner-banner-logo-max)',
          inlineSize: 'auto',
          background: 'var(--_partner-banner-plate)',
          padding: 'var(--_partner-banner-plate-padding)',
          filter: 'var(--_partner-banner-redraw)',
          forcedColorAdjust: 'none',
        });
      }
    }
  }

  private onLogoError(event: Event) {
    const src = (event.target as HTMLImageElement).getAttribute('src')!;
    this.warn(src, `logo ${quote(src)} did not load; showing the partner's name.`);
    this.failedLogos = [...this.failedLogos, src];
  }

  override render() {
    // An unknown variant is most likely some kind of paid arrangement: never understate it.
    const variant = VARIANTS.indexOf(
      oneOf(this, 'variant', this.variant || 'partner', VARIANTS, 'sponsored'),
    );
    this.rel = variant ? 'sponsored noopener' : 'noopener';
    const server = isServer || this.hydration.hydrating;
    const { own, dir } = this.language;
    // The server words the banner in English, not knowing the page's language: it says so.
    const english = server && !own ? 'en' : undefined;
    const href = this.url('href', this.href);
    const about = this.url('about-href', this.aboutHref);
    const isDark = this.dark && !server;
    const dark = isDark && this.url('logo-src-dark', this.logoSrcDark, 'image');
    const src = [dark, this.url('logo-src', this.logoSrc, 'image')].find(
      (url) => url && !this.failedLogos.includes(url),
    );
    const alt = text(this.logoAlt);
    let name = text(this.name) || alt;
    if (!name && (src || href)) {
      this.warn('name', 'needs a name (or logo-alt) so every reader knows who the partner is.');
      // Better than a logo or link that says nothing: the partner's host name, else its logo's
      // file name, else the last part of its address.
      name = hostOf(href) || fileOf(src || '') || fileOf(href);
    }
    const partner = src
      ? html`<img
          part="logo"
          class=${src === dark ? 'for-dark' : nothing}
          src=${src}
          alt=${alt || name}
          width=${this.size('logo-width', this.logoWidth)}
          height=${this.size('logo-height', this.logoHeight)}
          @error=${this.onLogoError}
        />`
      : name && html`<span class="name">${name}</span>`;
    return html`<aside
      class="${isDark ? 'dark' : ''} ${variant > 1 ? 'paid' : ''}"
      aria-labelledby="label"
      lang=${own || nothing}
      dir=${own ? dir : nothing}
    >
      <span
        id="label"
        part="label"
        lang=${(!text(this.label) && (english ?? this.language.termLanguage(LABELS[variant]!))) || nothing}
        >${text(this.label) || this.language.term(LABELS[variant]!)}</span
      >
      <span class="partners">
        ${href && partner ? html`<a part="link" href=${href} rel=${this.rel}>${partner}</a>` : partner}
        <slot @slotchange=${this.fitSlotted}></slot>
      </span>
      ${
        about
          ? html`<a part="link about" class="about" href=${about}
              ><slot name="about-label"
                ><span lang=${english ?? this.language.termLanguage('about') ?? nothing}
                  >${this.language.term('about')}</span
                ></slot
              ></a
            >`
          : nothing
      }
    </aside>`;
  }
}
