import type { Question, QuestionOf } from '../domain/question';

const base = {
  skill: 'unsupported-claims' as const,
  prompt: ['?'],
  context: [],
  explanation: ['Because.'],
  evidence: { sentences: ['s1'], sources: [] },
};

/** Small questions of every kind, for scoring and component tests. */
export const q = {
  single: (extra: Partial<QuestionOf<'single-choice'>> = {}): QuestionOf<'single-choice'> => ({
    ...base,
    id: 'single',
    kind: 'single-choice',
    options: [
      { id: 'a', text: ['Not named'], stance: 'flag' },
      { id: 'b', text: ['Named'], stance: 'trust' },
      { id: 'c', text: ['Cannot tell'] },
    ],
    rubric: { answer: 'a' },
    ...extra,
  }),
  multiple: (
    extra: Partial<QuestionOf<'multiple-choice'>> = {},
  ): QuestionOf<'multiple-choice'> => ({
    ...base,
    id: 'multiple',
    kind: 'multiple-choice',
    options: [
      { id: 'a', text: ['A'], stance: 'trust' },
      { id: 'b', text: ['B'], stance: 'trust' },
      { id: 'c', text: ['C'], stance: 'flag' },
      { id: 'd', text: ['D'] },
    ],
    selecting: 'trust',
    rubric: { answer: ['a', 'b'] },
    ...extra,
  }),
  tags: (extra: Partial<QuestionOf<'tag-sentences'>> = {}): QuestionOf<'tag-sentences'> => ({
    ...base,
    id: 'tags',
    kind: 'tag-sentences',
    category: 'vague attribution',
    candidates: ['s1', 's2', 's3', 's4'],
    feedback: { s2: ['Named source.'] },
    selecting: 'flag',
    stances: { s1: 'flag', s2: 'trust', s3: 'flag' },
    rubric: { answer: ['s1', 's3'] },
    ...extra,
  }),
  categorize: (extra: Partial<QuestionOf<'categorize'>> = {}): QuestionOf<'categorize'> => ({
    ...base,
    id: 'categorize',
    kind: 'categorize',
    labels: [
      { id: 'supported', text: 'Supported', stance: 'trust' },
      { id: 'unsupported', text: 'Unsupported', stance: 'flag' },
      { id: 'other', text: 'Neither' },
    ],
    items: [
      { id: 'i1', text: ['One'] },
      { id: 'i2', text: ['Two'] },
      { id: 'i3', text: ['Three'] },
      { id: 'i4', text: ['Four'] },
    ],
    rubric: { answer: { i1: 'supported', i2: 'unsupported', i3: 'unsupported', i4: 'other' } },
    ...extra,
  }),
  order: (extra: Partial<QuestionOf<'order'>> = {}): QuestionOf<'order'> => ({
    ...base,
    id: 'order',
    kind: 'order',
    items: [
      { id: 'w', text: ['First'] },
      { id: 'x', text: ['Second'] },
      { id: 'y', text: ['Third'] },
      { id: 'z', text: ['Fourth'] },
    ],
    rubric: { answer: ['w', 'x', 'y', 'z'] },
    ...extra,
  }),
  short: (extra: Partial<QuestionOf<'short-answer'>> = {}): QuestionOf<'short-answer'> => ({
    ...base,
    id: 'short',
    kind: 'short-answer',
    modelAnswer: ['A model.'],
    levels: [
      { id: 'beginning', description: ['Says it is false.'], exemplar: ['It is false.'] },
      { id: 'developing', description: ['Asks for sources.'], exemplar: ['Give sources.'] },
      { id: 'secure', description: ['Names what is needed.'], exemplar: ['Name the video.'] },
    ],
    minLength: 10,
    rubric: {},
    ...extra,
  }),
} satisfies Record<string, () => Question>;
