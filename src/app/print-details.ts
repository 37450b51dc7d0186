/**
 * Closed <details> would print closed, hiding answer reviews and lesson plans. Open them for
 * printing and close them again afterwards.
 */
export function openDetailsWhilePrinting() {
  let opened: HTMLDetailsElement[] = [];
  window.addEventListener('beforeprint', () => {
    opened = [...document.querySelectorAll('details:not([open])')].filter(
      (d): d is HTMLDetailsElement => d instanceof HTMLDetailsElement,
    );
    opened.forEach((d) => (d.open = true));
  });
  window.addEventListener('afterprint', () => {
    opened.forEach((d) => (d.open = false));
    opened = [];
  });
}
