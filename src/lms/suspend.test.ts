import { content } from '../content';
import { busyLearner } from '../testing/learners';
import { generator } from '../scoring/random';
import { fakeContent } from '../testing/content';
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import { newLearner, type Learner } from '../model/learner';
import { contentFingerprint, decodeLearner, encodeLearner, SUSPEND_LIMITS } from './suspend';

const identity = { id: 'l-busy1234', name: 'Busy Learner' };

/** What a round trip may change: times to the second, and the attempts' content hash. */
function toSeconds(l: Learner): Learner {
  const s = (ms: number) => Math.floor(ms / 1000) * 1000;
  return {
    ...l,
    createdAt: s(l.createdAt),
    lessons: Object.fromEntries(
      Object.entries(l.lessons).map(([id, p]) => [id, { ...p, startedAt: s(p.startedAt) }]),
    ),
    activities: Object.fromEntries(
      Object.entries(l.activities).map(([id, a]) => [
        id,
        {
          ...a,
          answers: Object.fromEntries(
            Object.entries(a.answers).map(([q, ans]) => [
              q,
              { ...ans, tries: ans.tries.map((t) => ({ ...t, at: s(t.at) })) },
            ]),
          ),
        },
      ]),
    ),
    quizzes: Object.fromEntries(
      Object.entries(l.quizzes).map(([id, quiz]) => [
        id,
        {
          attempts: quiz.attempts.map((a) => ({
            ...a,
            startedAt: s(a.startedAt),
            finishedAt: a.finishedAt === null ? null : s(a.finishedAt),
            activeMs: s(a.activeMs),
            lastEventAt: s(a.lastEventAt),
            answers: Object.fromEntries(
              Object.entries(a.answers).map(([q, ans]) => [
                q,
                { ...ans, tries: ans.tries.map((t) => ({ ...t, at: s(t.at) })) },
              ]),
            ),
          })),
        },
      ]),
    ),
    lastVisited: l.lastVisited && { ...l.lastVisited, at: s(l.lastVisited.at) },
    checks: {
      ...l.checks,
      ...Object.fromEntries(
        (['pre', 'post'] as const).map((stage) => {
          const t = l.checks[stage];
          return [
            stage,
            t && {
              ...t,
              startedAt: s(t.startedAt),
              finishedAt: t.finishedAt === null ? null : s(t.finishedAt),
              activeMs: s(t.activeMs),
              lastEventAt: s(t.lastEventAt),
              answers: Object.fromEntries(
                Object.entries(t.answers).map(([q, a]) => [q, { ...a, at: s(a.at) }]),
              ),
            },
          ];
        }),
      ),
    },
  };
}

