import { type DashboardLanguage, dashboardLanguage } from '../translations/index.ts';

const STORAGE_KEY = 'heard-dashboard-language';

/** The language chosen before on this browser, else the first of the browser's languages the dashboard speaks. */
export function preferredLanguage(): DashboardLanguage {
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(STORAGE_KEY);
  } catch {
    // Storage can be disabled by policy; the browser's languages still work.
  }
  const candidates = [stored, ...navigator.languages, navigator.language];
  for (const tag of candidates) {
    const language = dashboardLanguage(tag);
    if (language) return language;
  }
  return 'en';
}

/** Remembers the chosen language on this browser. */
export function rememberLanguage(language: DashboardLanguage): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not remembered, but the switch itself still works.
  }
}
