import type { Translation } from './en.js';

/**
 * Korean.
 * @internal
 */
export default {
  photo: '사진:',
  enlarge: '크게 보기',
  close: '닫기',

  partner: '제휴 파트너',
  sponsoredBy: '협찬',
  paidBy: '유료 광고',
  about: '이 콘텐츠에 대하여',

  loading: '기사를 불러오는 중…',
  loadFailed: '기사를 불러오지 못했습니다.',
  retry: '다시 시도',
  empty: '표시할 기사가 없습니다.',

  updated: '수정',

  sponsored: '광고',

  byline: '{names} 기자',
  additionalReporting: '추가 취재: {names}',
} satisfies Translation;
