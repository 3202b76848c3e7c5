import type { Translation } from './en.js';

/**
 * Indonesian.
 * @internal
 */
export default {
  photo: 'Foto:',
  enlarge: 'Perbesar gambar',
  close: 'Tutup',

  partner: 'Bekerja sama dengan',
  sponsoredBy: 'Disponsori oleh',
  paidBy: 'Konten berbayar dari',
  about: 'Tentang konten ini',

  loading: 'Memuat berita…',
  loadFailed: 'Berita tidak dapat dimuat.',
  retry: 'Coba lagi',
  empty: 'Tidak ada berita untuk ditampilkan.',

  updated: 'Diperbarui',

  sponsored: 'Advertorial',

  byline: 'Oleh {names}',
  additionalReporting: 'Laporan tambahan oleh {names}',
} satisfies Translation;
