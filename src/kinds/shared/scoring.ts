/** Scoring rules shared by several kinds. Pure. */
import type { InvalidCode, ItemMark, Score, Status } from '../../domain/score';

export function statusFor(points: number): Status {
  if (points >= 1) return 'correct';
  if (points <= 0) return 'incorrect';
  return 'partial';
}

/**
 * The rule shared by multiple-choice and tag-sentences: every option (or sentence) is either
 * in the key or not. Points = (right ticks − wrong ticks) / size of the key, never below 0.
 * Ticking everything therefore earns nothing unless everything is right, which is what makes
 * the score measure discernment rather than suspicion. An empty key (nothing applies) scores
 * 1 for no ticks and 0 otherwise.
 */
export function validateSelection(
  chosen: readonly string[],
  offered: readonly string[],
): InvalidCode | null {
  const known = new Set(offered);
  if (chosen.some((c) => !known.has(c))) return 'unknown-choice';
  if (new Set(chosen).size !== chosen.length) return 'duplicate';
  return null;
}

export function scoreSelection(
  chosen: readonly string[],
  offered: readonly string[],
  key: readonly string[],
): Score {
  const picked = new Set(chosen);
  const right = new Set(key);
  const items: ItemMark[] = offered.map((id) => ({
    id,
    chosen: picked.has(id),
    expected: right.has(id),
    ok: picked.has(id) === right.has(id),
  }));
  const hits = items.filter((i) => i.chosen && i.expected).length;
  const wrong = items.filter((i) => i.chosen && !i.expected).length;
  const points =
    right.size === 0 ? (picked.size === 0 ? 1 : 0) : Math.max(0, (hits - wrong) / right.size);
  return { status: statusFor(points), points, items };
}

/** Judgement items of a selection question, for discernment (see KindModule.judgements). */
export function selectionJudgements(
  questionId: string,
  truths: readonly [string, 'flag' | 'trust'][],
  selecting: 'flag' | 'trust' | undefined,
  picked: readonly string[] | null,
) {
  if (!selecting) return [];
  const chosen = new Set(picked);
  const opposite = selecting === 'flag' ? 'trust' : 'flag';
  return truths.map(([id, truth]) => ({
    id: `${questionId}/${id}`,
    truth,
    response: picked ? (chosen.has(id) ? selecting : opposite) : null,
  }));
}
