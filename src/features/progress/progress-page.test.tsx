import { beforeEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { renderRoute } from '../../testing/render';
import { useAppStore } from '../../stores/app-store';
import { initialState } from '../../model/persisted';
import { buildRecord } from '../../model/record';
import { MODULE_INFO } from '../../config/module';
import { content, lessonHeading, lessons } from '../../content';
import { attemptTry, finishAttempt, markSectionRead, startAttempt } from '../../model/progress';
import { retriedLearner, rightInput } from '../../testing/learners';
import { quizResult } from '../../scoring/quiz-summary';
import { discernmentShort, percentText } from '../../components/words';

beforeEach(() => {
  useAppStore.setState(initialState());
});

function activeLearner() {
  const s = useAppStore.getState();
  return s.learners[s.activeLearnerId]!;
}

function file(name: string, text: string) {
  return new File([text], name, { type: 'application/json' });
}

describe('learners on one device', () => {
  it('adds a learner, switches, and keeps each learner’s progress apart', async () => {
    const lesson = lessons[0]!;
    useAppStore
      .getState()
      .updateLearner((l, now) => markSectionRead(l, lesson.id, lesson.sections[0]!.id, now));
    const { user } = renderRoute('/progress');
    const first = activeLearner();
    expect(screen.getAllByText(/Sections read: 1 of/)).toHaveLength(1);

    await user.type(screen.getByRole('textbox', { name: 'Add a learner' }), 'Ben');
    await user.click(screen.getByRole('button', { name: 'Add and switch' }));
    expect(within(screen.getByRole('main')).getByText(/Working as/)).toHaveTextContent(
      'Working as Ben',
    );
    expect(screen.getByText('Added Ben. Now working as Ben.')).toBeInTheDocument();
    // Ben sees none of Learner 1's progress.
    expect(screen.queryByText(/Sections read: 1 of/)).not.toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Switch to' }), first.id);
    expect(within(screen.getByRole('main')).getByText(/Working as/)).toHaveTextContent(
      `Working as ${first.name}`,
    );
    expect(screen.getAllByText(/Sections read: 1 of/)).toHaveLength(1);
  });

  it('refuses a name with markup, with a message', async () => {
    const { user } = renderRoute('/progress');
    await user.type(screen.getByRole('textbox', { name: 'Add a learner' }), '<b>Eve</b>');
    await user.click(screen.getByRole('button', { name: 'Add and switch' }));
    expect(screen.getByText(/Please do not use < or >/)).toBeInTheDocument();
    expect(Object.keys(useAppStore.getState().learners)).toHaveLength(1);
  });

  it('resets a learner only after confirmation', async () => {
    const lesson = lessons[0]!;
    useAppStore
      .getState()
      .updateLearner((l, now) => markSectionRead(l, lesson.id, lesson.sections[0]!.id, now));
    const { user } = renderRoute('/progress');
    await user.click(screen.getByRole('button', { name: /^Reset .* progress…$/ }));
    const dialog = screen.getByRole('alertdialog');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(activeLearner().lessons[lesson.id]).toBeDefined();
    await user.click(screen.getByRole('button', { name: /^Reset .* progress…$/ }));
    await user.click(
      within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Yes, reset' }),
    );
    expect(activeLearner().lessons).toEqual({});
  });
});

describe('importing a results file', () => {
  const cases: [string, File, RegExp][] = [
    ['not JSON', file('notes.json', 'hello, world'), /not readable as JSON/],
    ['empty', file('empty.json', ''), /This file is empty/],
    [
      'another format',
      file('other.json', '{"type":"playlist"}'),
      /not a results file from this module/,
    ],
    [
      'a newer version',
      file(
        'new.json',
        JSON.stringify({ format: 'infowar-casestudy-learning-record', formatVersion: 99 }),
      ),
      /newer version/,
    ],
    [
      'a __proto__ key',
      file(
        'proto.json',
        '{"format":"infowar-casestudy-learning-record","formatVersion":1,"__proto__":{"x":1}}',
      ),
      /field named "__proto__"/,
    ],
  ];
  it.each(cases)('keeps existing progress when the file is %s', async (_label, bad, message) => {
    const before = JSON.stringify(useAppStore.getState().learners);
    const { user } = renderRoute('/progress');
    await user.upload(screen.getByLabelText('Results file (.json)'), bad);
    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    expect(screen.getByRole('alert')).toHaveTextContent('Nothing was changed.');
    expect(JSON.stringify(useAppStore.getState().learners)).toBe(before);
  });

  it('keeps existing progress when the file is enormous', async () => {
    const before = JSON.stringify(useAppStore.getState().learners);
    const { user } = renderRoute('/progress');
    const huge = new File(['x'], 'huge.json');
    Object.defineProperty(huge, 'size', { value: 50 * 1024 * 1024 });
    await user.upload(screen.getByLabelText('Results file (.json)'), huge);
    expect(await screen.findByRole('alert')).toHaveTextContent(/too large/);
    expect(JSON.stringify(useAppStore.getState().learners)).toBe(before);
  });

  it('shows what a file contains and changes nothing until asked; then adds the learner', async () => {
    const other = { ...activeLearner(), id: 'l-other1234', name: 'Cleo' };
    const record = buildRecord(other, content, MODULE_INFO, new Date());
    const { user } = renderRoute('/progress');
    await user.upload(
      screen.getByLabelText('Results file (.json)'),
      file('cleo.json', JSON.stringify(record)),
    );
    const preview = await screen.findByRole('region', { name: 'What the file contains' });
    expect(preview).toHaveTextContent('results of Cleo');
    expect(useAppStore.getState().learners['l-other1234']).toBeUndefined();
    expect(
      within(preview).getByRole('radio', { name: 'Add as a new learner on this device' }),
    ).toBeChecked();
    await user.click(within(preview).getByRole('button', { name: 'Import' }));
    expect(useAppStore.getState().learners['l-other1234']?.name).toBe('Cleo');
    expect(useAppStore.getState().activeLearnerId).toBe('l-other1234');
    expect(screen.getByText(/Added Cleo’s results/)).toBeInTheDocument();
  });

  it('offers to merge with or replace the same learner', async () => {
    const me = activeLearner();
    const lesson = lessons[0]!;
    const elsewhere = markSectionRead(me, lesson.id, lesson.sections[1]!.id, Date.now());
    const record = buildRecord(elsewhere, content, MODULE_INFO, new Date());
    useAppStore
      .getState()
      .updateLearner((l, now) => markSectionRead(l, lesson.id, lesson.sections[0]!.id, now));
    const { user } = renderRoute('/progress');
    await user.upload(
      screen.getByLabelText('Results file (.json)'),
      file('me.json', JSON.stringify(record)),
    );
    const preview = await screen.findByRole('region', { name: 'What the file contains' });
    expect(within(preview).getByRole('radio', { name: /^Merge with/ })).toBeChecked();
    await user.click(within(preview).getByRole('button', { name: 'Import' }));
    expect(activeLearner().lessons[lesson.id]?.sectionsRead).toEqual([
      lesson.sections[0]!.id,
      lesson.sections[1]!.id,
    ]);
  });
});

describe('what counts as done', () => {
  it('a lesson whose quiz is passed is done, with a full bar, even with no section read', () => {
    const lesson = lessons[0]!;
    const questions = lesson.quiz.questions;
    useAppStore.getState().updateLearner((l, now) => {
      let next = startAttempt(l, lesson.id, {
        id: 'a-passed1234',
        seed: 1,
        mode: 'full',
        questionIds: questions.map((q) => q.id),
        carried: {},
        answers: {},
        current: 0,
        startedAt: now,
        finishedAt: null,
        activeMs: 0,
        lastEventAt: now,
        contentHash: content.hash,
      });
      for (const q of questions) next = attemptTry(next, lesson.id, q.id, rightInput(q), 1, now);
      return finishAttempt(next, lesson.id, now);
    });
    renderRoute('/progress');
    const item = screen.getByRole('heading', { name: lessonHeading(lesson) }).closest('li')!;
    expect(within(item).getByRole('progressbar')).toHaveAttribute('aria-valuenow', '100');
    expect(item).toHaveTextContent('✓ Done: quiz passed, first attempt 100%');
    expect(item).toHaveTextContent(`Sections read: 0 of ${lesson.sections.length}`);
    // The page says what "done" means, so 0 sections beside a full bar is not a puzzle.
    expect(screen.getByText(/A lesson is/)).toHaveTextContent(/done when you pass its quiz/);
  });
});

describe('first attempts lead on Progress and in the report', () => {
  function retried() {
    const me = activeLearner();
    const learner = { ...retriedLearner(content, me.id, me.name) };
    useAppStore.setState((s) => ({ learners: { ...s.learners, [me.id]: learner } }));
    const lesson = lessons[0]!;
    const first = quizResult(lesson.quiz, learner.quizzes[lesson.id]?.attempts ?? [])!.first;
    expect(first.percent).toBeLessThan(100);
    return { lesson, first };
  }

  it('shows each quiz’s first attempt, then best after retries, and first-attempt discernment', () => {
    const { lesson, first } = retried();
    renderRoute('/progress');
    const item = screen.getByRole('heading', { name: lessonHeading(lesson) }).closest('li')!;
    expect(item).toHaveTextContent(
      `✓ Done: quiz passed, first attempt ${percentText(first.percent)}, best after retries 100%`,
    );
    expect(item).toHaveTextContent(
      `Quiz attempts: 2 · first ${percentText(first.percent)} · best after retries 100%`,
    );
    expect(item).toHaveTextContent(
      `On your first attempt you flagged ${first.discernment.flagged} of ${first.discernment.flagItems}`,
    );
  });

  it('prints the first attempt in the report, with best after retries apart', () => {
    const { lesson, first } = retried();
    renderRoute('/progress/report');
    const row = screen.getByRole('row', { name: new RegExp(`^${lessonHeading(lesson)}`) });
    const cells = within(row)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(cells.slice(0, 4)).toEqual([
      percentText(first.percent),
      discernmentShort(first.discernment),
      '100% ✓',
      '2',
    ]);
    expect(
      screen.getByText(/^Lesson 1: \d+ questions? without full marks on the first attempt/),
    ).toHaveTextContent('all put right on a retry');
  });
});
