import { useAppStore } from '../stores/app-store';
import { TEXT_SCALE, type Settings } from '../model/settings';

/** Keeps <html> in step with the settings and, for the "device" theme, with the OS. */
export function watchSettings() {
  const media = window.matchMedia('(prefers-color-scheme: dark)');
  const apply = () => applySettings(useAppStore.getState().settings, media.matches);
  apply();
  useAppStore.subscribe(apply);
  media.addEventListener('change', apply);
}

/**
 * Reflects settings on <html>: data-theme (always resolved to light or dark, so the
 * stylesheet needs only one dark block) drives the colour tokens; font-size the scale.
 */
function applySettings(
  settings: Settings,
  systemPrefersDark: boolean,
  root: HTMLElement = document.documentElement,
) {
  const dark = settings.theme === 'dark' || (settings.theme === 'system' && systemPrefersDark);
  root.dataset.theme = dark ? 'dark' : 'light';
  root.style.fontSize = `${TEXT_SCALE[settings.textSize] * 100}%`;
}
