import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { renderRoute } from '../../testing/render';
import { initialState } from '../../model/persisted';
import { buildRecord } from '../../model/record';
import type { Learner } from '../../model/learner';
import { content, lessons } from '../../content';
import { retriedLearner } from '../../testing/learners';
import { quizResult } from '../../scoring/quiz-summary';
import { percentText } from '../../components/words';

function recordFile(learner: Learner) {
  const record = buildRecord(learner, content, { title: 'm', version: '1' }, new Date());
  return new File([JSON.stringify(record)], `${learner.name}.json`, { type: 'application/json' });
}
const fresh = (name: string) => ({ ...Object.values(initialState().learners)[0]!, name });

describe('class results', () => {
  it('reads many files at once, lists bad ones with the reason, and tables the good ones', async () => {
    const { user } = renderRoute('/teacher/class-results');
    await user.upload(screen.getByLabelText(/Results files/), [
      recordFile(fresh('Ana')),
      recordFile(fresh('Ben')),
      new File(['nonsense'], 'broken.json'),
    ]);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('broken.json: This is not a results file from this module');
    const table = screen.getByRole('table', { name: /First-attempt quiz score/ });
    expect(within(table).getByRole('rowheader', { name: 'Ana' })).toBeInTheDocument();
    expect(within(table).getByRole('rowheader', { name: 'Ben' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Download as CSV/ })).toBeInTheDocument();
    expect(screen.getByText(/learners? from/)).toHaveTextContent(/^2 learners from 2 files\.$/);
  });

  it('shows a learner who retried to 100% with their first attempt first', async () => {
    const { user } = renderRoute('/teacher/class-results');
    const cara = retriedLearner(content, 'l-cara1234', 'Cara');
    await user.upload(screen.getByLabelText(/Results files/), [recordFile(cara)]);
    const row = within(screen.getByRole('table', { name: /First-attempt quiz score/ })).getByRole(
      'row',
      { name: /^Cara/ },
    );
    const lesson = lessons[0]!;
    const first = quizResult(lesson.quiz, cara.quizzes[lesson.id]?.attempts ?? [])?.first;
    expect(first?.percent).toBeLessThan(100);
    const cell = within(row).getAllByRole('cell')[0];
    expect(cell).toHaveTextContent(
      `${percentText(first?.percent ?? 0)}best after retries 100% ✓2 attempts`,
    );
    expect(cell?.querySelector('.cell-first')).toHaveTextContent(percentText(first?.percent ?? 0));
    expect(screen.queryByText(/No question was missed/)).toBeNull();
  });

  it('says how many older copies of a learner were left out, in the right number', async () => {
    const { user } = renderRoute('/teacher/class-results');
    const ana = fresh('Ana');
    await user.upload(screen.getByLabelText(/Results files/), [recordFile(ana), recordFile(ana)]);
    expect(await screen.findByText(/learners? from/)).toHaveTextContent(
      /^1 learner from 2 files\. 1 older copy of the same learner was left out\.$/,
    );
  });
});
