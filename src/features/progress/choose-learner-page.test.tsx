import { beforeEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { renderRoute } from '../../testing/render';
import { useAppStore } from '../../stores/app-store';
import { initialState } from '../../model/persisted';
import { lessons } from '../../content';

const QUIZ = `/lessons/${lessons[0]!.id}/quiz`;

beforeEach(() => {
  useAppStore.setState(initialState());
  const { renameLearner, activeLearnerId, addLearner, switchLearner } = useAppStore.getState();
  renameLearner(activeLearnerId, 'Ana');
  addLearner('Ben');
  switchLearner(activeLearnerId);
});

const banner = () => within(screen.getByRole('banner'));

describe('who is working, on a shared device', () => {
  it('names the learner on a quiz page', () => {
    renderRoute(QUIZ);
    expect(banner().getByText(/Working as/)).toHaveTextContent('Working as Ana');
  });

  it('switches to another learner in one step and comes back to the same page', async () => {
    const { user } = renderRoute(QUIZ);
    await user.click(banner().getByRole('link', { name: 'Not you? Switch' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Who is working?' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'I am Ben' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: /Lesson 1 quiz/ }),
    ).toBeInTheDocument();
    expect(banner().getByText(/Working as/)).toHaveTextContent('Working as Ben');
  });

  it('adds a new learner and comes back to the same page', async () => {
    const { user } = renderRoute(`/learner?back=${encodeURIComponent(QUIZ)}`);
    await user.type(screen.getByRole('textbox', { name: 'Your name' }), 'Cleo');
    await user.click(screen.getByRole('button', { name: 'Start as a new learner' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: /Lesson 1 quiz/ }),
    ).toBeInTheDocument();
    expect(banner().getByText(/Working as/)).toHaveTextContent('Working as Cleo');
    expect(Object.values(useAppStore.getState().learners).map((l) => l.name)).toHaveLength(3);
  });

  it('never goes back to another site', async () => {
    const { user } = renderRoute('/learner?back=//example.org/');
    await user.click(screen.getByRole('button', { name: 'Continue as Ana' }));
    // The start page, not a page of another site (a memory router would have taken any path).
    expect(await screen.findByRole('link', { name: /^Start with/ })).toBeInTheDocument();
  });
});
