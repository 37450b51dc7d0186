import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import published from '../../../../shared/case-study/article.txt?raw';
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
