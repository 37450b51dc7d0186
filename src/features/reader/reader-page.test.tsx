import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import published from '../../../lessons/case-study/article.txt?raw';
import { renderRoute } from '../../testing/render';

/** What a reader sees of a sentence: its text, without the sentence-number label. */
function shownText(el: Element): string {
  const copy = el.cloneNode(true);
  if (copy instanceof Element) copy.querySelectorAll('.sentence-number').forEach((n) => n.remove());
  return copy.textContent ?? '';
}

describe('case-study reader', () => {
  it('shows the article sentence for sentence as published', () => {
    renderRoute('/case-study');
    const article = screen.getByRole('article', { name: 'The case-study article' });
    const sentences = [...article.querySelectorAll('.sentence')].map(shownText);
    expect(sentences).toHaveLength(32);
    // Every sentence appears verbatim, in order, in the published text.
    let from = 0;
    for (const s of sentences) {
      const at = published.indexOf(s, from);
      expect(at, s).toBeGreaterThanOrEqual(from);
      from = at + s.length;
    }
    const paragraphs = [...article.querySelectorAll('.article-paragraph')].map((p) =>
      shownText(p).replace(/^¶\d+/, ''),
    );
    for (const p of paragraphs) expect(published).toContain(p);
  });
});

describe('expert notes on the article', () => {
  it('are off at first, and when switched on show each category in words', async () => {
    const { user } = renderRoute('/case-study');
    expect(screen.queryByRole('button', { name: /notes? on sentence/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: /Show expert notes/ }));
    const toggle = screen.getByRole('button', { name: /notes? on sentence 6:/ });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle.getAttribute('aria-label')).toMatch(/Vague attribution/);
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const panel = document.getElementById('notes-available-evidence-shows');
    expect(panel).not.toBeNull();
    expect(panel).toHaveTextContent('Vague attribution');
    expect(
      within(panel!).getAllByRole('link', { name: /Learn this in Lesson 1/ }).length,
    ).toBeGreaterThan(0);
  });

  it('can be filtered by category', async () => {
    const { user } = renderRoute('/case-study');
    await user.click(screen.getByRole('checkbox', { name: /Show expert notes/ }));
    const filters = screen.getByRole('group', { name: 'Show these kinds of note' });
    for (const box of within(filters).getAllByRole('checkbox')) {
      if (!/Authorship clue/.test(box.closest('label')?.textContent ?? '')) await user.click(box);
    }
    // Only authorship clues remain: the date line has one, sentence 6 (vague attribution) none.
    expect(screen.queryByRole('button', { name: /on sentence 6:/ })).not.toBeInTheDocument();
    expect(
      screen.getAllByRole('button', { name: /on this line: Authorship clue/ }).length,
    ).toBeGreaterThan(0);
  });
});
