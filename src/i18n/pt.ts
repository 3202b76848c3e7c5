import type { Translation } from './en.js';

/**
 * Portuguese, as Brazilian newsrooms write it (a `pt-PT` table may hold what Portugal writes differently).
 * @internal
 */
export default {
  photo: 'Foto:',
  creditVideo: 'Vídeo:',
  creditAudio: 'Áudio:',
  enlarge: 'Ampliar imagem',
  close: 'Fechar',

  partner: 'Em parceria com',
  sponsoredBy: 'Patrocinado por',
  paidBy: 'Conteúdo pago por',
  about: 'Sobre este conteúdo',

  loading: 'Carregando notícias…',
  loadFailed: 'Não foi possível carregar as notícias.',
  retry: 'Tentar novamente',
  moreStories: 'Mais notícias',
  moreFailed: 'Não foi possível carregar mais notícias.',
  empty: 'Nenhuma notícia para exibir.',

  updated: 'Atualizado',
  corrected: 'Corrigido',
  noticeCorrection: 'Correção',
  noticeClarification: 'Esclarecimento',
  noticeUpdate: 'Atualização',
  noticeEditorsNote: 'Nota do editor',
  noticeAge: 'Este artigo tem mais de {age}',

  sponsored: 'Patrocinado',
  labelOpinion: 'Opinião',
  labelAnalysis: 'Análise',
  labelBreaking: 'Urgente',
  labelPaid: 'Conteúdo pago',
  mediaVideo: 'Vídeo',
  mediaAudio: 'Áudio',
  mediaGallery: 'Galeria',
  mediaPhoto: '{count} foto',
  mediaPhotos: '{count} fotos',
  mediaSpoken: '{kind}, {detail}',
  relatedStories: 'Notícias relacionadas',

  byline: 'Por {names}',
  additionalReporting: 'Com colaboração de {names}',
  contents: 'Índice',
  jumpTo: 'Ir para',

  share: 'Compartilhar',
  copyLink: 'Copiar link',
  linkCopied: 'Link copiado',
  liveNow: 'Ao vivo',
  liveEnded: 'Encerrado',
  livePinned: 'Fixado',
  liveKeyEvent: 'Momento-chave',
  liveKeyEvents: 'Momentos-chave',
  liveOlderPosts: 'Publicações anteriores',
  liveNewerPosts: 'Publicações mais recentes',
  liveNewUpdate: '{count} nova atualização',
  liveNewUpdates: '{count} novas atualizações',
  listNewStory: '{count} nova notícia',
  listNewStories: '{count} novas notícias',
  liveCopyLink: 'Copiar link desta publicação',
  shareEmail: 'E-mail',
  shareByEmail: 'Compartilhar por e-mail',
  shareOn: 'Compartilhar no {network}',

  readingTime: '{min} de leitura',

  embedContent: 'Conteúdo de {provider}',
  embedShares: 'Ao carregá-lo, seus dados são compartilhados com {provider}.',
  embedPrivacy: 'Política de privacidade de {provider}',
  embedLoad: 'Carregar',
  embedAlways: 'Sempre carregar conteúdo de {provider}',
  embedSkip: 'Pular conteúdo de {provider}',
  embedView: 'Ver no {provider}',
  galleryPrevious: 'Imagem anterior',
  galleryNext: 'Próxima imagem',
  galleryPosition: '{index} de {total}',
} satisfies Translation;
