import { describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import { renderRoute } from '../testing/render';

vi.mock('../features/glossary/glossary-page', () => ({
  GlossaryPage: () => {
    throw new Error('a lesson file compiled into something unexpected');
  },
}));

describe('error boundary', () => {
  it('shows a page that says what happened and offers a way back, keeping the menu', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { user } = renderRoute('/glossary');
    expect(
      screen.getByRole('heading', { level: 1, name: 'Something went wrong' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the start page' })).toHaveAttribute('href', '/');
    expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument();
    expect(
      screen.getByText('a lesson file compiled into something unexpected'),
    ).toBeInTheDocument();

    // The menu still works, and the next page shows normally.
    const menu = screen.getByRole('navigation', { name: 'Main' });
    await user.click(
      screen.getAllByRole('link', { name: 'Sources' }).find((l) => menu.contains(l))!,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Sources' })).toBeInTheDocument();
    expect(screen.queryByText('Something went wrong')).not.toBeInTheDocument();
  });
});
