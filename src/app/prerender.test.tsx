// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { renderStartPage } from './prerender';
import { content } from '../content';

describe('the pre-rendered start page', () => {
  it('renders in Node, with the start page heading, the menu and no storage warning', () => {
    // Without the markers React leaves for hydration (between adjacent texts, around the page).
    const html = renderStartPage().replace(/<!--.*?-->/g, '');
    expect(html).toContain(`<h1 tabindex="-1" class="page-title">${content.home.title}</h1>`);
    expect(html).toContain('Start with Lesson 1');
    expect(html).toContain('aria-label="Main"');
    expect(html).toContain('Lesson 1');
    expect(html).not.toContain('not letting the module save');
  });

  it('is markup React can hydrate: texts kept apart, the page inside its own boundary', () => {
    const html = renderStartPage();
    expect(html).toContain('Start with <!-- -->Lesson 1');
    // The page's Suspense boundary (src/app/routes.tsx): hydrated after the layout.
    expect(html).toMatch(/<main id="main"[^>]*>.*<!--\$-->.*<!--\/\$--><\/main>/s);
  });
});
