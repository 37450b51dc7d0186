import * as v from 'valibot';

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export const TEXT_SIZES = ['normal', 'large', 'larger', 'largest'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];
/** Root font scale; every size in the stylesheet is in rem, so this scales the whole page. */
export const TEXT_SCALE: Record<TextSize, number> = {
  normal: 1,
  large: 1.125,
  larger: 1.25,
  largest: 1.5,
};

export const SettingsSchema = v.object({
  theme: v.picklist(THEMES),
  textSize: v.picklist(TEXT_SIZES),
  teacherMode: v.boolean(),
});
export type Settings = v.InferOutput<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  theme: 'system',
  textSize: 'normal',
  teacherMode: false,
};

/** Same shape, but a field that fails falls back to its default instead of failing it all. */
export const LenientSettingsSchema = v.fallback(
  v.object({
    theme: v.fallback(SettingsSchema.entries.theme, DEFAULT_SETTINGS.theme),
    textSize: v.fallback(SettingsSchema.entries.textSize, DEFAULT_SETTINGS.textSize),
    teacherMode: v.fallback(SettingsSchema.entries.teacherMode, DEFAULT_SETTINGS.teacherMode),
  }),
  DEFAULT_SETTINGS,
);
