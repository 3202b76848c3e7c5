/**
 * Built-in strings a language writes as English does, because the word is its own: German and Dutch
 * newsrooms mark a live page "Live" (Spiegel, NOS). Every other string must differ from English.
 */
export const loanwords: Record<string, string[]> = {
  de: ['liveNow', 'mediaVideo', 'mediaAudio', 'creditVideo', 'creditAudio'],
  nl: ['liveNow', 'mediaVideo', 'mediaAudio', 'labelBreaking', 'creditVideo', 'creditAudio'],
  // "Video", "Audio", "Opinion", "12 photos": the same words in these languages (and the media
  // credits, "Video:", "Audio:").
  es: ['mediaAudio', 'creditAudio'],
  fr: ['labelOpinion', 'mediaAudio', 'mediaPhoto', 'mediaPhotos'],
  id: ['mediaVideo', 'mediaAudio', 'creditVideo', 'creditAudio'],
  // Italian "Opinione" holds the English word whole.
  it: ['mediaVideo', 'mediaAudio', 'labelOpinion', 'creditVideo', 'creditAudio'],
  sw: ['mediaVideo', 'creditVideo'],
  tr: ['mediaVideo', 'creditVideo'],
};
