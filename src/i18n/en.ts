/**
 * English: every key a built-in string has, and the text used wherever another language lacks one.
 * Keys name each string's role; the comments say where it appears, so a translator reads each
 * line in context.
 * @internal
 */
export const en = {
  // <news-figure>: the credit's spoken label, the zoom button's name, the zoom dialog's close button.
  // (Its lightbox also uses galleryPrevious, galleryNext and galleryPosition: "3 of 12".)
  photo: 'Photograph:',
  enlarge: 'View larger image',
  close: 'Close',
  // <news-figure type="video" | "audio">: the credit's spoken label in place of "Photograph:".
  creditVideo: 'Video:',
  creditAudio: 'Audio:',

  // <news-partner-banner>: the label for each variant (partner, sponsored, paid), then the "about" link.
  partner: 'In partnership with',
  sponsoredBy: 'Sponsored by',
  paidBy: 'Paid content by',
  about: 'About this content',

  // <news-teaser-list>: while the feed loads, when it fails (with a button to retry), when it is empty.
  loading: 'Loading stories…',
  loadFailed: 'Couldn’t load these stories.',
  retry: 'Try again',
  // <news-teaser-list more>: the button under the list that shows the next stories.
  moreStories: 'More stories',
  // <news-teaser-list more>: beside that button when the next stories did not load (the stories
  // shown stay, and the button tries again).
  moreFailed: 'Couldn’t load more stories.',
  empty: 'No stories to show.',

  // <news-dateline>: before the time of the last update.
  updated: 'Updated',
  // <news-dateline correction>: before the time of the correction, the two a link to the correction notice.
  corrected: 'Corrected',

  // <news-notice>: the label of each kind of notice, bold, before its date ("Correction 15 December 2012").
  noticeCorrection: 'Correction',
  noticeClarification: 'Clarification',
  noticeUpdate: 'Update',
  noticeEditorsNote: 'Editor’s note',
  // <news-notice type="age">: the whole notice on an old story. {age} is "13 years" or "6 months", the
  // number and unit written by Intl in your language (a count of years from one year on, of months before).
  noticeAge: 'This article is more than {age} old',

  // <news-teaser>: the mark on a sponsored story.
  sponsored: 'Sponsored',
  // <news-teaser label-kind>: the badge of each kind of story ("live" is `liveNow`, "sponsored"
  // `sponsored`), and the mark on a paid post (label-kind="paid") instead of "Sponsored".
  labelOpinion: 'Opinion',
  labelAnalysis: 'Analysis',
  labelBreaking: 'Breaking',
  labelPaid: 'Paid content',
  // <news-teaser media>: the kind of story, said before its length ("Video, 3 minutes"), shown alone without one.
  mediaVideo: 'Video',
  mediaAudio: 'Audio',
  mediaGallery: 'Gallery',
  // <news-teaser media="gallery" count>: the number of pictures; the first when Intl.PluralRules says
  // "one", the second for every other count (write it to read right for every other count).
  mediaPhoto: '{count} photo',
  mediaPhotos: '{count} photos',
  // <news-teaser media>: what screen readers hear: the kind, a pause, then the length or count
  // ("Video, 3 minutes, 20 seconds"); the pause is the language's comma.
  mediaSpoken: '{kind}, {detail}',
  // <news-teaser related>: the spoken name of the list of links to other stories under a lead story.
  relatedStories: 'Related stories',

  // <news-byline> and renderStoryPage's byline: {names} is the authors, joined the language's way ("A, B and C").
  byline: 'By {names}',
  // <news-byline>: its second line, naming who helped report the story ("A and B", joined as above).
  additionalReporting: 'Additional reporting by {names}',
  // <news-toc>: the contents' name (its landmark, and the title over the open list on wide screens),
  // and the line that opens the list on phones, followed by the story's subheadings.
  contents: 'Contents',
  jumpTo: 'Jump to',

  // <news-share>: its group's name and the button that opens the browser's share sheet; the button
  // that copies the story's address, and what it says (and is announced) once it has.
  share: 'Share',
  copyLink: 'Copy link',
  linkCopied: 'Link copied',
  // <news-live-blog>: the status badge while the blog runs, and once it has ended.
  liveNow: 'Live',
  liveEnded: 'Ended',
  // <news-live-post>: the marks on a post pinned to the top and on a key event.
  livePinned: 'Pinned',
  liveKeyEvent: 'Key event',
  // <news-live-blog>: the title of the list of links to the key events.
  liveKeyEvents: 'Key events',
  // <news-live-blog>: the links to the next and the previous page of 20 posts (below the posts and
  // above them when newest first; the other way round in a timeline, oldest first).
  liveOlderPosts: 'Older posts',
  liveNewerPosts: 'Newer posts',
  // <news-live-blog>: the button over the blog that shows posts which arrived while the reader was
  // scrolled down (also announced). {count} is the number; the first when Intl.PluralRules says
  // "one", the second for every other count: write it so that it reads right for every other
  // count (e.g. "New updates: {count}" where your language has several plural forms).
  liveNewUpdate: '{count} new update',
  liveNewUpdates: '{count} new updates',
  // A refreshed <news-teaser-list>: what its status region says of stories added at its top.
  listNewStory: '{count} new story',
  listNewStories: '{count} new stories',
  // <news-live-post>: the spoken name of the "Copy link" button (it must contain that button's text).
  liveCopyLink: 'Copy link to this post',
  // <news-share>: the email link's text, and its spoken name, which must contain that text.
  shareEmail: 'Email',
  shareByEmail: 'Share by email',
  // <news-share>: a network link's spoken name; {network} is the brand as shown ("Facebook").
  shareOn: 'Share on {network}',

  // <news-article reading-time>: after the byline and dateline. {min} is the count with the short unit
  // ("6 Min."), {minutes} with the long one ("6 Minuten", "6 分"), {count} the number alone (English
  // writes "min" for every number, where en-GB's short unit says "2 mins"): use the one your
  // language prints.
  readingTime: '{count} min read',

  // <news-article-body>: an embed's placeholder until the reader loads it. {provider} is the service's
  // name ("YouTube") or its host ("maps.example.com"): the placeholder's label, what loading it does,
  // the link to the provider's privacy policy, the button that loads it, the one that also loads
  // that provider's embeds from then on (consent="remember"), the link (seen on focus) that skips
  // past the embed, and the link to the original after it.
  embedContent: '{provider} content',
  embedShares: 'Loading it shares your data with {provider}.',
  embedPrivacy: '{provider}’s privacy policy',
  embedLoad: 'Load',
  embedAlways: 'Always load {provider} content',
  embedSkip: 'Skip {provider} content',
  embedView: 'View on {provider}',
  // <news-gallery layout="carousel">: the buttons that show the previous and the next picture, and
  // where the reader is (also announced): {index} and {total} are numbers in the language's digits.
  galleryPrevious: 'Previous image',
  galleryNext: 'Next image',
  galleryPosition: '{index} of {total}',
};

/** The keys every language may translate. */
export type Translation = typeof en;
