import type { Translation } from './en.js';

/**
 * Ukrainian: labels that need no case ending on the name that follows them.
 * @internal
 */
export default {
  photo: 'Фото:',
  creditVideo: 'Відео:',
  creditAudio: 'Аудіо:',
  enlarge: 'Збільшити зображення',
  close: 'Закрити',

  partner: 'Партнер',
  sponsoredBy: 'За підтримки',
  paidBy: 'Рекламодавець',
  about: 'Про цей матеріал',

  loading: 'Завантаження новин…',
  loadFailed: 'Не вдалося завантажити новини.',
  retry: 'Спробувати ще раз',
  moreStories: 'Більше новин',
  moreFailed: 'Не вдалося завантажити більше новин.',
  empty: 'Новин поки немає.',

  updated: 'Оновлено',
  corrected: 'Виправлено',
  noticeCorrection: 'Виправлення',
  noticeClarification: 'Уточнення',
  noticeUpdate: 'Оновлення',
  noticeEditorsNote: 'Примітка редакції',
  noticeAge: 'Цій статті {age} або більше',

  sponsored: 'Партнерський матеріал',
  labelOpinion: 'Думка',
  labelAnalysis: 'Аналітика',
  labelBreaking: 'Терміново',
  labelPaid: 'Реклама',
  mediaVideo: 'Відео',
  mediaAudio: 'Аудіо',
  mediaGallery: 'Фотогалерея',
  mediaPhoto: '{count} фото',
  mediaPhotos: '{count} фото',
  mediaSpoken: '{kind}, {detail}',
  relatedStories: 'За темою',

  byline: 'Текст: {names}',
  additionalReporting: 'Додаткові матеріали: {names}',
  contents: 'Зміст',
  jumpTo: 'Перейти до розділу',

  share: 'Поділитися',
  copyLink: 'Копіювати посилання',
  linkCopied: 'Посилання скопійовано',
  liveNow: 'Наживо',
  liveEnded: 'Завершено',
  livePinned: 'Закріплено',
  liveKeyEvent: 'Ключова подія',
  liveKeyEvents: 'Ключові події',
  liveOlderPosts: 'Давніші дописи',
  liveNewerPosts: 'Новіші дописи',
  liveNewUpdate: '{count} нове оновлення',
  liveNewUpdates: 'Нових оновлень: {count}',
  listNewStory: 'Нових матеріалів: {count}',
  listNewStories: 'Нових матеріалів: {count}',
  liveCopyLink: 'Копіювати посилання на цей допис',
  shareEmail: 'E-mail',
  shareByEmail: 'Поділитися через e-mail',
  shareOn: 'Поділитися в {network}',

  readingTime: 'Час читання: {min}',

  embedContent: 'Вміст {provider}',
  embedShares: 'Під час завантаження ваші дані передаються {provider}.',
  embedPrivacy: 'Політика конфіденційності {provider}',
  embedLoad: 'Завантажити',
  embedAlways: 'Завжди завантажувати вміст {provider}',
  embedSkip: 'Пропустити вміст {provider}',
  embedView: 'Переглянути на {provider}',
  galleryPrevious: 'Попереднє зображення',
  galleryNext: 'Наступне зображення',
  galleryPosition: '{index} з {total}',
} satisfies Translation;
