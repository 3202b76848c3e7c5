import { css, unsafeCSS } from 'lit';
import { en, type Translation } from '../i18n/en.js';
import { places } from './networks.js';
import { buttonRoom, oneWord } from './share.styles.js';
import ar from '../i18n/ar.js';
import de from '../i18n/de.js';
import es from '../i18n/es.js';
import fa from '../i18n/fa.js';
import fr from '../i18n/fr.js';
import he from '../i18n/he.js';
import hi from '../i18n/hi.js';
import id from '../i18n/id.js';
import it from '../i18n/it.js';
import ja from '../i18n/ja.js';
import ko from '../i18n/ko.js';
import nl from '../i18n/nl.js';
import ps from '../i18n/ps.js';
import pt from '../i18n/pt.js';
import ru from '../i18n/ru.js';
import sw from '../i18n/sw.js';
import tr from '../i18n/tr.js';
import uk from '../i18n/uk.js';
import ur from '../i18n/ur.js';
import zhHans from '../i18n/zh-Hans.js';
import zhHant from '../i18n/zh-Hant.js';

// Sharing's rules of the preload sheet (src/preload.ts), which gives them the same condition as
// every other element's: `:not(:defined)` there stands for "waiting for a script". Not in any
// element's code: the build writes them into the theme files.

/**
 * A label as a CSS string, each space in it a quarter-em space held to the next word by a word
 * joiner: about a space's width, but word spacing does not widen it and no line breaks there. The
 * button's hidden labels are worded the same (src/share/share.styles.ts).
 */
const word = (label: string) => `"${oneWord(label)}"`;

/** The button's room (as wide as the element's, share.styles.ts). */
const button = ({ share = en.share, copyLink = en.copyLink }: Partial<Translation>) =>
  `"${buttonRoom(share, copyLink)}"`;

// The labels in each language the library ships, for the element's `locale`, else the nearest
// `lang`: Chinese in traditional characters also by the regions that write them, as the library
// reads them (translate.ts).
const tags = (tag: string) =>
  tag === 'zh-Hant' ? [tag, 'zh-TW', 'zh-HK', 'zh-MO'] : [tag.replace('-Hans', '')];
const tables = {
  ar,
  de,
  es,
  fa,
  fr,
  he,
  hi,
  id,
  it,
  ja,
  ko,
  nl,
  ps,
  pt,
  ru,
  sw,
  tr,
  uk,
  ur,
  'zh-Hans': zhHans,
  'zh-Hant': zhHant,
};
const languages = Object.entries(tables)
  .map(([tag, labels]: [string, Partial<Translation>]) => {
    const lang = tags(tag).map((t) => `:lang(${t})`);
    const locale = tags(tag).map((t) => `[locale|=${t} i]`);
    const email = word(labels.shareEmail ?? en.shareEmail);
    return `:where(news-share:is(${lang.join()}):not([locale]:not([locale=''])), news-share:is(${locale.join()})){--_share-button:${button(labels)};--_share-email-label:${email}}`;
  })
  .join('');

// Each place the site names (as src/share/networks.ts reads `networks`: any case, spaces or
// commas, X as a word of its own), as its link's word; email by default. X's pill is the least a
// pill is, wider than its letter: it is a no-break space before the first word instead (widened as
// any space, held to that word) and the rest of its width the first line's indent, where it comes.
const x = "[networks~=x i], [networks~='x,' i], [networks*=',x' i]";
const others = Object.entries(places).filter(([place]) => place !== 'x');
const chosen = others
  .map(([place, [name]]) => {
    const named = place === 'email' ? ':not([networks]), [networks*=email i]' : `[networks*=${place} i]`;
    const label = name ? word(name) : `var(--_share-email-label, ${word(en.shareEmail)})`;
    return `:where(news-share:not(:defined):is(${named})){--_share-${place}:${label} " "}`;
  })
  .join('');
const xPill = `:where(news-share:not(:defined):is(${x})){--_share-x:"\\a0"}:where(news-share:not(:defined):is(${x}))::before{text-indent:calc(var(--news-share-size, 2.75rem) - 2 * var(--_space-md) - 2px)}`;
// X's space, the words, then the button's.
const words = [
  'var(--_share-x, "")',
  ...others.map(([place]) => `var(--_share-${place}, "")`),
  `var(--_share-button, ${button(en)})`,
];

/*
 * Sharing draws its links and button as one line of words, each word as wide as its pill and the
 * gap after it: the space after a word is widened by the pill's padding and borders and the gap,
 * less 0.26em, as the element widens the space between its pills by the gap less 0.26em
 * (share.styles.ts), so that the space's own width, which differs by font and engine, is in both.
 * The line breaks where the element's row wraps, one row on a desktop, two or three for several
 * networks on a phone; the last word's padding is the block's own. Each line is a pill's height and
 * the gap under it; the block ends a gap higher. The words are the places in the order
 * src/share/networks.ts has them, X anywhere on the first line (a site that lists the others in
 * another order may see its rows break a word apart), then the button's label, in the element's
 * language.
 * Drawn in no colour: the row appears with its script, which comes on sight.
 */
export const share = css`
  :where(news-share:not(:defined)) {
    display: flow-root;
    min-block-size: var(--news-share-size, 2.75rem);
  }
  :where(news-share:not(:defined))::before {
    content: ${unsafeCSS(words.join(' '))};
    display: block;
    margin-block-end: calc(-1 * var(--_space-sm));
    padding-inline-end: calc(2 * var(--_space-md) + 2px);
    color: transparent;
    text-align: start;
    font: 600 var(--_font-size-sm) / calc(var(--news-share-size, 2.75rem) + var(--_space-sm))
      var(--news-share-font, var(--_font-ui));
    word-spacing: calc(2 * var(--_space-md) + 2px + var(--_space-sm) - 0.26em);
  }
  ${unsafeCSS(chosen + xPill)}
  ${unsafeCSS(languages)}
`;
