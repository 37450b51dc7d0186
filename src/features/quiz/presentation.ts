import type { Input, Question } from '../../domain/question';
import { questionSeed, shuffle } from '../../scoring/random';

/**
 * The order in which options and items are shown for one question in one attempt: a pure
 * function of the attempt seed, so a reload (or a test) shows the same order.
 */
export function optionOrder(question: Question, attemptSeed: number): string[] {
  const seed = questionSeed(attemptSeed, question.id);
  switch (question.kind) {
    case 'single-choice':
    case 'multiple-choice':
      return shuffle(
        question.options.map((o) => o.id),
        seed,
      );
    case 'categorize':
      return shuffle(
        question.items.map((i) => i.id),
        seed,
      );
    case 'order': {
      const ids = question.items.map((i) => i.id);
      const mixed = shuffle(ids, seed);
      // A starting order that is already right would give the answer away: rotate it.
      return mixed.every((id, i) => id === ids[i]) && ids.length > 1
        ? [...mixed.slice(1), ...mixed.slice(0, 1)]
        : mixed;
    }
    case 'tag-sentences':
      // Sentences stay in article order: their position is part of their meaning.
      return question.candidates;
    case 'short-answer':
      return [];
  }
}

/** The starting value of an answer widget. */
export function emptyInput(question: Question, order: string[]): Input {
  switch (question.kind) {
    case 'single-choice':
      return { kind: 'single-choice', choice: null };
    case 'multiple-choice':
      return { kind: 'multiple-choice', choices: [] };
    case 'tag-sentences':
      return { kind: 'tag-sentences', sentences: [] };
    case 'categorize':
      return { kind: 'categorize', labels: {} };
    case 'order':
      return { kind: 'order', order };
    case 'short-answer':
      return { kind: 'short-answer', text: '', ticked: [] };
  }
}
