import type { Translation } from './en.js';

/**
 * Chinese in traditional characters (zh-TW, zh-HK, zh-MO), with the "文／" byline of Taiwanese and Hong Kong papers.
 * @internal
 */
export default {
  photo: '攝影：',
  enlarge: '檢視大圖',
  close: '關閉',

  partner: '合作夥伴',
  sponsoredBy: '贊助',
  paidBy: '付費內容',
  about: '關於此內容',

  loading: '正在載入新聞…',
  loadFailed: '無法載入新聞。',
  retry: '重試',
  empty: '目前沒有新聞。',

  updated: '更新',

  sponsored: '廣告',

  byline: '文／{names}',
  additionalReporting: '補充報導：{names}',
} satisfies Translation;
