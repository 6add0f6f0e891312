/**
 * UI strings for our own components, read from the same flat per-language
 * JSON files Starlight uses (src/content/i18n/<lang>.json), so each string has
 * one home and the Lao file is checked for completeness by the tests.
 */
import en from '../content/i18n/en.json';
import lo from '../content/i18n/lo.json';
import type { Lang } from '../schemas/common';

const strings: Record<Lang, Record<string, string>> = { en, lo };

export type UiKey = keyof typeof en;

/** Translate a UI key, filling {{name}} placeholders. Unknown keys throw, so a typo fails the build. */
export function t(lang: Lang, key: UiKey, vars: Record<string, string | number> = {}): string {
  const template = strings[lang][key] ?? strings.en[key];
  if (template === undefined) throw new Error(`Unknown UI string "${key}"`);
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars[name] ?? `{{${name}}}`));
}

/** A translator bound to one language. */
export function translator(lang: Lang) {
  return (key: UiKey, vars?: Record<string, string | number>) => t(lang, key, vars);
}
