import type { Translation } from './en.js';

/**
 * Indonesian.
 * @internal
 */
export default {
  photo: 'Foto:',
  creditVideo: 'Video:',
  creditAudio: 'Audio:',
  enlarge: 'Perbesar gambar',
  close: 'Tutup',

  partner: 'Bekerja sama dengan',
  sponsoredBy: 'Disponsori oleh',
  paidBy: 'Iklan dari',
  about: 'Tentang konten ini',

  loading: 'Memuat berita…',
  loadFailed: 'Berita tidak dapat dimuat.',
  retry: 'Coba lagi',
  moreStories: 'Berita lainnya',
  moreFailed: 'Berita lainnya tidak dapat dimuat.',
  empty: 'Tidak ada berita untuk ditampilkan.',

  updated: 'Diperbarui',
  corrected: 'Dikoreksi',
  noticeCorrection: 'Koreksi',
  noticeClarification: 'Klarifikasi',
  noticeUpdate: 'Pembaruan',
  noticeEditorsNote: 'Catatan redaksi',
  noticeAge: 'Artikel ini berusia lebih dari {age}',

  sponsored: 'Advertorial',
  labelOpinion: 'Opini',
  labelAnalysis: 'Analisis',
  labelBreaking: 'Terkini',
  labelPaid: 'Iklan',
  mediaVideo: 'Video',
  mediaAudio: 'Audio',
  mediaGallery: 'Galeri',
  mediaPhoto: '{count} foto',
  mediaPhotos: '{count} foto',
  mediaSpoken: '{kind}, {detail}',
  relatedStories: 'Berita terkait',

  byline: 'Oleh {names}',
  additionalReporting: 'Laporan tambahan oleh {names}',
  contents: 'Daftar isi',
  jumpTo: 'Langsung ke',

  share: 'Bagikan',
  copyLink: 'Salin tautan',
  linkCopied: 'Tautan disalin',
  liveNow: 'Langsung',
  liveEnded: 'Berakhir',
  livePinned: 'Disematkan',
  liveKeyEvent: 'Peristiwa penting',
  liveKeyEvents: 'Peristiwa penting',
  liveOlderPosts: 'Kiriman lama',
  liveNewerPosts: 'Kiriman baru',
  liveNewUpdate: '{count} pembaruan baru',
  liveNewUpdates: '{count} pembaruan baru',
  listNewStory: '{count} berita baru',
  listNewStories: '{count} berita baru',
  liveCopyLink: 'Salin tautan ke kiriman ini',
  shareEmail: 'Surel',
  shareByEmail: 'Bagikan lewat surel',
  shareOn: 'Bagikan ke {network}',

  readingTime: '{minutes} baca',

  embedContent: 'Konten {provider}',
  embedShares: 'Memuatnya akan membagikan data Anda dengan {provider}.',
  embedPrivacy: 'Kebijakan privasi {provider}',
  embedLoad: 'Muat',
  embedAlways: 'Selalu muat konten {provider}',
  embedSkip: 'Lewati konten {provider}',
  embedView: 'Lihat di {provider}',
  galleryPrevious: 'Gambar sebelumnya',
  galleryNext: 'Gambar berikutnya',
  galleryPosition: '{index} dari {total}',
} satisfies Translation;
