import type { Translation } from './en.js';

/**
 * Ukrainian: labels that need no case ending on the name that follows them.
 * @internal
 */
export default {
  photo: 'Фото:',
  enlarge: 'Збільшити зображення',
  close: 'Закрити',

  partner: 'Партнер',
  sponsoredBy: 'За підтримки',
  paidBy: 'Рекламодавець',
  about: 'Про цей матеріал',

  loading: 'Завантаження новин…',
  loadFailed: 'Не вдалося завантажити новини.',
  retry: 'Спробувати ще раз',
  empty: 'Новин поки немає.',

  updated: 'Оновлено',

  sponsored: 'Партнерський матеріал',

  byline: 'Текст: {names}',
  additionalReporting: 'Додаткові матеріали: {names}',
} satisfies Translation;
