/**
 * English: every key a built-in string has, and the text used wherever another language lacks one.
 * Keys name each string's role; the comments say where it appears, so a translator reads each
 * line in context.
 * @internal
 */
export const en = {
  // <news-figure>: the credit's spoken label, the zoom button's name, the zoom dialog's close button.
  photo: 'Photograph:',
  enlarge: 'View larger image',
  close: 'Close',

  // <news-partner-banner>: the label for each variant (partner, sponsored, paid), then the "about" link.
  partner: 'In partnership with',
  sponsoredBy: 'Sponsored by',
  paidBy: 'Paid content by',
  about: 'About this content',

  // <news-teaser-list>: while the feed loads, when it fails (with a button to retry), when it is empty.
  loading: 'Loading stories…',
  loadFailed: 'Couldn’t load these stories.',
  retry: 'Try again',
  empty: 'No stories to show.',

  // <news-dateline>: before the time of the last update.
  updated: 'Updated',

  // <news-teaser>: the mark on a sponsored story.
  sponsored: 'Sponsored',

  // <news-byline> and renderStoryPage's byline: {names} is the authors, joined the language's way ("A, B and C").
  byline: 'By {names}',
  // <news-byline>: its second line, naming who helped report the story ("A and B", joined as above).
  additionalReporting: 'Additional reporting by {names}',
};

/** The keys every language may translate. */
export type Translation = typeof en;
