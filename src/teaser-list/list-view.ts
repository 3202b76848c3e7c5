import { html, isServer, nothing } from 'lit';
import { inCapitals } from '../internal/capitals.js';
import { text } from '../internal/values.js';
import { heading, headingLevel } from '../internal/heading.js';
import type { LocaleController } from '../internal/locale-controller.js';
import type { DateView } from '../internal/date-view.js';
import { writesDates } from '../internal/locale.js';
import type { SlotController } from '../internal/slots.js';
import type { TeaserLayout } from '../teaser/teaser.js';
import type { ListData } from './list-data.js';
import type { NewsTeaserList, TeaserListLayout } from './teaser-list.js';
import { rankNumbers, updatedLine, widestRank } from './ranked.js';
import { moreControl } from './more-control.js';
import { anyPictured } from './child-teasers.js';

/** What drawing a list needs beyond its public properties: its private parts. */
export interface ListParts {
  /** `layout` once checked, and how many stories `limit` lets the list show. */
  layout: TeaserListLayout;
  max: number;
  data: ListData | undefined;
  language: LocaleController;
  slots: SlotController;
  hydrating: boolean;
  /** Its first render was a server's (hydrated): whether it drew written stories without pictures' room. */
  served: boolean | undefined;
  /** Writes the "Updated" line's date as the teasers' datelines write theirs. */
  updated: DateView;
}

/** The layout of the story at `index`: in `hero` the first is large and the rest are a list. */
export function storyLayout(layout: TeaserListLayout, index: number): TeaserLayout {
  if (layout === 'ranked') return 'compact';
  return layout === 'hero' ? (index ? 'list' : 'hero') : layout;
}

/**
 * A list as drawn: its heading, "Updated" line and live region, its stories (from data, or the
 * slot for its children) with skeletons while a feed loads, the empty box, and "More stories".
 */
export function listView(list: NewsTeaserList, parts: ListParts) {
  const { layout, max, data, language, slots } = parts;
  const level = headingLevel(list, list.headingLevel, 2);
  const title = text(list.heading);
  // Resolved once here rather than by each of a thousand teasers and datelines; the server (and
  // the render over its DOM) hands down only the list's own locale. A page language Intl has no
  // dates in is not handed down: each teaser would take it for its own and warn.
  const unknown = isServer || parts.hydrating;
  const locale = language.own ?? (unknown || !writesDates(language.lang) ? '' : language.lang);
  const fromData = !!data?.fromData();
  const entries = data?.entries ?? [];
  const status = unknown && data ? data.serverStatus : list.status;
  const loading = status === 'loading';
  const failed = status === 'error';
  // The server cannot see children: it assumes some (no "No stories"), but draws skeletons for a
  // feed still to come. The first render over its DOM does the same.
  const nothingShown = !entries.length && (fromData || (!unknown && !slots.assigned('').length));
  const skeletons = loading && (nothingShown || (unknown && !entries.length)) ? Math.min(max, 3) : 0;

  // An own locale sets the language and direction of everything the list says (an Arabic list on
  // an English page): its heading and messages, as the teasers do for their own.
  const { own, dir } = language;
  const term = language.term.bind(language);
  // The <ul> says role=list although that is its own role: it holds blocks (role=none), not <li>s.
  const stories = html`${data?.stories(
    {
      layout,
      rank: layout === 'ranked' ? rankNumbers(locale) : undefined,
      rankWidest: layout === 'ranked' ? widestRank(locale) : undefined,
      itemLayout: (i) => storyLayout(layout, i),
      headingLevel: Math.min(level + 1, 6),
      format: list.format,
      pattern: list.pattern,
      timeZone: list.timeZone,
      locale,
      term,
    },
    skeletons,
  )}
  ${fromData ? nothing : html`<slot></slot>`}`;
  // One or two stories under a hero share its width: as many columns as fit would leave one empty
  // (the lead spans them all). Unknown on the server, which cannot count written teasers.
  const under = (fromData ? entries.length : unknown ? 0 : slots.assigned('').length) - 1;
  const shared = layout === 'hero' && (under === 1 || under === 2) ? ` under-${under}` : '';
  // Stories none of which has a picture sit closer: from data, as of
  // those first shown (a feed's skeletons keep theirs); written as markup, those within `limit` as
  // they are now. A server cannot see written stories and draws them pictured unless told none is
  // (`unpictured`); the list it drew keeps that look, which its reader already has in front of them,
  // until the page changes whether any has a picture.
  const bare =
    fromData || loading
      ? data?.pictured === false
      : (parts.served ?? (isServer ? list.unpictured : !unknown && !anyPictured(slots.assigned(''), max)));
  const labelled = title ? 'heading' : nothing;
  const busy = loading ? 'true' : 'false';
  /* eslint-disable lit-a11y/no-redundant-role */
  return html`<div class="root" lang=${own ?? nothing} dir=${own ? dir : nothing}>
    ${title ? heading(level, 'heading', inCapitals(title)) : nothing}
    ${updatedLine(list, list.lastUpdated, list, parts.updated, locale, term, unknown)}
    <div class="status${failed ? ' failed' : ''}" part="status" role="status">
      ${data?.statusContent(term, language.lang, status)}
    </div>
    ${
      layout === 'ranked'
        ? html`<ol class="items ranked" part="list" role="list" aria-labelledby=${labelled} aria-busy=${busy}>
            ${stories}
          </ol>`
        : html`<ul
            class="items ${layout}${bare ? ' unpictured' : ''}${shared}"
            part="list"
            role="list"
            aria-labelledby=${labelled}
            aria-busy=${busy}
          >
            ${stories}
          </ul>`
    }
    <template data-items=${data?.serverItems ?? nothing}></template>
    <div class="empty" part="empty" ?hidden=${!nothingShown || loading || (failed && !fromData)}>
      <slot name="empty">${language.term('empty')}</slot>
    </div>
    ${list.more ? moreControl(data, list.moreHref, unknown, nothingShown && !loading, term) : nothing}
  </div>`;
  /* eslint-enable lit-a11y/no-redundant-role */
}

/**
 * Whether `list` as drawn says "No stories to show." and nothing will fill it again: only then may
 * a page hide it (`:state(empty)`, display: none), which would stop a refresh (it waits to be on
 * screen) and hide "More stories". Read from the root's own few children: a search would walk every
 * story before the box.
 */
export function emptyForGood(list: NewsTeaserList): boolean {
  const root = [...list.renderRoot.children].find((child) => child.classList.contains('root'));
  const shows = (name: string) =>
    [...(root?.children ?? [])].some(
      (child) => child.classList.contains(name) && !(child as HTMLElement).hidden,
    );
  return shows('empty') && !shows('more') && !list.refresh;
}
