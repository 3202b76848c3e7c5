/**
 * Built-in strings a language writes as English does, because the word is its own: German and Dutch
 * newsrooms mark a live page "Live" (Spiegel, NOS). Every other string must differ from English.
 */
export const loanwords: Record<string, string[]> = {
  de: ['liveNow', 'mediaVideo', 'mediaAudio'],
  nl: ['liveNow', 'mediaVideo', 'mediaAudio', 'labelBreaking'],
  // "Video", "Audio", "Opinion", "12 photos": the same words in these languages.
  es: ['mediaAudio'],
  fr: ['labelOpinion', 'mediaAudio', 'mediaPhoto', 'mediaPhotos'],
  id: ['mediaVideo', 'mediaAudio'],
  // Italian "Opinione" holds the English word whole.
  it: ['mediaVideo', 'mediaAudio', 'labelOpinion'],
  sw: ['mediaVideo'],
  tr: ['mediaVideo'],
};
