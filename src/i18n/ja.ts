import type { Translation } from './en.js';

/**
 * Japanese.
 * @internal
 */
export const ja = {
  photoCredit: '写真：',
  viewLarger: '拡大して見る',
  close: '閉じる',

  inPartnershipWith: '提携パートナー',
  sponsoredBy: '提供',
  paidContentBy: '広告主',
  aboutThisContent: 'このコンテンツについて',

  loadingStories: '記事を読み込んでいます…',
  couldNotLoadStories: '記事を読み込めませんでした。',
  tryAgain: '再試行',
  noStories: '表示する記事はありません。',

  updated: '更新',

  sponsored: '広告',

  byline: '{names} 記者',
} satisfies Translation;
