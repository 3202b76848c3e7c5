import type { Translation } from './en.js';

/**
 * Russian: labels that need no case ending on the name that follows them.
 * @internal
 */
export default {
  photo: 'Фото:',
  enlarge: 'Увеличить изображение',
  close: 'Закрыть',

  partner: 'Партнёр',
  sponsoredBy: 'При поддержке',
  paidBy: 'Рекламодатель',
  about: 'Об этом материале',

  loading: 'Загрузка новостей…',
  loadFailed: 'Не удалось загрузить новости.',
  retry: 'Повторить',
  empty: 'Новостей пока нет.',

  updated: 'Обновлено',

  sponsored: 'Партнёрский материал',

  byline: 'Текст: {names}',
  additionalReporting: 'Дополнительные материалы: {names}',
} satisfies Translation;
