import { describe, expect, it, beforeEach } from 'vitest';
import { act, screen, waitFor } from '@testing-library/react';
import { renderRoute } from '../../testing/render';
import { answerQuestion } from '../../testing/answer';
import { lessons } from '../../content';
import { useAppStore } from '../../stores/app-store';
import { initialState } from '../../model/persisted';
import { plainText } from '../../components/plain-text';
import { shownPercent } from '../../scoring/attempt';

const lesson = lessons[0]!;
const quiz = lesson.quiz;
const byPrompt = (text: string) => quiz.questions.find((q) => plainText(q.prompt) === text);

/** The question now on screen, found by its prompt. */
function currentQuestion() {
  const legend = document.querySelector('.question-card legend');
  const q = byPrompt(legend?.textContent ?? '');
  if (!q) throw new Error(`no question with prompt ${legend?.textContent}`);
  return q;
}

beforeEach(() => {
  useAppStore.setState(initialState());
});

describe('a quiz, from start to results', () => {
  it('runs through every question, shows results, and offers to retry what was missed', async () => {
    const { user } = renderRoute(`/lessons/${lesson.id}/quiz`);
    await user.click(screen.getByRole('button', { name: 'Start the quiz' }));
    let missedOne = false;
    const asked: string[] = [];
    for (let i = 0; i < quiz.questions.length; i++) {
      expect(
        screen.getByRole('heading', { name: `Question ${i + 1} of ${quiz.questions.length}` }),
      ).toBeInTheDocument();
      const q = currentQuestion();
      asked.push(plainText(q.prompt));
      // Get one question wrong (twice), the rest right. The order is random per attempt, so
      // the wrong one is the first that can be wrong: short answers are self-assessed.
      if (!missedOne && q.kind !== 'short-answer') {
        missedOne = true;
        await answerQuestion(user, q, true);
        await user.click(screen.getByRole('button', { name: 'Try again' }));
        await user.click(screen.getByRole('button', { name: 'Check' }));
      } else {
        await answerQuestion(user, q);
      }
      const next = screen.queryByRole('button', { name: 'Next question' });
      await user.click(next ?? screen.getByRole('button', { name: 'See my results' }));
    }
    const results = await screen.findByRole('heading', {
      level: 1,
      name: `Results: ${quiz.title}`,
    });
    await waitFor(() => expect(results).toHaveFocus());
    const first = shownPercent(((quiz.questions.length - 1) / quiz.questions.length) * 100);
    // The score is announced (a live region), not only shown, as a whole number.
    const score = screen.getByRole('status', { name: 'Your score' });
    expect(score).toHaveTextContent(`${first}% on your first attempt`);
    expect(screen.getByText(new RegExp(`The pass mark is ${quiz.passMark}%`))).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Review every question' })).toBeInTheDocument();
    // Reviewed in the order asked (the attempt shuffles the questions).
    expect([...document.querySelectorAll('.review-prompt')].map((el) => el.textContent)).toEqual(
      asked,
    );

    // Retry only the one missed: one question, the rest keep their marks.
    await user.click(screen.getByRole('button', { name: 'Retry only the 1 I missed' }));
    expect(screen.getByRole('heading', { name: 'Question 1 of 1' })).toBeInTheDocument();
    await answerQuestion(user, currentQuestion());
    await user.click(screen.getByRole('button', { name: 'See my results' }));
    // The retry is practice: the first attempt still leads, the retry and best come second.
    await screen.findByText(/^This retry: 100%\. Best after retries: 100%\.$/);
    expect(screen.getByRole('status', { name: 'Your score' })).toHaveTextContent(
      `${first}% on your first attempt`,
    );
    // It clicks through every item of the whole Lesson 1 quiz, one simulated event at a time:
    // about 3 s on an idle 2-core machine, several times that on a busy one. Not a speed check.
  }, 30_000);

  it('keeps an attempt in progress across a reload', async () => {
    const first = renderRoute(`/lessons/${lesson.id}/quiz`);
    await first.user.click(screen.getByRole('button', { name: 'Start the quiz' }));
    const q = currentQuestion();
    await answerQuestion(first.user, q);
    first.unmount();

    // A reload: the store is rebuilt from what was saved in localStorage (after being
    // emptied in memory, which must not touch what is saved).
    const saved = localStorage.getItem('infowar-casestudy:mek-resistance-units:state');
    useAppStore.setState(initialState());
    localStorage.setItem('infowar-casestudy:mek-resistance-units:state', saved ?? '');
    await act(() => useAppStore.persist.rehydrate());
    const second = renderRoute(`/lessons/${lesson.id}/quiz`);
    await waitFor(() =>
      expect(screen.getByRole('heading', { name: /^Question 1 of/ })).toBeInTheDocument(),
    );
    expect(currentQuestion().id).toBe(q.id);
    expect(screen.getByText('Why')).toBeInTheDocument();
    second.unmount();
  });
});
