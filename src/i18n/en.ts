/**
 * English: every key a built-in string has, and the text used wherever another language lacks one.
 * Keys say what the text says, so a translator reads each line on its own.
 * @internal
 */
export const en = {
  // <news-figure>: the credit's spoken label, the zoom button's name, the zoom dialog's close button.
  photoCredit: 'Photograph:',
  viewLarger: 'View larger image',
  close: 'Close',

  // <news-partner-banner>: the label for each variant (partner, sponsored, paid), then the "about" link.
  inPartnershipWith: 'In partnership with',
  sponsoredBy: 'Sponsored by',
  paidContentBy: 'Paid content by',
  aboutThisContent: 'About this content',

  // <news-teaser-list>: while the feed loads, when it fails (with a button to retry), when it is empty.
  loadingStories: 'Loading stories…',
  couldNotLoadStories: 'Couldn’t load these stories.',
  tryAgain: 'Try again',
  noStories: 'No stories to show.',

  // <news-dateline>: before the time of the last update.
  updated: 'Updated',

  // <news-teaser>: the mark on a sponsored story.
  sponsored: 'Sponsored',

  // renderStoryPage's byline: {names} is the authors, joined the language's way ("A, B and C").
  byline: 'By {names}',
};

/** The keys every language may translate. */
export type Translation = typeof en;
