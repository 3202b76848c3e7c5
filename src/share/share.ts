import { LitElement, html, isServer, nothing, type PropertyValues } from 'lit';
import { focusRing, tokens, visuallyHidden } from '../internal/tokens.styles.js';
import { LocaleController } from '../internal/locale-controller.js';
import { HydrationController } from '../internal/hydration.js';
import { substitute } from '../internal/translate.js';
import { safeUrl } from '../internal/safe-url.js';
import { quote, text } from '../internal/values.js';
import { warnOnce } from '../internal/warn.js';
import { parsePlaces, places, shareLink, withFragment, type Place, type Shared } from './networks.js';
import { absolute, canShare, copyText, pageTitle, pageUrl, web } from './page.js';
import { buttonRoom, styles } from './share.styles.js';

/** How the reader shared: the browser's share sheet, the copied link, or a place's link. */
export type ShareMethod = 'native' | 'copy' | Place;

/** `detail` of `news-share-shared`. */
export interface ShareDetail {
  method: ShareMethod;
  url: string;
}

/** How long the button says "Link copied". */
const COPIED_FOR = 5000;
/**
 * Lets a reader share the story: the browser's own share sheet where it has one (phones, Safari,
 * Chrome on Windows and macOS), else a "Copy link" button that copies the address and says so
 * ("Link copied", to screen readers too), then plain links to email and to the places the site
 * chooses in `networks`. Nothing is loaded from anyone: no scripts, no pictures, no requests until
 * the reader follows a link; the links are the places' own share pages (opened in a new tab, with
 * no referrer), and add nothing to the address.
 *
 * What is shared: `url` (else the page's canonical link, else its address without the fragment),
 * with `fragment` pointing into the page (a section, a live post, a picture); `headline` (else the
 * headline of the `<news-article>` around it, else the document's title); and `text`.
 *
 * The links are drawn by the server when it knows the `url`. The button needs the browser, so the
 * element keeps a row's height from the start and puts the button at the end of the row. It is as
 * wide as the longer of "Share" and "Copy link" whichever it says, so that the theme files, which
 * cannot know whether the browser has a share sheet, reserve the rows it takes (on a phone, several
 * networks wrap to two or three), and the server draws an unseen box of that size in its place (no
 * control, nothing announced), which the button takes over once hydrated. The server words the row
 * in the element's `locale`, else in English, which the browser rewords in the page's language (the
 * row may wrap differently then: give a server-rendered row its `locale`).
 *
 * @summary Share the story: native share sheet or copy link, and plain links to chosen networks.
 * @tagname news-share
 * @csspart link - Each link to email or a network; each also has `link-<name>` (`link-email`, `link-x`, …).
 * @csspart button - The "Share" button (the browser's share sheet) or the "Copy link" button (from the
 *   server, until hydrated: the unseen box that keeps its place).
 * @cssprop [--news-share-font=var(--news-font-ui, system-ui, sans-serif)] - Font family.
 * @cssprop [--news-share-color=var(--news-color-text, #1a1a1a)] - Text of the links and the button.
 * @cssprop [--news-share-border-color=var(--news-color-text-muted, #595959)] - Outline of the links and the button.
 * @cssprop [--news-share-background=transparent] - Behind the links.
 * @cssprop [--news-share-button-background=var(--news-color-surface, #f4f3ef)] - Behind the button.
 * @cssprop [--news-share-radius=999px] - Corners of the links and the button.
 * @cssprop [--news-share-size=2.75rem] - Height (and least width) of the links and the button: at least 24px.
 * @fires {CustomEvent<ShareDetail>} news-share-shared - The reader shared: `detail.method` is `native`
 * (the share sheet finished), `copy` (the link was copied) or the network followed (`email`, `x`…),
 * `detail.url` what was shared. Cancelable for links: `preventDefault()` keeps the link from
 * opening (to open it your own way).
 */
export class NewsShare extends LitElement {
  static override styles = [tokens, focusRing, visuallyHidden, styles];
  static override properties = {
    url: {},
    headline: {},
    text: {},
    fragment: {},
    networks: {},
    locale: {},
    // Internal state; `attribute: false` because the manifest analyzer does not read `state`.
    copied: { state: true, attribute: false },
    message: { state: true, attribute: false },
  };

  /**
   * The address to share, absolute or relative to the page. Empty (the default): the page's
   * canonical link, else its address without the fragment. One that is not a web address
   * (`javascript:`, `data:`) is never shared: the page's is, with one warning.
   */
  url = '';
  /** The title shared (the email's subject, the post's text). Empty: the article's headline, else the document's title. */
  headline = '';
  /** A line shared with the title where the place takes one (the share sheet, the email's body). */
  text = '';
  /**
   * The id of the part of the page to share (a section, a live post, a picture): the shared
   * address ends in `#` and this id. Empty (the default): the whole story.
   */
  fragment = '';
  /**
   * The places to link to, in order, separated by spaces: `email`, `x`, `facebook`, `linkedin`,
   * `whatsapp`, `telegram`, `bluesky`, `threads`, `reddit`. Default `email`: mail involves no one
   * but the reader, while each network is the site's choice to make. Empty: no links, only the
   * button. An unknown name is left out with one warning.
   */
  networks = 'email';
  /** Language of the labels (BCP 47); defaults to the nearest `lang`. */
  locale = '';

  /** The button says "Link copied" (for `COPIED_FOR`). */
  private copied = false;
  /** What the live region says; it exists from the first render, or it would often not be read. */
  private message = '';
  private shared?: Shared;
  private chosen: Place[] = [];
  /** The browser can share `shared` itself. */
  private native = false;
  /** In the browser, past the render that repeats the server's: the button can be drawn. */
  private live = false;
  private timer?: ReturnType<typeof setTimeout>;
  private hydration = new HydrationController(this);
  private language = new LocaleController(this, this.hydration);

