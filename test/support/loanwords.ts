/**
 * Built-in strings a language writes as English does, because the word is its own: German and Dutch
 * newsrooms mark a live page "Live" (Spiegel, NOS). Every other string must differ from English.
 */
// "{kind}, {detail}": the pause before a video's length, the comma these languages share with English.
const comma = 'mediaSpoken';

export const loanwords: Record<string, string[]> = {
  de: ['liveNow', 'mediaVideo', 'mediaAudio', 'creditVideo', 'creditAudio', comma],
  nl: ['liveNow', 'mediaVideo', 'mediaAudio', 'labelBreaking', 'creditVideo', 'creditAudio', comma],
  // "Video", "Audio", "Opinion", "12 photos": the same words in these languages (and the media
  // credits, "Video:", "Audio:").
  es: ['mediaAudio', 'creditAudio', comma],
  fr: ['labelOpinion', 'mediaAudio', 'mediaPhoto', 'mediaPhotos', comma],
  id: ['mediaVideo', 'mediaAudio', 'creditVideo', 'creditAudio', comma],
  // Italian "Opinione" holds the English word whole.
  it: ['mediaVideo', 'mediaAudio', 'labelOpinion', 'creditVideo', 'creditAudio', comma],
  sw: ['mediaVideo', 'creditVideo', comma],
  tr: ['mediaVideo', 'creditVideo', comma],
  he: [comma],
  hi: [comma],
  ko: [comma],
  pt: [comma],
  ru: [comma],
  uk: [comma],
};
