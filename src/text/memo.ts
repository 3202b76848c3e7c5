/**
 * `compute()` remembered in `answers` under `key`: Intl's answers (about a tag, a date setting)
 * cost microseconds each, and a page of a thousand teasers asks the same few questions on every
 * update. A map starts over once it holds `max` answers, since a server meets any number of tags,
 * dates and settings and must not grow forever.
 */
export function remember<T>(answers: Map<string, T>, key: string, compute: () => T, max = 200): T {
  if (!answers.has(key)) {
    if (answers.size >= max) answers.clear();
    answers.set(key, compute());
  }
  return answers.get(key)!;
}
