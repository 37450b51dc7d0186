import { describe, expect, it } from 'vitest';
import { useState } from 'react';
import { screen, within, waitFor } from '@testing-library/react';
import type { Input, Question } from '../../domain/question';
import type { Try } from '../../model/learner';
import { renderInRouter } from '../../testing/render';
import { q } from '../../testing/questions';
import { QuestionCard } from './question-card';
import { optionOrder } from '../../scoring/presentation';
import { scoreAnswer } from '../../scoring/score';

/** A question card with its own state, as the quiz runner would hold it. */
function Harness({ question, maxTries = 2 }: { question: Question; maxTries?: number }) {
  const [tries, setTries] = useState<Try[]>([]);
  const [draft, setDraft] = useState<Input | undefined>();
  return (
    <QuestionCard
      question={question}
      order={optionOrder(question, 1)}
      tries={tries}
      maxTries={maxTries}
      draft={draft}
      onDraft={setDraft}
      onTry={(input, points) => setTries((t) => [...t, { input, points, at: 0 }])}
      heading="Question 1 of 1"
      headingLevel={2}
      after={<button type="button">Next question</button>}
    />
  );
}

const REAL_SENTENCES = [
  'documented-examination',
  'virtual-project',
  'designed-to-secure-backing',
  'available-evidence-shows',
];

