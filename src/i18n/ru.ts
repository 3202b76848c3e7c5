import type { Translation } from './en.js';

/**
 * Russian: labels that need no case ending on the name that follows them.
 * @internal
 */
export default {
  photo: 'Фото:',
  creditVideo: 'Видео:',
  creditAudio: 'Аудио:',
  enlarge: 'Увеличить изображение',
  close: 'Закрыть',

  partner: 'Партнёр',
  sponsoredBy: 'При поддержке',
  paidBy: 'Рекламодатель',
  about: 'Об этом материале',

  loading: 'Загрузка новостей…',
  loadFailed: 'Не удалось загрузить новости.',
  retry: 'Повторить',
  moreStories: 'Ещё новости',
  moreFailed: 'Не удалось загрузить больше новостей.',
  empty: 'Новостей пока нет.',

  updated: 'Обновлено',
  corrected: 'Исправлено',
  noticeCorrection: 'Исправление',
  noticeClarification: 'Уточнение',
  noticeUpdate: 'Обновление',
  noticeEditorsNote: 'Примечание редакции',
  noticeAge: 'Этой статье {age} или больше',

  sponsored: 'Партнёрский материал',
  labelOpinion: 'Мнение',
  labelAnalysis: 'Анализ',
  labelBreaking: 'Срочно',
  labelPaid: 'Реклама',
  mediaVideo: 'Видео',
  mediaAudio: 'Аудио',
  mediaGallery: 'Фотогалерея',
  mediaPhoto: '{count} фото',
  mediaPhotos: '{count} фото',
  mediaSpoken: '{kind}, {detail}',
  relatedStories: 'По теме',

  byline: 'Текст: {names}',
  additionalReporting: 'Дополнительные материалы: {names}',
  contents: 'Содержание',
  jumpTo: 'Перейти к разделу',

  share: 'Поделиться',
  copyLink: 'Копировать ссылку',
  linkCopied: 'Ссылка скопирована',
  liveNow: 'Онлайн',
  liveEnded: 'Завершено',
  livePinned: 'Закреплено',
  liveKeyEvent: 'Ключевое событие',
  liveKeyEvents: 'Ключевые события',
  liveOlderPosts: 'Более ранние записи',
  liveNewerPosts: 'Более новые записи',
  liveNewUpdate: '{count} новое обновление',
  liveNewUpdates: 'Новых обновлений: {count}',
  listNewStory: 'Новых материалов: {count}',
  listNewStories: 'Новых материалов: {count}',
  liveCopyLink: 'Копировать ссылку на эту запись',
  shareEmail: 'E-mail',
  shareByEmail: 'Поделиться по e-mail',
  shareOn: 'Поделиться в {network}',

  readingTime: 'Время чтения: {min}',

  embedContent: 'Контент {provider}',
  embedShares: 'При загрузке ваши данные передаются {provider}.',
  embedPrivacy: 'Политика конфиденциальности {provider}',
  embedLoad: 'Загрузить',
  embedAlways: 'Всегда загружать контент {provider}',
  embedSkip: 'Пропустить контент {provider}',
  embedView: 'Смотреть на {provider}',
  galleryPrevious: 'Предыдущее изображение',
  galleryNext: 'Следующее изображение',
  galleryPosition: '{index} из {total}',
} satisfies Translation;
