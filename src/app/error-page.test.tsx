import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { RootLayout } from './root-layout';
import { ErrorPage } from './error-page';

function Broken(): never {
  throw new Error('a lesson file compiled into something unexpected');
}

describe('error boundary', () => {
  it('shows a page that says what happened and offers a way back, keeping the menu', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const router = createMemoryRouter(
      [
        {
          Component: RootLayout,
          children: [
            { ErrorBoundary: ErrorPage, children: [{ path: 'broken', Component: Broken }] },
          ],
        },
      ],
      { initialEntries: ['/broken'] },
    );
    render(<RouterProvider router={router} />);
    expect(
      screen.getByRole('heading', { level: 1, name: 'Something went wrong' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the start page' })).toHaveAttribute('href', '/');
    expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument();
    expect(
      screen.getByText('a lesson file compiled into something unexpected'),
    ).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
  });
});
