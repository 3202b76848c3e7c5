import type { Translation } from './en.js';

/**
 * Chinese in traditional characters (zh-TW, zh-HK, zh-MO), with the "文／" byline of Taiwanese and Hong Kong papers.
 * @internal
 */
export default {
  photo: '攝影：',
  creditVideo: '影片：',
  creditAudio: '音訊：',
  enlarge: '檢視大圖',
  close: '關閉',

  partner: '合作夥伴',
  sponsoredBy: '贊助',
  paidBy: '付費推廣',
  about: '關於此內容',

  loading: '正在載入新聞…',
  loadFailed: '無法載入新聞。',
  retry: '重試',
  moreStories: '更多報導',
  moreFailed: '無法載入更多報導。',
  empty: '目前沒有新聞。',

  updated: '更新',
  corrected: '已更正',
  noticeCorrection: '更正',
  noticeClarification: '澄清',
  noticeUpdate: '更新',
  noticeEditorsNote: '編者按',
  noticeAge: '本文發布已超過{age}',

  sponsored: '廣告',
  labelOpinion: '觀點',
  labelAnalysis: '分析',
  labelBreaking: '突發',
  labelPaid: '付費推廣',
  mediaVideo: '影片',
  mediaAudio: '音訊',
  mediaGallery: '圖輯',
  mediaPhoto: '{count}張圖片',
  mediaPhotos: '{count}張圖片',
  mediaSpoken: '{kind}，{detail}',
  relatedStories: '相關報導',

  byline: '文／{names}',
  additionalReporting: '補充報導：{names}',
  contents: '目錄',
  jumpTo: '跳至',

  share: '分享',
  copyLink: '複製連結',
  linkCopied: '已複製連結',
  liveNow: '直播',
  liveEnded: '已結束',
  livePinned: '置頂',
  liveKeyEvent: '關鍵事件',
  liveKeyEvents: '關鍵事件',
  liveOlderPosts: '較早的貼文',
  liveNewerPosts: '較新的貼文',
  liveNewUpdate: '{count} 則新動態',
  liveNewUpdates: '{count} 則新動態',
  listNewStory: '{count} 則新報導',
  listNewStories: '{count} 則新報導',
  liveCopyLink: '複製連結（本貼文）',
  shareEmail: '電子郵件',
  shareByEmail: '透過電子郵件分享',
  shareOn: '分享至{network}',

  readingTime: '閱讀約需{minutes}',

  embedContent: '{provider} 內容',
  embedShares: '載入後，你的資料將與 {provider} 分享。',
  embedPrivacy: '{provider} 隱私權政策',
  embedLoad: '載入',
  embedAlways: '一律載入 {provider} 內容',
  embedSkip: '略過 {provider} 內容',
  embedView: '在 {provider} 上查看',
  galleryPrevious: '上一張',
  galleryNext: '下一張',
  galleryPosition: '第 {index} 張，共 {total} 張',
} satisfies Translation;
