import type { Input, Question, Stance } from '../domain/question';
import type { Judgement, Scored } from './result';
import { statusFor } from './result';
import { scoreSelection, validateSelection } from './selection';

/**
 * Scores one answer. Pure: no React, no store. Each kind validates its input first, then
 * scores; partial-credit rules are documented beside each kind.
 */
export function scoreAnswer(question: Question, input: Input): Scored {
  if (question.kind !== input.kind) return { valid: false, code: 'wrong-kind' };
  switch (question.kind) {
    case 'single-choice': {
      if (input.kind !== 'single-choice') break;
      // One right option: all or nothing.
      if (input.choice === null) return { valid: false, code: 'empty' };
      if (!question.options.some((o) => o.id === input.choice)) {
        return { valid: false, code: 'unknown-choice' };
      }
      const items = question.options.map((o) => ({
        id: o.id,
        chosen: o.id === input.choice,
        expected: o.id === question.rubric.answer,
        ok: (o.id === input.choice) === (o.id === question.rubric.answer),
      }));
      const points = input.choice === question.rubric.answer ? 1 : 0;
      return { valid: true, status: statusFor(points), points, items };
    }
    case 'multiple-choice': {
      if (input.kind !== 'multiple-choice') break;
      const offered = question.options.map((o) => o.id);
      if (input.choices.length === 0) return { valid: false, code: 'empty' };
      const invalid = validateSelection(input.choices, offered);
      if (invalid) return { valid: false, code: invalid };
      return scoreSelection(input.choices, offered, question.rubric.answer);
    }
    case 'tag-sentences': {
      if (input.kind !== 'tag-sentences') break;
      // Tagging nothing is a real answer here ("none of these fit").
      const invalid = validateSelection(input.sentences, question.candidates);
      if (invalid) return { valid: false, code: invalid };
      return scoreSelection(input.sentences, question.candidates, question.rubric.answer);
    }
    case 'categorize': {
      if (input.kind !== 'categorize') break;
      // Each item is worth the same: points = items labelled right / items.
      const labels = new Set(question.labels.map((l) => l.id));
      const itemIds = new Set(question.items.map((i) => i.id));
      const given = Object.entries(input.labels);
      if (given.length === 0) return { valid: false, code: 'empty' };
      if (given.some(([item, label]) => !itemIds.has(item) || !labels.has(label))) {
        return { valid: false, code: 'unknown-choice' };
      }
      if (question.items.some((i) => !Object.hasOwn(input.labels, i.id))) {
        return { valid: false, code: 'incomplete' };
      }
      const items = question.items.map((i) => {
        const chosen = input.labels[i.id] ?? null;
        const expected = question.rubric.answer[i.id] ?? '';
        return { id: i.id, chosen, expected, ok: chosen === expected };
      });
      const points = items.filter((i) => i.ok).length / items.length;
      return { valid: true, status: statusFor(points), points, items };
    }
    case 'order': {
      if (input.kind !== 'order') break;
      // Points = pairs of items in the right relative order / all pairs (Kendall's tau,
      // rescaled to 0..1): one item out of place costs little, a reversed list scores 0.
      const key = question.rubric.answer;
      const sameItems =
        input.order.length === key.length &&
        new Set(input.order).size === key.length &&
        key.every((id) => input.order.includes(id));
      if (!sameItems) return { valid: false, code: 'not-a-permutation' };
      const rank = new Map(key.map((id, i) => [id, i]));
      let pairs = 0;
      let agree = 0;
      for (let i = 0; i < input.order.length; i++) {
        for (let j = i + 1; j < input.order.length; j++) {
          pairs += 1;
          if ((rank.get(input.order[i] ?? '') ?? 0) < (rank.get(input.order[j] ?? '') ?? 0)) {
            agree += 1;
          }
        }
      }
      const points = pairs === 0 ? 1 : agree / pairs;
      const items = input.order.map((id, position) => ({
        id,
        chosen: position,
        expected: rank.get(id) ?? -1,
        ok: rank.get(id) === position,
      }));
      return { valid: true, status: statusFor(points), points, items };
    }
    case 'short-answer': {
      if (input.kind !== 'short-answer') break;
      // Self-assessed: the learner compares with the model answer and ticks the checklist
      // points their answer covers. Points = ticked / points on the checklist.
      if (input.text.trim().length === 0) return { valid: false, code: 'empty' };
      if (input.text.trim().length < question.minLength) return { valid: false, code: 'too-short' };
      const n = question.checklist.length;
      if (input.ticked.some((t) => !Number.isInteger(t) || t < 0 || t >= n)) {
        return { valid: false, code: 'unknown-choice' };
      }
      if (new Set(input.ticked).size !== input.ticked.length) {
        return { valid: false, code: 'duplicate' };
      }
      const items = question.checklist.map((_, i) => ({
        id: String(i),
        chosen: input.ticked.includes(i),
        expected: true,
        ok: input.ticked.includes(i),
      }));
      const points = n === 0 ? 1 : input.ticked.length / n;
      return { valid: true, status: statusFor(points), points, items };
    }
  }
  return { valid: false, code: 'wrong-kind' };
}

/**
 * The judgements in one answer, for the discernment line. Only items the content marks with
 * a stance count: single-choice options and categorize labels with a `stance`, and the
 * options or sentences with a stance in a multiple-choice or tag-sentences question that says
 * what ticking means (`selecting`).
 */
export function judgements(question: Question, input: Input | null): Judgement[] {
  const opposite = (s: Stance): Stance => (s === 'flag' ? 'trust' : 'flag');
  switch (question.kind) {
    case 'single-choice': {
      const right = question.options.find((o) => o.id === question.rubric.answer);
      if (!right?.stance) return [];
      const chosen =
        input?.kind === 'single-choice'
          ? question.options.find((o) => o.id === input.choice)
          : undefined;
      return [{ id: question.id, truth: right.stance, response: chosen?.stance ?? null }];
    }
    case 'multiple-choice':
    case 'tag-sentences': {
      // Only items the content marks with a stance are judgements: an item that simply does
      // not fit the category is not thereby "supported".
      const selecting = question.selecting;
      if (!selecting) return [];
      const truths: [string, Stance][] =
        question.kind === 'multiple-choice'
          ? question.options.flatMap((o): [string, Stance][] =>
              o.stance ? [[o.id, o.stance]] : [],
            )
          : Object.entries(question.stances);
      const picked = new Set(
        input?.kind === 'multiple-choice'
          ? input.choices
          : input?.kind === 'tag-sentences'
            ? input.sentences
            : [],
      );
      return truths.map(([id, truth]) => ({
        id: `${question.id}/${id}`,
        truth,
        response: input ? (picked.has(id) ? selecting : opposite(selecting)) : null,
      }));
    }
    case 'categorize': {
      const stanceOf = new Map(question.labels.map((l) => [l.id, l.stance]));
      return question.items.flatMap((item) => {
        const truth = stanceOf.get(question.rubric.answer[item.id] ?? '');
        if (!truth) return [];
        const chosen = input?.kind === 'categorize' ? input.labels[item.id] : undefined;
        return [
          { id: `${question.id}/${item.id}`, truth, response: stanceOf.get(chosen ?? '') ?? null },
        ];
      });
    }
    case 'order':
    case 'short-answer':
      return [];
  }
}
