import type { Translation } from './en.js';

/**
 * Chinese in simplified characters (zh, zh-CN, zh-SG): labels are nouns, since the partner's name follows them.
 * @internal
 */
export default {
  photo: '摄影：',
  enlarge: '查看大图',
  close: '关闭',

  partner: '合作伙伴',
  sponsoredBy: '赞助商',
  paidBy: '付费推广',
  about: '关于此内容',

  loading: '正在加载新闻…',
  loadFailed: '无法加载新闻。',
  retry: '重试',
  empty: '暂无新闻。',

  updated: '更新',

  sponsored: '广告',

  byline: '作者：{names}',
  additionalReporting: '补充报道：{names}',
} satisfies Translation;
