import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { paths, MODULE_TITLE } from '../config/paths';
import { lessons } from '../content';
import { SettingsMenu } from '../components/settings-menu';
import { LearnerChip } from '../components/learner-chip';
import { Notices } from '../components/notices';
import { useAppStore } from '../stores/app-store';
import { useNoticeStore } from '../stores/notice-store';
import { setLastVisited } from '../model/progress';

/**
 * Moves focus to the new page's heading after in-app navigation (not on first load). A layout
 * effect, so that it runs before every page's own (passive) effects: a page that was asked to
 * show a target (a sentence, a source, a term: useScrollTarget) then moves focus there, and wins.
 */
function useFocusHeadingOnNavigate() {
  const { pathname } = useLocation();
  const first = useRef(true);
  useLayoutEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    document.querySelector<HTMLElement>('#main h1')?.focus();
  }, [pathname]);
}

/** Remembers the last lesson, quiz or article page, for "Continue where you left off". */
function useRememberPlace() {
  const { pathname } = useLocation();
  const update = useAppStore((s) => s.updateLearner);
  useEffect(() => {
    if (!/^\/(lessons\/[a-z0-9-]+(\/quiz)?|case-study)$/.test(pathname)) return;
    // The page has set document.title in its own effect, which runs before this one.
    const label = document.title.split(' · ')[0] ?? pathname;
    update((l, now) => setLastVisited(l, pathname, label, now));
  }, [pathname, update]);
}

export function RootLayout() {
  useFocusHeadingOnNavigate();
  useRememberPlace();
  const { pathname } = useLocation();
  const teacherMode = useAppStore((s) => s.settings.teacherMode);
  const lms = useNoticeStore((s) => s.lms);
  // The menu (narrow screens) is open for one page: navigating closes it.
  const [menuOpenAt, setMenuOpenAt] = useState<string | null>(null);
  const menuOpen = menuOpenAt === pathname;

  const navItems: NavItem[] = [
    { to: paths.home, label: 'Home', end: true },
    { to: paths.caseStudy, label: 'Case study' },
    ...lessons.map((l) => ({
      to: paths.lesson(l.id),
      label: l.label,
      ...(l.title !== l.label ? { title: l.title } : {}),
    })),
    { to: paths.progress, label: 'Progress' },
    { to: paths.sources, label: 'Sources' },
    { to: paths.glossary, label: 'Glossary' },
    { to: paths.teacher, label: 'Teacher' },
  ];

  return (
    <div className="app">
      <a className="skip-link" href="#main" onClick={skipToMain}>
        Skip to main content
      </a>
      <header className="site-header">
        <Link to={paths.home} className="brand">
          {MODULE_TITLE}
        </Link>
        <LearnerChip />
        <div className="header-tools">
          {teacherMode ? (
            <Link to={paths.teacher} className="mode-badge">
              Teacher mode on
            </Link>
          ) : null}
          <button
            type="button"
            className="button menu-button"
            aria-expanded={menuOpen}
            aria-controls="site-nav"
            onClick={() => setMenuOpenAt(menuOpen ? null : pathname)}
          >
            Menu
          </button>
          <SettingsMenu />
        </div>
      </header>
      <div className="app-body">
        <nav id="site-nav" aria-label="Main" className="site-nav" data-open={menuOpen}>
          <ul>
            {navItems.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end={item.end ?? false}>
                  <span className="nav-label">{item.label}</span>
                  {item.title ? <span className="nav-sub">{item.title}</span> : null}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <main id="main" tabIndex={-1}>
          <Notices />
          <Outlet />
        </main>
      </div>
      <footer className="site-footer">
        <p>
          {lms
            ? 'Progress is kept in this browser and sent to your LMS, which keeps your status, score and answers.'
            : 'Works offline. Progress is kept in this browser on this device only; nothing is sent anywhere.'}
        </p>
      </footer>
    </div>
  );
}

interface NavItem {
  to: string;
  label: string;
  title?: string;
  end?: boolean;
}

/** With a hash router, href="#main" would be read as a route; move focus by hand instead. */
function skipToMain(event: React.MouseEvent) {
  event.preventDefault();
  const main = document.getElementById('main');
  main?.focus();
  main?.scrollIntoView();
}
