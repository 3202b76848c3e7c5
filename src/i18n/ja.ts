import type { Translation } from './en.js';

/**
 * Japanese.
 * @internal
 */
export default {
  photo: '写真：',
  enlarge: '拡大して見る',
  close: '閉じる',

  partner: '提携パートナー',
  sponsoredBy: '提供',
  paidBy: '広告主',
  about: 'このコンテンツについて',

  loading: '記事を読み込んでいます…',
  loadFailed: '記事を読み込めませんでした。',
  retry: '再試行',
  empty: '表示する記事はありません。',

  updated: '更新',

  sponsored: '広告',

  byline: '{names} 記者',
  additionalReporting: '取材協力：{names}',
} satisfies Translation;
