import type { Translation } from './en.js';

/**
 * Korean.
 * @internal
 */
export const ko = {
  photoCredit: '사진:',
  viewLarger: '크게 보기',
  close: '닫기',

  inPartnershipWith: '제휴 파트너',
  sponsoredBy: '협찬',
  paidContentBy: '유료 광고',
  aboutThisContent: '이 콘텐츠에 대하여',

  loadingStories: '기사를 불러오는 중…',
  couldNotLoadStories: '기사를 불러오지 못했습니다.',
  tryAgain: '다시 시도',
  noStories: '표시할 기사가 없습니다.',

  updated: '수정',

  sponsored: '광고',

  byline: '{names} 기자',
} satisfies Translation;
