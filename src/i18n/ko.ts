import type { Translation } from './en.js';

/**
 * Korean.
 * @internal
 */
export default {
  photo: '사진:',
  creditVideo: '영상:',
  creditAudio: '오디오:',
  enlarge: '크게 보기',
  close: '닫기',

  partner: '제휴 파트너',
  sponsoredBy: '협찬',
  paidBy: '유료 광고',
  about: '이 콘텐츠에 대하여',

  loading: '기사를 불러오는 중…',
  loadFailed: '기사를 불러오지 못했습니다.',
  retry: '다시 시도',
  moreStories: '기사 더 보기',
  moreFailed: '기사를 더 불러오지 못했습니다.',
  empty: '표시할 기사가 없습니다.',

  updated: '수정',
  corrected: '정정',
  noticeCorrection: '정정',
  noticeClarification: '알려드립니다',
  noticeUpdate: '업데이트',
  noticeEditorsNote: '편집자 주',
  noticeAge: '이 기사는 작성된 지 {age}이 넘었습니다',

  sponsored: '광고',
  labelOpinion: '오피니언',
  labelAnalysis: '분석',
  labelBreaking: '속보',
  labelPaid: '유료 광고',
  mediaVideo: '동영상',
  mediaAudio: '오디오',
  mediaGallery: '갤러리',
  mediaPhoto: '사진 {count}장',
  mediaPhotos: '사진 {count}장',
  mediaSpoken: '{kind}, {detail}',
  relatedStories: '관련 기사',

  byline: '{names} 기자',
  additionalReporting: '추가 취재: {names}',
  contents: '목차',
  jumpTo: '바로 가기',

  share: '공유',
  copyLink: '링크 복사',
  linkCopied: '링크가 복사되었습니다',
  liveNow: '라이브',
  liveEnded: '종료',
  livePinned: '고정됨',
  liveKeyEvent: '주요 사건',
  liveKeyEvents: '주요 사건',
  liveOlderPosts: '이전 게시물',
  liveNewerPosts: '최신 게시물',
  liveNewUpdate: '새 업데이트 {count}개',
  liveNewUpdates: '새 업데이트 {count}개',
  listNewStory: '새 기사 {count}개',
  listNewStories: '새 기사 {count}개',
  liveCopyLink: '이 게시물 링크 복사',
  shareEmail: '이메일',
  shareByEmail: '이메일로 공유',
  shareOn: '{network}에 공유',

  readingTime: '읽는 시간 {minutes}',

  embedContent: '{provider} 콘텐츠',
  embedShares: '불러오면 내 데이터가 {provider}에 공유됩니다.',
  embedPrivacy: '{provider} 개인정보 처리방침',
  embedLoad: '불러오기',
  embedAlways: '{provider} 콘텐츠 항상 불러오기',
  embedSkip: '{provider} 콘텐츠 건너뛰기',
  embedView: '{provider}에서 보기',
  galleryPrevious: '이전 이미지',
  galleryNext: '다음 이미지',
  galleryPosition: '{total}장 중 {index}번째',
} satisfies Translation;
