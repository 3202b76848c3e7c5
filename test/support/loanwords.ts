/**
 * Built-in strings a language writes as English does, because the word is its own: German and Dutch
 * newsrooms mark a live page "Live" (Spiegel, NOS). Every other string must differ from English.
 */
export const loanwords: Record<string, string[]> = {
  de: ['liveNow'],
  nl: ['liveNow'],
};
