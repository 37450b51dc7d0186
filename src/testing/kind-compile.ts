import type { FieldPath, KindCompileContext } from '../kinds/types';

/**
 * A stand-in for the content compiler around a kind's compile step: Markdown comes back as
 * its source text, and problems and sentence references are collected as "path: message".
 */
export function fakeCompileContext(bodySentenceIds = ['s1', 's2', 's3', 's4']) {
  const errors: string[] = [];
  const sentences: string[] = [];
  const at = (path: FieldPath) => path.join('.');
  const ctx: KindCompileContext = {
    error: (path, message) => void errors.push(`${at(path)}: ${message}`),
    md: (_path, source) => [{ t: 'p', c: [source] }],
    inline: (_path, source) => [source],
    sentence: (id, path) => void sentences.push(`${at(path)}: ${id}`),
    isArticleUnit: (id) => bodySentenceIds.includes(id) || id === 'title',
    bodySentenceIds,
  };
  return { ctx, errors, sentences };
}

/** The fields every authored question has, for compile-step tests. */
export const authoredBase = {
  id: 'q',
  prompt: '?',
  explanation: 'Because.',
  evidence: { sentences: ['s1'] },
};
