import type { Translation } from './en.js';

/**
 * Swahili.
 * @internal
 */
export default {
  photo: 'Picha:',
  creditVideo: 'Video:',
  creditAudio: 'Sauti:',
  enlarge: 'Tazama picha kubwa',
  close: 'Funga',

  partner: 'Kwa ushirikiano na',
  sponsoredBy: 'Imedhaminiwa na',
  paidBy: 'Maudhui yaliyolipiwa na',
  about: 'Kuhusu maudhui haya',

  loading: 'Inapakia habari…',
  loadFailed: 'Imeshindwa kupakia habari.',
  retry: 'Jaribu tena',
  moreStories: 'Habari zaidi',
  moreFailed: 'Imeshindwa kupakia habari zaidi.',
  empty: 'Hakuna habari za kuonyesha.',

  updated: 'Imesasishwa',
  corrected: 'Imesahihishwa',
  noticeCorrection: 'Marekebisho',
  noticeClarification: 'Ufafanuzi',
  noticeUpdate: 'Taarifa mpya',
  noticeEditorsNote: 'Dokezo la mhariri',
  noticeAge: 'Makala hii ina zaidi ya {age}',

  sponsored: 'Imedhaminiwa',
  labelOpinion: 'Maoni',
  labelAnalysis: 'Uchambuzi',
  labelBreaking: 'Habari za hivi punde',
  labelPaid: 'Maudhui ya kulipiwa',
  mediaVideo: 'Video',
  mediaAudio: 'Sauti',
  mediaGallery: 'Picha',
  mediaPhoto: 'Picha {count}',
  mediaPhotos: 'Picha {count}',
  mediaSpoken: '{kind}, {detail}',
  relatedStories: 'Habari zinazohusiana',

  byline: 'Na {names}',
  additionalReporting: 'Ripoti ya ziada: {names}',
  contents: 'Yaliyomo',
  jumpTo: 'Ruka hadi',

  share: 'Shiriki',
  copyLink: 'Nakili kiungo',
  linkCopied: 'Kiungo kimenakiliwa',
  liveNow: 'Moja kwa moja',
  liveEnded: 'Imekwisha',
  livePinned: 'Imebandikwa',
  liveKeyEvent: 'Tukio kuu',
  liveKeyEvents: 'Matukio makuu',
  liveOlderPosts: 'Machapisho ya zamani',
  liveNewerPosts: 'Machapisho mapya',
  liveNewUpdate: 'Sasisho {count} jipya',
  liveNewUpdates: 'Masasisho {count} mapya',
  listNewStory: 'Habari {count} mpya',
  listNewStories: 'Habari {count} mpya',
  liveCopyLink: 'Nakili kiungo cha chapisho hili',
  shareEmail: 'Barua pepe',
  shareByEmail: 'Shiriki kwa barua pepe',
  shareOn: 'Shiriki kwenye {network}',

  readingTime: 'Muda wa kusoma: {minutes}',

  embedContent: 'Maudhui ya {provider}',
  embedShares: 'Kuyapakia kunashiriki data yako na {provider}.',
  embedPrivacy: 'Sera ya faragha ya {provider}',
  embedLoad: 'Pakia',
  embedAlways: 'Pakia maudhui ya {provider} kila wakati',
  embedSkip: 'Ruka maudhui ya {provider}',
  embedView: 'Tazama kwenye {provider}',
  galleryPrevious: 'Picha iliyotangulia',
  galleryNext: 'Picha inayofuata',
  galleryPosition: '{index} kati ya {total}',
} satisfies Translation;
