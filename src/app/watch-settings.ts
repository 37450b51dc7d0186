import { useAppStore } from '../stores/app-store';
import { applySettings } from '../stores/settings';

/** Keeps <html> in step with the settings and, for the "device" theme, with the OS. */
export function watchSettings() {
  const media = window.matchMedia('(prefers-color-scheme: dark)');
  const apply = () => applySettings(useAppStore.getState().settings, media.matches);
  apply();
  useAppStore.subscribe(apply);
  media.addEventListener('change', apply);
}
