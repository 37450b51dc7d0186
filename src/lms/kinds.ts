/**
 * Any question as the LMS adapter needs it, through its kind's `lms` part (KindLms in
 * src/kinds/types.ts, written in each src/kinds/<kind>/logic.ts): how an answer is packed into
 * suspend_data, and how it is reported as a SCORM interaction.
 */
import type { Input, Question } from '../domain/question';
import { kindOf } from '../kinds/registry';
import type { ScormVersion } from '../kinds/shared/lms';

export type { ScormVersion };

/** What a question's packed answers refer to: a change in it changes their meaning. */
export function questionShape(q: Question): (string | number)[] {
  return [q.id, q.kind, ...kindOf(q.kind).lms.shape(q)];
}

/** A learner's answer in a few characters; undefined if it names something not in `q`. */
export function packInput(q: Question, input: Input): unknown {
  return q.kind === input.kind ? kindOf(q.kind).lms.pack(q, input) : undefined;
}

export function unpackInput(q: Question, packed: unknown): Input | undefined {
  return kindOf(q.kind).lms.unpack(q, packed);
}

/** A smaller copy of a finished answer, for suspend_data short of room (or the answer). */
export function shortenInput(q: Question, input: Input): Input {
  const { shorten } = kindOf(q.kind).lms;
  return shorten && q.kind === input.kind ? shorten(q, input) : input;
}

export function interactionType(q: Question, v: ScormVersion): string {
  return kindOf(q.kind).lms.interaction[v];
}

/** The learner's response in the version's format. */
export function learnerResponse(q: Question, input: Input, v: ScormVersion): string | undefined {
  return q.kind === input.kind ? kindOf(q.kind).lms.response(q, input, v) : undefined;
}

/** The key in the version's format; undefined when there is none (a written answer). */
export function correctResponse(q: Question, v: ScormVersion): string | undefined {
  return kindOf(q.kind).lms.correct(q, q.rubric, v);
}
