import { isFirstVisit } from '../stores/app-store';
import { useNoticeStore } from '../stores/notice-store';

/**
 * Whether React's first render will give exactly the start page pre-rendered into index.html
 * (prerender.tsx), so that React can hydrate it (attach to it as it is) instead of drawing it
 * again: on the start page, on a first visit (the pre-render shows a new learner with default
 * settings), outside an LMS and with nothing to tell the learner. Any other time React draws
 * the page afresh. (index.html's inline script tells the start page apart the same way.)
 */
export function rendersPrerenderedPage(underLms: boolean): boolean {
  const notices = useNoticeStore.getState();
  return (
    /^#?\/?$/.test(location.hash) &&
    !underLms &&
    isFirstVisit() &&
    notices.storage === null &&
    notices.lms === null
  );
}