  override disconnectedCallback() {
    super.disconnectedCallback();
    clearTimeout(this.timer);
    this.copied = false;
    this.message = '';
  }

  protected override willUpdate(_changed: PropertyValues<this>) {
    this.live = !isServer && !this.hydration.hydrating;
    this.shared = this.whatToShare();
    const networks = typeof this.networks == 'string' ? this.networks : 'email';
    const { chosen, unknown } = parsePlaces(networks);
    if (unknown.length)
      warnOnce(
        this,
        `networks ${unknown}`,
        `<news-share> networks: ${unknown.map(quote).join(', ')} left out (the places: ${Object.keys(places).join(', ')}).`,
      );
    this.chosen = chosen;
    this.native = this.live && !!this.shared && canShare(this.data(this.shared));
  }

  /** What is shared; without a URL (on the server, with none given), nothing. */
  private whatToShare(): Shared | undefined {
    const given = text(this.url);
    let url = given && safeUrl(given) && absolute(given, this.live);
    // A relative URL waits for the browser; anything else that is no web address is refused.
    if (given && !url && (this.live || !safeUrl(given) || web.test(given)))
      warnOnce(
        this,
        `url ${given}`,
        `<news-share> url ${quote(given)} is not a web address; sharing the page's.`,
      );
    if (!url && this.live) url = pageUrl();
    if (!url) return undefined;
    return {
      url: withFragment(url, text(this.fragment)),
      title: text(this.headline) || (this.live ? pageTitle(this) : ''),
      text: text(this.text),
    };
  }

  private data({ url, title, text }: Shared): ShareData {
    return { url, ...(title && { title }), ...(text && { text }) };
  }

  override render() {
    const { own, dir } = this.language;
    const shared = this.shared;
    const term = this.language.term.bind(this.language);
    // The button is as wide as the longer of its labels; an unseen box of its size (share.styles.ts)
    // holds its place until the browser can say which.
    const room = html`<span class="room">${buttonRoom(term('share'), term('copyLink'))}</span>`;
    return html`<div
      class="share"
      role="group"
      aria-label=${term('share')}
      lang=${this.language.termLanguage('share') ?? (own || nothing)}
      dir=${own ? dir : nothing}
    >
      ${shared ? this.chosen.map((place) => this.link(place, shared)) : nothing}
      ${
        !this.live
          ? html`<span part="button" aria-hidden="true">${room}</span>`
          : shared
            ? html`<button type="button" part="button" @click=${this.activate}>
                <span class=${this.copied ? nothing : 'said'}
                  >${term(this.copied ? 'linkCopied' : this.native ? 'share' : 'copyLink')}</span
                >
                ${room}
              </button>`
            : nothing
      }
      <span class="visually-hidden" role="status">${this.message}</span>
    </div>`;
  }

  private link(place: Place, shared: Shared) {
    const email = place === 'email';
    const name = email ? this.language.term('shareEmail') : places[place][0];
    const label = email
      ? this.language.term('shareByEmail')
      : substitute(this.language.term('shareOn'), { network: name });
    // Mail opens the reader's mail program; a network's page opens beside the story. The space after
    // the link is where the row may wrap (share.styles.ts).
    return html`<a
      part="link link-${place}"
      href=${shareLink(place, shared)}
      aria-label=${label}
      target=${email ? nothing : '_blank'}
      rel=${email ? nothing : 'noopener noreferrer'}
      @click=${(event: Event) => {
        // The address it goes to as it is now: a single-page app may have moved on since.
        const now = this.refresh();
        if (now) (event.currentTarget as HTMLAnchorElement).href = shareLink(place, now);
        if (!this.tell(place)) event.preventDefault();
      }}
      >${name}</a
    > `;
  }

  /**
   * What is shared, read again: without a `url` it is the page's, and a single-page app changes
   * the address (and the title) without the element knowing. Draws again when it changed.
   */
  private refresh(): Shared | undefined {
    const now = this.whatToShare();
    if (now?.url !== this.shared?.url || now?.title !== this.shared?.title) {
      this.shared = now;
      this.requestUpdate();
    }
    return now;
  }

  /** Fires `news-share-shared`; false when a listener cancelled it. */
  private tell(method: ShareMethod): boolean {
    const detail: ShareDetail = { method, url: this.shared?.url ?? '' };
    return this.dispatchEvent(
      new CustomEvent('news-share-shared', { detail, bubbles: true, composed: true, cancelable: true }),
    );
  }

  private async activate() {
    const shared = this.refresh();
    if (!shared) return;
    if (this.native) {
      try {
        await navigator.share(this.data(shared));
        this.tell('native');
        return;
      } catch (error) {
        const name = error instanceof Error ? error.name : '';
        // The reader closed the sheet: nothing went wrong.
        if (name === 'AbortError') return;
        warnOnce(
          this,
          'native',
          `<news-share> the share sheet failed (${name || quote(error)}); copying the link instead.`,
        );
      }
    }
    if (!(await copyText(shared.url, this.renderRoot as ShadowRoot))) {
      warnOnce(this, 'copy', '<news-share> the browser refused to copy the link.');
      return;
    }
    this.copied = true;
    // A different string each time, so that a second copy is announced too.
    const said = this.language.term('linkCopied');
    this.message = this.message === said ? `${said}\u00a0` : said;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.copied = false;
      this.message = '';
    }, COPIED_FOR);
    this.tell('copy');
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'news-share-shared': CustomEvent<ShareDetail>;
  }
}
