import { useEffect, useId, useRef, useState } from 'react';
import { useAppStore } from '../stores/app-store';
import { THEMES, TEXT_SIZES, type Theme, type TextSize } from '../model/settings';

const THEME_LABELS: Record<Theme, string> = {
  system: 'Same as device',
  light: 'Light',
  dark: 'Dark',
};
const TEXT_SIZE_LABELS: Record<TextSize, string> = {
  normal: 'Normal',
  large: 'Large',
  larger: 'Larger',
  largest: 'Largest',
};

/**
 * Display settings: a disclosure (not a modal), closed by Escape, a click outside or Done. On
 * a phone the panel is a sheet along the bottom of the screen (components.css), so it fits
 * whatever the width and text size.
 */
export function SettingsMenu() {
  const [open, setOpen] = useState(false);
  const settings = useAppStore((s) => s.settings);
  const updateSettings = useAppStore((s) => s.updateSettings);
  const panelId = useId();
  const wrapper = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        setOpen(false);
        button.current?.focus();
      }
    };
    const onPointer = (e: PointerEvent) => {
      if (e.target instanceof Node && !wrapper.current?.contains(e.target)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  return (
    <div className="settings" ref={wrapper}>
      <button
        ref={button}
        type="button"
        className="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
      >
        Display
      </button>
      <div id={panelId} className="settings-panel" hidden={!open}>
        <fieldset>
          <legend>Colour theme</legend>
          {THEMES.map((theme) => (
            <label key={theme} className="choice">
              <input
                type="radio"
                name={`${panelId}-theme`}
                value={theme}
                checked={settings.theme === theme}
                onChange={() => updateSettings({ theme })}
              />
              {THEME_LABELS[theme]}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>Text size</legend>
          {TEXT_SIZES.map((size) => (
            <label key={size} className="choice">
              <input
                type="radio"
                name={`${panelId}-size`}
                value={size}
                checked={settings.textSize === size}
                onChange={() => updateSettings({ textSize: size })}
              />
              {TEXT_SIZE_LABELS[size]}
            </label>
          ))}
        </fieldset>
        <button type="button" className="button settings-done" onClick={close}>
          Done
        </button>
      </div>
    </div>
  );
}
