import { beforeEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { renderRoute } from '../../testing/render';
import { useAppStore } from '../../stores/app-store';
import { initialState } from '../../model/persisted';
import { content, lessons } from '../../content';
import { MODULE_TITLE } from '../../config/paths';

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
  });

  it('opens with what this is, how long it takes and one Start button', () => {
    renderRoute('/');
    const heading = screen.getByRole('heading', { level: 1 });
    expect(heading).toHaveTextContent(content.home.title);
    expect(heading.textContent).not.toBe(MODULE_TITLE);
    const total = lessons.reduce((sum, l) => sum + l.minutes, 0);
    expect(screen.getByText(/^About \d+ minutes in all/)).toHaveTextContent(
      `About ${total} minutes in all: ${lessons.length} parts of`,
    );
    expect(screen.getByRole('link', { name: `Start with ${lessons[0]!.label}` })).toHaveAttribute(
      'href',
      `/lessons/${lessons[0]!.id}`,
    );
    expect(screen.getByRole('link', { name: 'Read the article first' })).toBeInTheDocument();
  });

  it('asks a new learner for a name, so results files say whose they are', async () => {
    const { user } = renderRoute('/');
    await user.type(screen.getByRole('textbox', { name: 'Your name (optional)' }), 'Dana');
    await user.click(screen.getByRole('button', { name: 'Save name' }));
    expect(screen.getByText(/Working as/)).toHaveTextContent('Working as Dana');
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
