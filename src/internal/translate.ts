import { html, isServer, nothing } from 'lit';
import { en, type Translation } from '../i18n/en.js';
import { remember } from '../text/memo.js';
import { canonicalLocale, nameList } from './locale.js';
import { quote } from './values.js';
import { warnOnce } from './warn.js';

/** A page's own strings for one language: any of the built-in keys, each a string. */
export type Translations = Partial<Record<keyof Translation, string>>;

/**
 * The languages shipped besides English, each a chunk of its own, fetched the first time an
 * element speaks it (English is in the first load). Tests replace a loader to control its timing.
 * @internal
 */
export const shipped: Record<string, () => Promise<{ default: Translations }>> = {
  ar: () => import('../i18n/ar.js'),
  de: () => import('../i18n/de.js'),
  es: () => import('../i18n/es.js'),
  fa: () => import('../i18n/fa.js'),
  fr: () => import('../i18n/fr.js'),
  he: () => import('../i18n/he.js'),
  hi: () => import('../i18n/hi.js'),
  id: () => import('../i18n/id.js'),
  it: () => import('../i18n/it.js'),
  ja: () => import('../i18n/ja.js'),
  ko: () => import('../i18n/ko.js'),
  nl: () => import('../i18n/nl.js'),
  ps: () => import('../i18n/ps.js'),
  pt: () => import('../i18n/pt.js'),
  ru: () => import('../i18n/ru.js'),
  sw: () => import('../i18n/sw.js'),
  tr: () => import('../i18n/tr.js'),
  uk: () => import('../i18n/uk.js'),
  ur: () => import('../i18n/ur.js'),
  'zh-Hans': () => import('../i18n/zh-Hans.js'),
  'zh-Hant': () => import('../i18n/zh-Hant.js'),
};

/** How long an element waits for its language's strings before it shows English. */
export const TRANSLATION_TIMEOUT = 2000;

const tables: Record<string, Translations> = { en };
/** What pages registered, by canonical tag: it wins over the shipped tables. */
const registered: Record<string, Translations> = {};
const fetches: Record<string, Promise<void>> = {};
const waits: Record<string, Promise<void>> = {};
/** Tables that failed or outlasted the timeout: nothing waits for them again. */
const given = new Set<string>();
const chains = new Map<string, string[]>();

/** Told the tag whose strings changed (a table arrived, a page registered some). */
export const translationListeners = new Set<(tag: string) => void>();
const changed = (tag: string) => translationListeners.forEach((listener) => listener(tag));

// Intl's likely subtags are a data load of their own (about 8 ms in a page's first render), so
// they are asked only for a language with a table beyond its own name (zh-Hans, a page's sr-Latn).
const subtagged = (language: string) =>
  [...Object.keys(shipped), ...Object.keys(registered)].some((tag) => tag.startsWith(`${language}-`));

/**
 * The tags a locale's strings are looked up under, nearest first, English last: `zh-TW` →
 * `zh-TW`, `zh-Hant`, `zh`, `en` (the script from Intl's likely subtags, so `zh` and `zh-SG` are
 * Hans, `zh-HK` Hant).
 * @internal
 */
export function translationTags(locale: string): string[] {
  return remember(chains, locale, () => {
    try {
      const tag = new Intl.Locale(locale);
      const { language, region } = tag;
      const script = tag.script ?? (subtagged(language) ? tag.maximize().script : undefined);
      const tags = [tag.toString(), region && `${language}-${region}`, script && `${language}-${script}`];
      return [...new Set([...tags, language, 'en'].filter((t): t is string => !!t))];
    } catch {
      return ['en'];
    }
  });
}

/** The two forms of each counted term (`counted`), side by side: one table words both. */
const FORMS = 'mediaPhoto mediaPhotos liveNewUpdate liveNewUpdates listNewStory listNewStories'.split(' ');
const other = (key: string) => FORMS[FORMS.indexOf(key) ^ 1] as keyof Translation | undefined;
const language = (tag: string) => tag.split('-')[0];
const wording = (tag: string, key?: keyof Translation) =>
  key && (registered[tag]?.[key] ?? tables[tag]?.[key]);

/**
 * The built-in string `key` in `locale`: what the page registered or the table holds for the
 * exact tag, then its language (and script), then English, key by key. A table still loading
 * counts as missing. A counted term's forms come from the nearest table that words either, and a
 * form it lacks from its language's tables only: "5 new updates" never follows "1 nowa aktualizacja".
 * @internal
 */
export function translate(locale: string, key: keyof Translation): string {
  const partner = other(key);
  if (!partner) return wording(wordedIn(locale, key), key) ?? en[key];
  const tag = wordedIn(locale, key);
  // No tag before `tag` words either form, so this is `tag` unless it lacks this form.
  const from = translationTags(locale).find((t) => language(t) === language(tag) && wording(t, key));
  // A page's half of a term in a language the library does not ship: that half for every count.
  if (!from && !shippedTag(tag))
    warnOnce(
      registered,
      `${tag} ${key}`,
      `registerTranslations: ${tag} lacks ${quote(key)}; ${quote(partner)} stands for every count.`,
    );
  return wording(from ?? tag, from ? key : partner) ?? en[key];
}

/**
 * The tag whose strings `translate(locale, key)` gives (`en` where the language has none), whose
 * plural rules must choose between them: a Croatian page's English "update" is "updates" at 21.
 * @internal
 */
