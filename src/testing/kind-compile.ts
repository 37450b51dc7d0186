import type { FieldPath, KindCompileContext } from '../kinds/types';

/**
 * A stand-in for the content compiler around a kind's compile step: Markdown comes back as
 * "field: source text" (so a test sees which field it was read from), and problems and
 * sentence references are collected as "field: message".
 */
export function fakeCompileContext(bodySentenceIds = ['s1', 's2', 's3', 's4']) {
  const errors: string[] = [];
  const sentences: string[] = [];
  const at = (path: FieldPath) => path.join('.');
  const ctx: KindCompileContext = {
    error: (path, message) => void errors.push(`${at(path)}: ${message}`),
    md: (path, source) => [{ t: 'p', c: [`${at(path)}: ${source}`] }],
    inline: (path, source) => [`${at(path)}: ${source}`],
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
