import { beforeEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { renderRoute } from '../../testing/render';
import { useAppStore } from '../../stores/app-store';
import { initialState } from '../../model/persisted';
import { finishAttempt, startAttempt } from '../../model/progress';
import type { Attempt, Learner } from '../../model/learner';
import { lessons } from '../../content';
import { scoreRows, scoreSummary } from './scores';

const T0 = 1_700_000_000_000;
const lesson = lessons[0]!;
const ids = lesson.quiz.questions.map((q) => q.id);

function attempt(id: string, extra: Partial<Attempt>): Attempt {
  return {
    id,
    seed: 1,
    mode: 'full',
    questionIds: ids,
    carried: {},
    answers: {},
    current: 0,
    startedAt: T0,
    finishedAt: null,
    activeMs: 0,
    lastEventAt: T0,
    contentHash: 'h',
    ...extra,
  };
}

/** A first try with nothing right (0%), then a retry that leaves nothing missed (100%). */
function withTwoAttempts(l: Learner): Learner {
  let next = startAttempt(l, lesson.id, attempt('a-first', {}));
  next = finishAttempt(next, lesson.id, T0 + 1);
  const all = Object.fromEntries(ids.map((id) => [id, 1]));
  next = startAttempt(
    next,
    lesson.id,
    attempt('a-retry', { mode: 'missed', questionIds: [], carried: all }),
  );
  return finishAttempt(next, lesson.id, T0 + 2);
}

beforeEach(() => {
  useAppStore.setState(initialState());
});

describe('quiz scores chart', () => {
  it('reads the first try and the best score of each quiz, as whole numbers', () => {
    const learner = withTwoAttempts(
      useAppStore.getState().learners[useAppStore.getState().activeLearnerId]!,
    );
    const rows = scoreRows(lessons, learner);
    expect(rows[0]).toMatchObject({ first: 0, best: 100, attempts: 2 });
    expect(rows.slice(1).every((r) => r.first === null && r.attempts === 0)).toBe(true);
    expect(scoreSummary(rows)).toMatch(
      new RegExp(
        `^${lesson.label}: first attempt 0%, best after retries 100% in 2 attempts; pass mark ${lesson.quiz.passMark}%\\. ${lessons[1]!.label}: quiz not taken yet\\.`,
      ),
    );
  });

  it('draws the scores on the Progress page, described in words and given as a table', async () => {
    useAppStore.getState().updateLearner((l) => withTwoAttempts(l));
    const { user } = renderRoute('/progress');
    const chart = screen.getByRole('img', { name: /^For each quiz: your first attempt/ });
    expect(chart).toHaveAccessibleDescription(
      scoreSummary(
        scoreRows(
          lessons,
          useAppStore.getState().learners[useAppStore.getState().activeLearnerId]!,
        ),
      ),
    );
    const [first, best] = chart.querySelectorAll('rect.chart-bar');
    expect(first).toHaveClass('chart-bar-solid');
    expect(best).toHaveClass('chart-bar-outline');
    expect(Number(best!.getAttribute('width'))).toBeGreaterThan(
      Number(first!.getAttribute('width')) * 50,
    );

    await user.click(screen.getByText('The same figures as a table'));
    const table = screen.getByRole('table');
    const row = within(table).getByRole('row', { name: new RegExp(`^${lesson.label}`) });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['0%', '100%', '2', `${lesson.quiz.passMark}%`]);
  });

  it('says where the chart will appear before any quiz is finished', () => {
    renderRoute('/progress');
    expect(
      screen.queryByRole('img', { name: /^For each quiz: your first attempt/ }),
    ).not.toBeInTheDocument();
    expect(screen.getByText(/When you finish a quiz/)).toBeInTheDocument();
  });
});