describe('suspend_data', () => {
  it('round-trips a learner who has done everything, to the second', () => {
    const learner = busyLearner(content);
    const encoded = encodeLearner(learner, content, SUSPEND_LIMITS['2004']);
    expect(encoded?.lean).toBe(false);
    const decoded = decodeLearner(encoded?.data ?? '', content, identity);
    expect(decoded).toEqual(toSeconds(learner));
  });

  it('keeps an attempt in progress: its question order, answers so far, drafts and place', () => {
    const learner = busyLearner(content, { attempts: 1 });
    const lesson = content.lessons[0]!;
    const finished = learner.quizzes[lesson.id]!.attempts[0]!;
    const q = lesson.quiz.questions[1]!;
    const open = {
      ...finished,
      id: 'a-open12345',
      mode: 'missed' as const,
      questionIds: [lesson.quiz.questions[3]!.id, q.id],
      carried: { [lesson.quiz.questions[0]!.id]: 1 },
      answers: {
        [q.id]: { tries: [], draft: finished.answers[q.id]!.tries[0]!.input },
      },
      current: 1,
      finishedAt: null,
    };
    learner.quizzes[lesson.id]!.attempts.push(open);
    const decoded = decodeLearner(
      encodeLearner(learner, content, SUSPEND_LIMITS['2004'])?.data ?? '',
      content,
      identity,
    );
    expect(decoded?.quizzes[lesson.id]?.attempts[1]).toEqual(
      toSeconds(learner).quizzes[lesson.id]?.attempts[1],
    );
  });

  it('fits SCORM 1.2 (4,096 characters), whole, for a learner who did every quiz twice and all practice', () => {
    const learner = busyLearner(content, { attempts: 2, textLength: 300 });
    const encoded = encodeLearner(learner, content, SUSPEND_LIMITS['1.2']);
    expect(encoded).not.toBeNull();
    expect(encoded!.data.length).toBeLessThanOrEqual(4096);
    expect(encoded!.lean).toBe(false);
    // For the README: how long written answers can be before the lean form is needed.
    let longest = 0;
    for (let n = 100; n <= 3000; n += 50) {
      const e = encodeLearner(busyLearner(content, { textLength: n }), content, 4096);
      if (e?.lean === false) longest = n;
    }
    console.info(
      `suspend_data, everything done twice, 300-character written answers: ${encoded!.data.length} characters; ` +
        `whole up to written answers of ${longest} characters`,
    );
  });

  it('leaves out practice answers and shortens finished written answers when that is what fits', () => {
    const learner = busyLearner(content, { attempts: 3, text: (seed) => noise(600, seed) });
    const full = encodeLearner(learner, content, SUSPEND_LIMITS['2004']);
    const lean = encodeLearner(learner, content, SUSPEND_LIMITS['1.2']);
    expect(full!.data.length).toBeGreaterThan(4096);
    expect(lean?.lean).toBe(true);
    expect(lean!.data.length).toBeLessThanOrEqual(4096);
    const decoded = decodeLearner(lean!.data, content, identity)!;
    // Every attempt and score is still there; practice keeps only "done".
    for (const l of content.lessons) {
      expect(decoded.quizzes[l.id]?.attempts).toHaveLength(3);
      for (const a of l.activities)
        expect(decoded.activities[a.id]).toMatchObject({ done: true, answers: {} });
    }
    const written = Object.values(decoded.quizzes)
      .flatMap((q) => q.attempts)
      .flatMap((a) => Object.values(a.answers))
      .flatMap((a) => a.tries)
      .flatMap((t) => (t.input.kind === 'short-answer' ? [t.input.text] : []));
    expect(written.length).toBeGreaterThan(0);
    for (const text of written) expect(text.length).toBeLessThanOrEqual(62);
    // Points are recomputed from the (shortened) answer and do not change.
    expect(decoded.quizzes[content.lessons[0]!.id]?.attempts[0]?.answers).toBeDefined();
  });

  it('gives up (null) rather than write more than the limit', () => {
    const learner = busyLearner(content, { attempts: 1 });
    const lesson = content.lessons[0]!;
    const attempt = learner.quizzes[lesson.id]!.attempts[0]!;
    const q = lesson.quiz.questions.find((x) => x.kind === 'short-answer')!;
    // An attempt in progress keeps its written answers whole, so this cannot fit in 4,096.
    learner.quizzes[lesson.id]!.attempts.push({
      ...attempt,
      id: 'a-open12345',
      finishedAt: null,
      answers: {
        [q.id]: {
          tries: [
            {
              input: { kind: 'short-answer', text: noise(5000, 1), ticked: [] },
              points: 0,
              at: attempt.startedAt,
            },
          ],
        },
      },
    });
    expect(encodeLearner(learner, content, SUSPEND_LIMITS['1.2'])).toBeNull();
    expect(encodeLearner(learner, content, SUSPEND_LIMITS['2004'])).not.toBeNull();
  });

  it.each([
    ['empty text', ''],
    ['not base64', '%%%'],
    ['base64 of something else', btoa('hello world')],
  ])('refuses %s', (_, data) => {
    expect(decodeLearner(data, content, identity)).toBeNull();
  });

  it('refuses data saved for content with another structure', () => {
    const data = encodeLearner(busyLearner(content), content, SUSPEND_LIMITS['2004'])!.data;
    const other = structuredClone(content);
    other.lessons[0]!.quiz.questions.reverse();
    expect(contentFingerprint(other)).not.toBe(contentFingerprint(content));
    expect(decodeLearner(data, other, identity)).toBeNull();
  });

  it('reads data saved before a change of wording only', () => {
    const data = encodeLearner(busyLearner(content), content, SUSPEND_LIMITS['2004'])!.data;
    const reworded = structuredClone(content);
    reworded.lessons[0]!.title = 'A new title';
    expect(decodeLearner(data, reworded, identity)).not.toBeNull();
  });

  it('keeps a before-and-after check in progress: its form, answers so far and place', () => {
    const fake = fakeContent();
    const busy = busyLearner(fake);
    const pre = busy.checks.pre!;
    const open = {
      ...pre,
      answers: Object.fromEntries(Object.entries(pre.answers).slice(0, 2)),
      current: 2,
      finishedAt: null,
    };
    const learner = {
      ...busy,
      checks: { ...busy.checks, pre: open, post: null, preSkipped: true },
    };
    const data = encodeLearner(learner, fake, SUSPEND_LIMITS['1.2'])!.data;
    const decoded = decodeLearner(data, fake, identity);
    expect(decoded?.checks).toEqual(toSeconds(learner).checks);
    expect(Object.keys(decoded?.checks.pre?.answers ?? {})).toHaveLength(2);
  });

  it('starts the check afresh from data saved before the check existed', () => {
    const fake = fakeContent();
    const data = encodeLearner(busyLearner(fake), fake, SUSPEND_LIMITS['1.2'])!.data;
    const packed = JSON.parse(
      strFromU8(inflateSync(Uint8Array.from(atob(data), (c) => c.charCodeAt(0)))),
    );
    const old = btoa(
      String.fromCharCode(...deflateSync(strToU8(JSON.stringify(packed.slice(0, 7))))),
    );
    expect(decodeLearner(old, fake, identity)?.checks).toEqual(
      newLearner(identity.id, '', 0).checks,
    );
  });

  it('works for content other than the real lessons', () => {
    const fake = fakeContent();
    const data = encodeLearner(busyLearner(fake), fake, SUSPEND_LIMITS['1.2'])!.data;
    expect(decodeLearner(data, fake, identity)).toEqual(toSeconds(busyLearner(fake)));
  });
});

/** Characters a compressor cannot shrink much (seeded, so the test is repeatable). */
function noise(length: number, seed: number): string {
  const chars = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .';
  const next = generator(seed);
  return Array.from({ length }, () => chars.charAt(Math.floor(next() * chars.length))).join('');
}
