import { beforeEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { renderRoute } from '../../testing/render';
import { useAppStore } from '../../stores/app-store';
import { initialState } from '../../model/persisted';
import { lessons } from '../../content';

beforeEach(() => {
  useAppStore.setState(initialState());
});

describe('start page', () => {
  it('lists every lesson with its time and state, and where to start', () => {
    renderRoute('/');
    const list = screen.getByRole('heading', { name: 'The lessons' });
    const section = list.closest('section')!;
    for (const lesson of lessons) {
      expect(
        within(section).getByRole('link', { name: new RegExp(lesson.title) }),
      ).toBeInTheDocument();
    }
    expect(screen.getAllByText(/^About \d+ minutes · /)).toHaveLength(lessons.length);
    expect(screen.getByRole('link', { name: 'Start by reading the article' })).toBeInTheDocument();
  });

  it('asks a new learner for a name, so results files say whose they are', async () => {
    const { user } = renderRoute('/');
    await user.type(screen.getByRole('textbox', { name: 'Your name (optional)' }), 'Dana');
    await user.click(screen.getByRole('button', { name: 'Save name' }));
    expect(screen.getByText(/You are working as/)).toHaveTextContent('You are working as Dana');
    expect(screen.queryByRole('textbox', { name: 'Your name (optional)' })).not.toBeInTheDocument();
  });

  it('offers to continue where the learner left off', () => {
    useAppStore.getState().updateLearner((l, now) => ({
      ...l,
      lastVisited: {
        path: `/lessons/${lessons[1]!.id}`,
        label: 'Lesson 2: Identifying authorship',
        at: now,
      },
    }));
    renderRoute('/');
    expect(
      screen.getByRole('link', { name: 'Continue: Lesson 2: Identifying authorship' }),
    ).toHaveAttribute('href', `/lessons/${lessons[1]!.id}`);
  });
});