export function wordedIn(locale: string, key: keyof Translation): string {
  const partner = other(key);
  return (
    translationTags(locale).find((tag) => wording(tag, key) || (partner && wording(tag, partner))) ?? 'en'
  );
}

/**
 * The language `translate(locale, key)` is worded in when it is not `locale`'s: English, on a
 * Polish page (a language the library does not ship, and the page has not registered). For a `lang`
 * around those words, and for the numbers and names set among them, so that no sentence mixes two.
 */
export function foreignWording(locale: string, key: keyof Translation): string | undefined {
  const worded = wordedIn(locale, key);
  return worded.split('-')[0] === locale.split('-')[0] ? undefined : worded;
}

const shippedTag = (locale: string) => translationTags(locale).find((tag) => Object.hasOwn(shipped, tag));

function fetchTable(tag: string): Promise<void> {
  return (fetches[tag] ??= shipped[tag]!().then(
    (module) => {
      tables[tag] = module.default;
      changed(tag);
    },
    () => {
      given.add(tag);
      warnOnce(shipped, tag, `could not load the ${tag} strings; showing English.`);
    },
  ));
}

// A server renders at once, for readers of every language, and the browser's first render over its
// HTML must say the same: a server has every table, loaded as it starts (renderStoryPage, and any
// caller of loadTranslations, also waits for them).
if (isServer) for (const tag of Object.keys(shipped)) void fetchTable(tag);

/**
 * Loads the strings of `lang` (a BCP 47 tag) if the library ships them. A server rendering a
 * page in another language than English awaits this first, since rendering cannot wait.
 */
export function loadTranslations(lang: string): Promise<void> {
  const tag = shippedTag(canonicalLocale(lang) ?? '');
  return tag ? fetchTable(tag) : Promise.resolve();
}

/**
 * Resolves once `locale`'s strings are here, or after `TRANSLATION_TIMEOUT` (with one warning;
 * elements show English until the table arrives, then re-render); `undefined` when there is
 * nothing to wait for.
 * @internal
 */
export function translationsReady(locale: string): Promise<void> | undefined {
  const tag = shippedTag(locale);
  if (!tag || tables[tag] || given.has(tag)) return undefined;
  return (waits[tag] ??= new Promise<void>((resolve) => {
    const timer = setTimeout(() => {
      given.add(tag);
      warnOnce(
        waits,
        tag,
        `the ${tag} strings took over ${TRANSLATION_TIMEOUT / 1000} s; showing English until they arrive.`,
      );
      resolve();
    }, TRANSLATION_TIMEOUT);
    void fetchTable(tag).then(() => {
      clearTimeout(timer);
      resolve();
    });
  }));
}

/**
 * A page's own wording for built-in strings in `lang` (any BCP 47 tag: `pt-PT`, or a language
 * the library does not ship), over the shipped table: `registerTranslations('en', { sponsored:
 * 'Partner content' })`. Elements already on the page re-render. A key that is no built-in
 * string, or a value that is no string, is ignored with one warning.
 */
export function registerTranslations(lang: string, strings: Translations): void {
  const tag = canonicalLocale(lang);
  if (!tag) {
    warnOnce(
      registered,
      `lang ${quote(lang)}`,
      `registerTranslations: ${quote(lang)} is not a language tag; ignored.`,
    );
    return;
  }
  const table = (registered[tag] ??= {});
  // A table of a script of its own (sr-Latn) changes which tags its language looks under.
  chains.clear();
  for (const [key, value] of Object.entries(strings ?? {})) {
    if (Object.hasOwn(en, key) && typeof value == 'string') table[key as keyof Translation] = value;
    else
      warnOnce(
        registered,
        `key ${key}`,
        `registerTranslations: ${quote(key)} ${Object.hasOwn(en, key) ? 'needs a string' : 'is not a built-in string'}; ignored (the keys: ${Object.keys(en).join(', ')}).`,
      );
  }
  changed(tag);
}

/** "By A, B and C" in `locale`: its byline wording around the names, joined the language's way. */
export function bylineText(locale: string, names: string[]): string {
  return substitute(translate(locale, 'byline'), {
    names: nameList(foreignWording(locale, 'byline') ?? locale).format(names),
  });
}

/**
 * `bylineText` with each name in a `<bdi>`, as `<news-byline>` draws them: two Hebrew names in an
 * English byline keep their order around the comma between them. The text is the same.
 * @internal
 */
export function bylineNames(locale: string, names: string[]) {
  const worded = foreignWording(locale, 'byline');
  // Among English words on a Polish page, a Polish name is still read as Polish.
  const list = nameList(worded ?? locale)
    .formatToParts(names)
    .map(({ type, value }) =>
      type === 'element' ? html`<bdi lang=${worded ? locale : nothing}>${value}</bdi>` : value,
    );
  // Split as `substitute` fills it: every `{names}`, and none.
  return translate(locale, 'byline')
    .split(/(\{names\})/)
    .map((piece, i) => (i % 2 ? list : piece));
}

/**
 * `template` with each `{name}` replaced by `values[name]`, taken as written (a `$` in a name stays
 * a `$`); a placeholder without a value stays as it is.
 * @internal
 */
export function substitute(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    Object.hasOwn(values, name) ? values[name]! : placeholder,
  );
}
