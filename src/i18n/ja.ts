import type { Translation } from './en.js';

/**
 * Japanese.
 * @internal
 */
export default {
  photo: '写真：',
  creditVideo: '動画：',
  creditAudio: '音声：',
  enlarge: '拡大して見る',
  close: '閉じる',

  partner: '提携パートナー',
  sponsoredBy: '提供',
  paidBy: '広告主',
  about: 'このコンテンツについて',

  loading: '記事を読み込んでいます…',
  loadFailed: '記事を読み込めませんでした。',
  retry: '再試行',
  moreStories: 'さらに記事を表示',
  moreFailed: '続きの記事を読み込めませんでした。',
  empty: '表示する記事はありません。',

  updated: '更新',
  corrected: '訂正',
  noticeCorrection: '訂正',
  noticeClarification: '補足',
  noticeUpdate: '更新',
  noticeEditorsNote: '編集部注',
  noticeAge: 'この記事は{age}以上前のものです',

  sponsored: '広告',
  labelOpinion: 'オピニオン',
  labelAnalysis: '分析',
  labelBreaking: '速報',
  labelPaid: '有料広告',
  mediaVideo: '動画',
  mediaAudio: '音声',
  mediaGallery: '写真',
  mediaPhoto: '写真{count}枚',
  mediaPhotos: '写真{count}枚',
  mediaSpoken: '{kind}、{detail}',
  relatedStories: '関連記事',

  byline: '{names} 記者',
  additionalReporting: '取材協力：{names}',
  contents: '目次',
  jumpTo: '見出しに移動',

  share: '共有',
  copyLink: 'リンクをコピー',
  linkCopied: 'リンクをコピーしました',
  liveNow: 'ライブ',
  liveEnded: '終了',
  livePinned: '固定',
  liveKeyEvent: '重要な出来事',
  liveKeyEvents: '重要な出来事',
  liveOlderPosts: '以前の投稿',
  liveNewerPosts: '新しい投稿',
  liveNewUpdate: '新しい更新 {count} 件',
  liveNewUpdates: '新しい更新 {count} 件',
  listNewStory: '新しい記事 {count} 件',
  listNewStories: '新しい記事 {count} 件',
  liveCopyLink: 'この投稿へのリンクをコピー',
  shareEmail: 'メール',
  shareByEmail: 'メールで共有',
  shareOn: '{network}で共有',

  readingTime: '{minutes}で読めます',

  embedContent: '{provider}のコンテンツ',
  embedShares: '読み込むと、あなたのデータが{provider}と共有されます。',
  embedPrivacy: '{provider}のプライバシーポリシー',
  embedLoad: '読み込む',
  embedAlways: '{provider}のコンテンツを常に読み込む',
  embedSkip: '{provider}のコンテンツをスキップ',
  embedView: '{provider}で見る',
  galleryPrevious: '前の画像',
  galleryNext: '次の画像',
  galleryPosition: '{index} / {total}',
} satisfies Translation;
