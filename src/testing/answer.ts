import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import type { Question, QuestionKind, QuestionOf } from '../domain/question';
import { plainText } from '../components/plain-text';
import { articleUnits } from '../content';

interface Card {
  user: UserEvent;
  card: HTMLElement;
  byName(role: 'radio' | 'checkbox', name: string): HTMLElement;
}

/**
 * How a learner answers each kind through its widget: rightly, or (with `wrong`) with a
 * deliberately wrong answer. Returns true if the widget submits the answer itself.
 */
const answerers: {
  [K in QuestionKind]: (c: Card, question: QuestionOf<K>, wrong: boolean) => Promise<boolean>;
} = {
  'single-choice': async ({ user, byName }, question, wrong) => {
    const pick = question.options.find((o) => (o.id === question.rubric.answer) !== wrong);
    if (pick) await user.click(byName('radio', plainText(pick.text)));
    return false;
  },
  'multiple-choice': async ({ user, byName }, question, wrong) => {
    for (const o of question.options) {
      if (question.rubric.answer.includes(o.id) !== wrong)
        await user.click(byName('checkbox', plainText(o.text)));
    }
    return false;
  },
  'tag-sentences': async ({ user, byName }, question, wrong) => {
    for (const id of question.candidates) {
      if (question.rubric.answer.includes(id) !== wrong) {
        await user.click(byName('checkbox', articleUnits.get(id)?.text ?? id));
      }
    }
    return false;
  },
  categorize: async ({ user, card }, question, wrong) => {
    const groups = within(card).getAllByRole('group', { hidden: true });
    for (const item of question.items) {
      const text = item.sentence
        ? (articleUnits.get(item.sentence)?.text ?? '')
        : plainText(item.text);
      const group = groups.find((g) => g.textContent?.includes(text.slice(0, 40)));
      const right = question.rubric.answer[item.id];
      const label = question.labels.find((l) => (wrong ? l.id !== right : l.id === right));
      if (group && label)
        await user.click(within(group).getByRole('radio', { hidden: true, name: label.text }));
    }
    return false;
  },
  order: async ({ user, card }, question, wrong) => {
    const want = wrong ? [...question.rubric.answer].reverse() : question.rubric.answer;
    const textOf = (id: string) => plainText(question.items.find((i) => i.id === id)?.text ?? []);
    const current = () =>
      [...card.querySelectorAll('.order-text')].map((el) => el.textContent ?? '');
    for (let target = 0; target < want.length; target++) {
      const text = textOf(want[target] ?? '');
      while (current().indexOf(text) > target) {
        await user.click(
          within(card).getByRole('button', { hidden: true, name: `Move up: ${text}` }),
        );
      }
    }
    return false;
  },
  'short-answer': async ({ user, card, byName }, question, wrong) => {
    await user.type(within(card).getByRole('textbox'), 'x'.repeat(question.minLength + 5));
    await user.click(within(card).getByRole('button', { name: 'Compare with the rubric' }));
    await user.click(byName('radio', wrong ? 'Beginning' : 'Secure'));
    await user.click(screen.getByRole('button', { name: 'Save my self-assessment' }));
    return true;
  },
};

function answerWith<K extends QuestionKind>(
  kind: K,
): (c: Card, question: QuestionOf<K>, wrong: boolean) => Promise<boolean> {
  return answerers[kind];
}

/**
 * Answers the question on screen through the UI, the way a learner would: rightly, or (with
 * `wrong`) with a deliberately wrong answer, then presses Check.
 */
export async function answerQuestion(user: UserEvent, question: Question, wrong = false) {
  const card = screen.getByRole('group', {
    name: (name) => name.startsWith(plainText(question.prompt).slice(0, 20)),
  });
  // `hidden: true` skips getByRole's visibility check, which calls getComputedStyle on every
  // ancestor of every candidate and is most of this helper's time in jsdom; the card is on
  // screen (it was just found by role), so nothing hidden can match.
  const byName = (role: 'radio' | 'checkbox', name: string) =>
    within(card).getByRole(role, { hidden: true, name: (n) => n.includes(name.trim()) });
  const submitted = await answerWith(question.kind)({ user, card, byName }, question, wrong);
  if (!submitted) await user.click(screen.getByRole('button', { name: 'Check' }));
}
