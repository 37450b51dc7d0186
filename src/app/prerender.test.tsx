// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { renderStartPage } from './prerender';
import { content } from '../content';

describe('the pre-rendered start page', () => {
  it('renders in Node, with the start page heading, the menu and no storage warning', () => {
    const html = renderStartPage();
    expect(html).toContain(`<h1 tabindex="-1" class="page-title">${content.home.title}</h1>`);
    expect(html).toContain('Start with Lesson 1');
    expect(html).toContain('aria-label="Main"');
    expect(html).toContain('Lesson 1');
    expect(html).not.toContain('not letting the module save');
  });
});
