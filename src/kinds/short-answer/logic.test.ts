// @vitest-environment node
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { shortAnswerLogic as logic } from './logic';
import { q } from '../../testing/questions';
import { scoreTable } from '../../testing/scoring';
import { lmsCase } from '../../testing/lms';
import type { RubricLevelId } from '../../domain/question';

const answer = (text: string, level: RubricLevelId | null) => ({
  kind: 'short-answer' as const,
  text,
  level,
});

describe('short-answer: self-placed on a rubric; the level is the score', () => {
  const text = 'A long enough answer.';
  scoreTable(q.short(), [
    ['secure', answer(text, 'secure'), { points: 1, status: 'correct' }],
    ['developing', answer(text, 'developing'), { points: 0.5, status: 'partial' }],
    ['beginning', answer(text, 'beginning'), { points: 0, status: 'incorrect' }],
    [
      'exactly as long as asked',
      answer(' 0123456789 ', 'secure'),
      { points: 1, status: 'correct' },
    ],
    ['empty', answer('   ', 'secure'), { code: 'empty' }],
    ['too short', answer(' 012345678 ', 'secure'), { code: 'too-short' }],
    ['written but not placed', answer(text, null), { code: 'unplaced' }],
  ]);

  it('marks the level chosen against the top of the rubric', () => {
    const question = q.short();
    const marks = (level: RubricLevelId) =>
      logic.score(question, question.rubric, answer('Long enough.', level)).items;
    expect(marks('developing')).toEqual([
      { id: 'level', chosen: 'developing', expected: 'secure', ok: false },
    ]);
    expect(marks('secure')).toEqual([
      { id: 'level', chosen: 'secure', expected: 'secure', ok: true },
    ]);
  });

  it('lists the rich text of its model answer, self-check and every level', () => {
    expect(logic.richText(q.short())).toEqual([
      ['A model.'],
      [],
      ['Says it is false.'],
      ['It is false.'],
      ['Asks for sources.'],
      ['Give sources.'],
      ['Names what is needed.'],
      ['Name the video.'],
    ]);
    expect(logic.richText(q.short({ selfCheck: ['Which words?'] }))[1]).toEqual(['Which words?']);
  });

  it('is self-assessed, makes no judgements, and starts empty and unplaced', () => {
    const question = q.short();
    expect(logic.selfAssessed).toBe(true);
    expect(logic.judgements(question, question.rubric, answer('x', 'beginning'))).toEqual([]);
    expect(logic.presentationOrder(question, (ids) => [...ids])).toEqual([]);
    expect(logic.emptyInput(question, [])).toEqual(answer('', null));
  });

  it('accepts a saved text of up to 5000 characters with one of the three levels or none', () => {
    expect(v.is(logic.inputSchema, answer('x'.repeat(5000), 'secure'))).toBe(true);
    expect(v.is(logic.inputSchema, answer('x', null))).toBe(true);
    expect(v.is(logic.inputSchema, answer('x'.repeat(5001), 'secure'))).toBe(false);
    for (const bad of [
      { kind: 'short-answer', text: 'x', level: 'mastery' },
      { kind: 'short-answer', text: 'x' },
      // The checklist ticks of version 2 are migrated (src/model/legacy.ts), not accepted.
      { kind: 'short-answer', text: 'x', ticked: [0] },
      { kind: 'short-answer', text: 'x', level: 'secure', ticked: [0] },
    ]) {
      expect(v.is(logic.inputSchema, bad)).toBe(false);
    }
  });
});

describe('short-answer: for an LMS', () => {
  lmsCase(
    'a written answer',
    q.short(),
    answer('  I would look\nfor the   original. ', 'developing'),
    {
      type: { '1.2': 'fill-in', '2004': 'long-fill-in' },
      response: {
        '1.2': 'I would look for the original.',
        '2004': 'I would look for the original.',
      },
      correct: { '1.2': undefined, '2004': undefined },
    },
  );

  it('packs the text with the level’s position, -1 before placing; the levels are its shape', () => {
    const question = q.short();
    expect(logic.lms.shape(question)).toEqual(['beginning', 'developing', 'secure']);
    expect(logic.lms.pack(question, answer('Hi.', 'beginning'))).toEqual(['Hi.', 0]);
    expect(logic.lms.pack(question, answer('Hi.', 'secure'))).toEqual(['Hi.', 2]);
    expect(logic.lms.pack(question, answer('Hi.', null))).toEqual(['Hi.', -1]);
    expect(logic.lms.unpack(question, ['Hi.', -1])).toEqual(answer('Hi.', null));
  });

  it('unpacks nothing that is not a text with a level position', () => {
    const question = q.short();
    for (const packed of [['Hi.', 3], ['Hi.', -2], ['Hi.', '2'], ['Hi.'], [3, 1], 'Hi.', null]) {
      expect(logic.lms.unpack(question, packed)).toBeUndefined();
    }
  });

  it('cuts a written answer to 255 characters for SCORM 1.2 and 4,000 for 2004', () => {
    const long = answer('word '.repeat(1000), null);
    expect(logic.lms.response(q.short(), long, '1.2')).toHaveLength(255);
    expect(logic.lms.response(q.short(), long, '2004')).toHaveLength(4000);
  });

  it('keeps a 2004 written answer that starts with "{" from reading as a language tag', () => {
    const input = answer('{lang=xx} is not my language', null);
    expect(logic.lms.response(q.short(), input, '2004')).toBe(' {lang=xx} is not my language');
    expect(logic.lms.response(q.short(), input, '1.2')).toBe('{lang=xx} is not my language');
  });

  it('shortens a long answer to 60 characters (or the minimum asked) when room runs out', () => {
    const { shorten } = logic.lms;
    if (!shorten) throw new Error('short answers can be shortened');
    const text = 'a'.repeat(100);
    expect(shorten(q.short(), answer(text, 'secure'))).toEqual(
      answer(`${'a'.repeat(60)}…`, 'secure'),
    );
    expect(shorten(q.short({ minLength: 80 }), answer(text, null)).text).toBe(`${'a'.repeat(80)}…`);
    // One character more than is kept is not worth an ellipsis.
    expect(shorten(q.short(), answer(` ${'a'.repeat(61)} `, null)).text).toBe(
      ` ${'a'.repeat(61)} `,
    );
    expect(shorten(q.short(), answer('a'.repeat(62), null)).text).toBe(`${'a'.repeat(60)}…`);
  });
});

describe('short-answer: printed key', () => {
  it('points to the model answer, written out below the key', () => {
    const question = q.short();
    expect(logic.keyEntry(question, question.rubric, [])).toBe('model answer and rubric below');
  });
});
