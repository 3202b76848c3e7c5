import type { Translation } from './en.js';

/**
 * Turkish: the labels are nouns, since Turkish would put "with" after the partner's name.
 * @internal
 */
export default {
  photo: 'Fotoğraf:',
  creditVideo: 'Video:',
  creditAudio: 'Ses:',
  enlarge: 'Görseli büyüt',
  close: 'Kapat',

  partner: 'İş ortağı',
  sponsoredBy: 'Sponsor',
  paidBy: 'Reklamveren',
  about: 'Bu içerik hakkında',

  loading: 'Haberler yükleniyor…',
  loadFailed: 'Haberler yüklenemedi.',
  retry: 'Tekrar dene',
  moreStories: 'Daha fazla haber',
  moreFailed: 'Daha fazla haber yüklenemedi.',
  empty: 'Gösterilecek haber yok.',

  updated: 'Güncellendi',
  corrected: 'Düzeltildi',
  noticeCorrection: 'Düzeltme',
  noticeClarification: 'Açıklama',
  noticeUpdate: 'Güncelleme',
  noticeEditorsNote: 'Editörün notu',
  noticeAge: 'Bu makale en az {age} önce yayımlandı',

  sponsored: 'Sponsorlu',
  labelOpinion: 'Görüş',
  labelAnalysis: 'Analiz',
  labelBreaking: 'Son dakika',
  labelPaid: 'Reklam',
  mediaVideo: 'Video',
  mediaAudio: 'Ses',
  mediaGallery: 'Galeri',
  mediaPhoto: '{count} fotoğraf',
  mediaPhotos: '{count} fotoğraf',
  mediaSpoken: '{kind}, {detail}',
  relatedStories: 'İlgili haberler',

  byline: 'Yazan: {names}',
  additionalReporting: 'Katkıda bulunanlar: {names}',
  contents: 'İçindekiler',
  jumpTo: 'Bölüme git',

  share: 'Paylaş',
  copyLink: 'Bağlantıyı kopyala',
  linkCopied: 'Bağlantı kopyalandı',
  liveNow: 'Canlı',
  liveEnded: 'Sona erdi',
  livePinned: 'Sabitlendi',
  liveKeyEvent: 'Önemli gelişme',
  liveKeyEvents: 'Önemli gelişmeler',
  liveOlderPosts: 'Önceki gönderiler',
  liveNewerPosts: 'Daha yeni gönderiler',
  liveNewUpdate: '{count} yeni güncelleme',
  liveNewUpdates: '{count} yeni güncelleme',
  listNewStory: '{count} yeni haber',
  listNewStories: '{count} yeni haber',
  liveCopyLink: 'Bağlantıyı kopyala: bu gönderi',
  shareEmail: 'E-posta',
  shareByEmail: 'E-postayla paylaş',
  shareOn: '{network} üzerinden paylaş',

  readingTime: '{min} okuma',

  embedContent: '{provider} içeriği',
  embedShares: 'Yüklemek verilerinizi {provider} ile paylaşır.',
  embedPrivacy: '{provider} gizlilik politikası',
  embedLoad: 'Yükle',
  embedAlways: '{provider} içeriğini her zaman yükle',
  embedSkip: '{provider} içeriğini atla',
  embedView: '{provider} üzerinde görüntüle',
  galleryPrevious: 'Önceki görsel',
  galleryNext: 'Sonraki görsel',
  galleryPosition: '{index}/{total}',
} satisfies Translation;
