import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { renderRoute } from '../../testing/render';
import { initialState } from '../../model/persisted';
import { buildRecord } from '../../model/record';
import { content } from '../../content';

function recordFile(name: string) {
  const learner = Object.values(initialState().learners)[0]!;
  const record = buildRecord(
    { ...learner, name },
    content,
    { title: 'm', version: '1' },
    new Date(),
  );
  return new File([JSON.stringify(record)], `${name}.json`, { type: 'application/json' });
}

describe('class results', () => {
  it('reads many files at once, lists bad ones with the reason, and tables the good ones', async () => {
    const { user } = renderRoute('/teacher/class-results');
    await user.upload(screen.getByLabelText(/Results files/), [
      recordFile('Ana'),
      recordFile('Ben'),
      new File(['nonsense'], 'broken.json'),
    ]);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('broken.json: This is not a results file from this module');
    const table = screen.getByRole('table', { name: /Best quiz score/ });
    expect(within(table).getByRole('rowheader', { name: 'Ana' })).toBeInTheDocument();
    expect(within(table).getByRole('rowheader', { name: 'Ben' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Download as CSV/ })).toBeInTheDocument();
  });
});
