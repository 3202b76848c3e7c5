import type { Translation } from './en.js';

/**
 * Chinese in simplified characters (zh, zh-CN, zh-SG): labels are nouns, since the partner's name follows them.
 * @internal
 */
export default {
  photo: '摄影：',
  creditVideo: '视频：',
  creditAudio: '音频：',
  enlarge: '查看大图',
  close: '关闭',

  partner: '合作伙伴',
  sponsoredBy: '赞助商',
  paidBy: '付费推广',
  about: '关于此内容',

  loading: '正在加载新闻…',
  loadFailed: '无法加载新闻。',
  retry: '重试',
  moreStories: '更多报道',
  moreFailed: '无法加载更多报道。',
  empty: '暂无新闻。',

  updated: '更新',
  corrected: '已更正',
  noticeCorrection: '更正',
  noticeClarification: '澄清',
  noticeUpdate: '更新',
  noticeEditorsNote: '编者按',
  noticeAge: '本文发布已超过{age}',

  sponsored: '广告',
  labelOpinion: '观点',
  labelAnalysis: '分析',
  labelBreaking: '突发',
  labelPaid: '付费推广',
  mediaVideo: '视频',
  mediaAudio: '音频',
  mediaGallery: '图集',
  mediaPhoto: '{count}张图片',
  mediaPhotos: '{count}张图片',
  mediaSpoken: '{kind}，{detail}',
  relatedStories: '相关报道',

  byline: '作者：{names}',
  additionalReporting: '补充报道：{names}',
  contents: '目录',
  jumpTo: '跳转到',

  share: '分享',
  copyLink: '复制链接',
  linkCopied: '链接已复制',
  liveNow: '直播',
  liveEnded: '已结束',
  livePinned: '置顶',
  liveKeyEvent: '关键事件',
  liveKeyEvents: '关键事件',
  liveOlderPosts: '更早的帖子',
  liveNewerPosts: '更新的帖子',
  liveNewUpdate: '{count} 条新动态',
  liveNewUpdates: '{count} 条新动态',
  listNewStory: '{count} 条新报道',
  listNewStories: '{count} 条新报道',
  liveCopyLink: '复制链接（本帖）',
  shareEmail: '邮件',
  shareByEmail: '通过邮件分享',
  shareOn: '分享到{network}',

  readingTime: '阅读约需{minutes}',

  embedContent: '{provider} 内容',
  embedShares: '加载后，你的数据将与 {provider} 共享。',
  embedPrivacy: '{provider} 隐私政策',
  embedLoad: '加载',
  embedAlways: '始终加载 {provider} 内容',
  embedSkip: '跳过 {provider} 内容',
  embedView: '在 {provider} 上查看',
  galleryPrevious: '上一张',
  galleryNext: '下一张',
  galleryPosition: '第 {index} 张，共 {total} 张',
} satisfies Translation;