describe('QuestionCard', () => {
  it('single-choice works with the keyboard alone and announces the verdict', async () => {
    const { user } = renderInRouter(<Harness question={q.single()} />);
    const group = screen.getByRole('group', { name: '?' });
    const radios = within(group).getAllByRole('radio');
    expect(radios).toHaveLength(3);
    await user.tab();
    expect(radios.some((r) => r === document.activeElement)).toBe(true);
    // Arrow keys move between radios and select; find the right one ("Not named").
    for (
      let i = 0;
      i < 3 && !screen.getByRole('radio', { name: 'Not named' }).matches(':checked');
      i++
    ) {
      await user.keyboard('{ArrowDown}');
    }
    expect(screen.getByRole('radio', { name: 'Not named' })).toBeChecked();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Check' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('status')).toHaveTextContent('Correct — full marks.');
    expect(screen.getByText('Why')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Evidence' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Next question' })).toBeInTheDocument();
  });

  it('asks for an answer instead of checking an empty one', async () => {
    const { user } = renderInRouter(<Harness question={q.single()} />);
    await user.click(screen.getByRole('button', { name: 'Check' }));
    expect(
      screen.getByText('Choose or write an answer first.', { selector: 'p.input-problem' }),
    ).toBeInTheDocument();
    expect(screen.queryByText('Why')).not.toBeInTheDocument();
  });

  it('multiple-choice: a wrong first try marks the choices, offers another try, then shows the solution', async () => {
    const { user } = renderInRouter(<Harness question={q.multiple()} />);
    await user.click(screen.getByRole('checkbox', { name: 'A' }));
    await user.click(screen.getByRole('checkbox', { name: 'C' }));
    await user.click(screen.getByRole('button', { name: 'Check' }));
    expect(screen.getByRole('status')).toHaveTextContent('Not right — no marks.');
    expect(screen.getByText('✗ Should not be chosen')).toBeInTheDocument();
    // What is wrong, in counts, without saying which right option is missing.
    expect(
      screen.getByText(/^1 of the 2 right options is still missing\. 1 you ticked should not be/),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Look again/)).not.toBeInTheDocument();
    expect(screen.queryByText('Why')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    // The previous answer is kept to adjust.
    expect(screen.getByRole('checkbox', { name: 'C' })).toBeChecked();
    await user.click(screen.getByRole('checkbox', { name: 'C' }));
    await user.click(screen.getByRole('button', { name: 'Check' }));
    // Half right on the second try: half of the half a second try can earn.
    expect(screen.getByRole('status')).toHaveTextContent(
      'Partly right on your second try — it earns a quarter of the marks: a second try earns at most half the marks.',
    );
    // Last try: the missed right answer is now shown, with the explanation.
    expect(screen.getByText('➜ Missed: this one is right')).toBeInTheDocument();
    expect(screen.getByText('Why')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
  });

  it('single-choice: right on the second try says it earns half, never "full marks"', async () => {
    const { user } = renderInRouter(<Harness question={q.single()} />);
    await user.click(screen.getByRole('radio', { name: 'Named' }));
    await user.click(screen.getByRole('button', { name: 'Check' }));
    expect(screen.getByText(/^The option you chose is not the best answer/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await user.click(screen.getByRole('radio', { name: 'Not named' }));
    await user.click(screen.getByRole('button', { name: 'Check' }));
    const verdict = 'Correct on your second try — it earns half the marks.';
    expect(screen.getByRole('status')).toHaveTextContent(verdict);
    expect(document.querySelector('.verdict')).toHaveTextContent(verdict);
    expect(screen.queryByText(/full marks/)).not.toBeInTheDocument();
  });

  it('a try with nothing ticked says so, and how many fit, rather than "look at the marks"', async () => {
    const question = q.tags({
      candidates: REAL_SENTENCES,
      rubric: { answer: ['documented-examination', 'available-evidence-shows'] },
    });
    const { user } = renderInRouter(<Harness question={question} />);
    await user.click(screen.getByRole('button', { name: 'Check' }));
    expect(screen.getByRole('status')).toHaveTextContent('Not right — no marks.');
    expect(screen.getByText(/^You tagged nothing, but 2 sentences fit\./)).toBeInTheDocument();
    expect(screen.queryByText(/marked above/)).not.toBeInTheDocument();
  });

  it('tag-sentences: article sentences are checkboxes, with per-sentence feedback after checking', async () => {
    const question = q.tags({
      candidates: REAL_SENTENCES,
      rubric: { answer: ['documented-examination', 'available-evidence-shows'] },
      feedback: { 'virtual-project': ['This one names the project, not a source.'] },
    });
    const { user } = renderInRouter(<Harness question={question} maxTries={1} />);
    const boxes = screen.getAllByRole('checkbox');
    expect(boxes).toHaveLength(4);
    expect(boxes[0]?.closest('label')).toHaveTextContent(
      'Sentence 1: This analytical article provides a documented examination',
    );
    await user.click(boxes[0]!);
    await user.click(boxes[1]!);
    await user.click(screen.getByRole('button', { name: 'Check' }));
    expect(screen.getByRole('status')).toHaveTextContent('Not right — no marks.');
    expect(screen.getByText('This one names the project, not a source.')).toBeInTheDocument();
    expect(screen.getAllByText('➜ Missed: this one is right')).toHaveLength(1);
  });

  it('tag-sentences: feedback opens where the learner went wrong and does not quote the sentences again', async () => {
    const question = q.tags({
      candidates: REAL_SENTENCES,
      rubric: { answer: ['documented-examination', 'available-evidence-shows'] },
      feedback: {
        'virtual-project': ['This one names the project, not a source.'],
        'designed-to-secure-backing': ['A claim about intent, not a source.'],
      },
      evidence: { sentences: ['available-evidence-shows', 'virtual-project'], sources: [] },
    });
    const { user } = renderInRouter(<Harness question={question} maxTries={1} />);
    // Wrongly ticked: virtual-project. Rightly left: designed-to-secure-backing.
    await user.click(screen.getByRole('checkbox', { name: /This analytical article/ }));
    await user.click(screen.getByRole('checkbox', { name: /It focuses on a virtual project/ }));
    await user.click(screen.getByRole('button', { name: 'Check' }));
    expect(screen.getByText('This one names the project, not a source.')).toBeVisible();
    const rightRow = screen.getByText('A claim about intent, not a source.').closest('details');
    expect(rightRow).not.toBeNull();
    expect(rightRow).not.toHaveAttribute('open');
    // The evidence names the sentences shown above and links them, without quoting them.
    const evidence = screen.getByRole('heading', { name: 'Evidence' }).parentElement!;
    expect(within(evidence).queryByRole('blockquote')).not.toBeInTheDocument();
    expect(evidence).toHaveTextContent('Quoted above: sentence 6 and sentence 2.');
    expect(within(evidence).getByRole('link', { name: 'sentence 6' })).toHaveAttribute(
      'href',
      '/case-study?s=available-evidence-shows',
    );
  });

  it('categorize: each item has its own radio group', async () => {
    const { user } = renderInRouter(<Harness question={q.categorize()} />);
    const answer = { One: 'Supported', Two: 'Unsupported', Three: 'Unsupported', Four: 'Neither' };
    for (const [item, label] of Object.entries(answer)) {
      const group = screen.getByRole('group', { name: new RegExp(item) });
      await user.click(within(group).getByRole('radio', { name: label }));
    }
    await user.click(screen.getByRole('button', { name: 'Check' }));
    expect(screen.getByRole('status')).toHaveTextContent('Correct — full marks.');
    expect(screen.getAllByText('✓ Right')).toHaveLength(4);
  });

  it('categorize: an item left without a label is pointed out, not scored', async () => {
    const { user } = renderInRouter(<Harness question={q.categorize()} />);
    const group = screen.getByRole('group', { name: /One/ });
    await user.click(within(group).getByRole('radio', { name: 'Supported' }));
    await user.click(screen.getByRole('button', { name: 'Check' }));
    expect(
      screen.getByText('Give every item a label first.', { selector: 'p.input-problem' }),
    ).toBeInTheDocument();
  });

  it('order: Move up/down buttons reorder, announce the move and keep focus on the item', async () => {
    const question = q.order();
    const { user } = renderInRouter(<Harness question={question} />);
    const texts = () =>
      screen.getAllByRole('listitem').map((li) => li.querySelector('.order-text')?.textContent);
    // Sort with the buttons until the list is right.
    const want = ['First', 'Second', 'Third', 'Fourth'];
    for (let target = 0; target < want.length; target++) {
      let pos = texts().indexOf(want[target]!);
      while (pos > target) {
        await user.click(screen.getByRole('button', { name: `Move up: ${want[target]}` }));
        pos -= 1;
      }
    }
    expect(texts()).toEqual(want);
    expect(screen.getAllByRole('status')[0]).toHaveTextContent(/moved to position \d of 4/);
    await user.click(screen.getByRole('button', { name: 'Check' }));
    await waitFor(() => expect(screen.getAllByText('✓ Right place')).toHaveLength(4));
  });

  it('order: focus follows the moved item', async () => {
    const { user } = renderInRouter(<Harness question={q.order()} />);
    const items = screen.getAllByRole('listitem');
    const second = items[1]!.querySelector('.order-text')!.textContent!;
    const up = screen.getByRole('button', { name: `Move up: ${second}` });
    up.focus();
    await user.keyboard('{Enter}');
    // It is now first, so "up" is disabled; focus moves to its "down" button.
    await waitFor(() =>
      expect(screen.getByRole('button', { name: `Move down: ${second}` })).toHaveFocus(),
    );
  });

  it('short-answer: write, compare with the rubric, place the answer at a level, save', async () => {
    const { user } = renderInRouter(<Harness question={q.short()} />);
    const compare = screen.getByRole('button', { name: 'Compare with the rubric' });
    expect(compare).toBeDisabled();
    await user.type(
      screen.getByRole('textbox', { name: 'Your answer' }),
      'Ask who the experts are and check them.',
    );
    await user.click(compare);
    // Each level comes with its description, and its exemplar describes the radio button.
    const developing = screen.getByRole('radio', { name: /^Developing: Asks for sources/ });
    expect(developing).toHaveAccessibleDescription('An answer at this level: Give sources.');
    expect(screen.getByText('It is false.')).toBeVisible();
    // The model answer is there to open.
    expect(screen.getByText('See a model answer')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save my self-assessment' }));
    expect(
      screen.getByText('Choose the level your answer is closest to first.', {
        selector: '.input-problem',
      }),
    ).toBeVisible();
    await user.click(developing);
    await user.click(screen.getByRole('button', { name: 'Save my self-assessment' }));
    expect(screen.getByRole('status')).toHaveTextContent('Self-assessed: half the marks.');
    expect(screen.getByText(/^You placed your answer at/)).toHaveTextContent(
      'You placed your answer at Developing.',
    );
    expect(screen.getByRole('radio', { name: /^Developing/ })).toBeChecked();
    expect(screen.getByRole('radio', { name: /^Secure/ })).toBeDisabled();
    expect(screen.getByText('A model.')).toBeVisible();
    // Self-assessed answers are done after one try.
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
    expect(screen.getByText('Why')).toBeInTheDocument();
  });

  it('scores exactly what the scoring module scores', async () => {
    const question = q.multiple();
    const { user } = renderInRouter(<Harness question={question} maxTries={1} />);
    await user.click(screen.getByRole('checkbox', { name: 'B' }));
    await user.click(screen.getByRole('button', { name: 'Check' }));
    const expected = scoreAnswer(question, { kind: 'multiple-choice', choices: ['b'] });
    expect(expected.valid && expected.points).toBe(0.5);
    expect(screen.getByRole('status')).toHaveTextContent('Partly right — half the marks.');
  });
});
