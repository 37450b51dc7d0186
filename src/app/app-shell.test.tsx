import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { renderRoute } from '../testing/render';
import { useAppStore } from '../stores/app-store';
import { DEFAULT_SETTINGS } from '../model/settings';
import { lessons } from '../content';

describe('app shell', () => {
  it('has a skip link, a banner, main navigation, main content and a footer', () => {
    renderRoute('/');
    expect(screen.getByRole('link', { name: 'Skip to main content' })).toBeInTheDocument();
    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
    expect(screen.getByRole('main')).toBeInTheDocument();
    expect(screen.getByRole('contentinfo')).toBeInTheDocument();
  });

  it('links every part of the module from the navigation', () => {
    renderRoute('/');
    const nav = within(screen.getByRole('navigation', { name: 'Main' }));
    for (const name of [
      /^Home/,
      /^Case study/,
      /^Lesson 1/,
      /^Lesson 2/,
      /^Lesson 3/,
      /^Final review/,
      /^Progress/,
      /^Sources/,
      /^Glossary/,
      /^Teacher/,
    ]) {
      expect(nav.getByRole('link', { name })).toBeInTheDocument();
    }
  });

  it('changes the page title and moves focus to the new heading on navigation', async () => {
    const { user } = renderRoute('/');
    const nav = within(screen.getByRole('navigation', { name: 'Main' }));
    await user.click(nav.getByRole('link', { name: /^Sources/ }));
    const heading = await screen.findByRole('heading', { level: 1, name: 'Sources' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(document.title).toMatch(/^Sources · /);
  });

  it('moves focus to the target of a cross-reference link, not to the new heading', async () => {
    const { user } = renderRoute(`/lessons/${lessons[0]!.id}`);
    const link = screen.getAllByRole('link', { name: 'vague attribution' })[0]!;
    await user.click(link);
    await screen.findByRole('heading', { level: 1, name: 'Glossary' });
    await waitFor(() => expect(document.getElementById('term-vague-attribution')).toHaveFocus());
  });

  it('shows a not-found page with a way back for an unknown address', () => {
    renderRoute('/no/such/page');
    expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the start page' })).toBeInTheDocument();
  });

  it('keeps display settings after they are changed', async () => {
    useAppStore.setState({ settings: DEFAULT_SETTINGS });
    const { user } = renderRoute('/');
    await user.click(screen.getByRole('button', { name: 'Display' }));
    await user.click(screen.getByRole('radio', { name: 'Dark' }));
    await user.click(screen.getByRole('radio', { name: 'Largest' }));
    const saved = JSON.parse(localStorage.getItem('infowar-casestudy:mek-resistance-units:state')!);
    expect(saved.state.settings).toMatchObject({ theme: 'dark', textSize: 'largest' });
    expect(saved.version).toBe(3);
  });

  it('closes the display settings with Escape and returns focus to the button', async () => {
    const { user } = renderRoute('/');
    const button = screen.getByRole('button', { name: 'Display' });
    await user.click(button);
    expect(screen.getByRole('group', { name: 'Colour theme' })).toBeVisible();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: 'Colour theme' })).not.toBeInTheDocument();
    expect(button).toHaveFocus();
  });
});
