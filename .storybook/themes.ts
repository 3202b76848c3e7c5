import light from '../src/themes/light.css?inline';
import dark from '../src/themes/dark.css?inline';
import tabloid from '../src/themes/tabloid.css?inline';
import auto from '../src/themes/auto.css?inline';

const themes: Record<string, string> = { light, dark, tabloid, auto };
export const themeNames = Object.keys(themes);

/** Swaps the page's theme stylesheet: exactly one theme file is active, as on a real site. */
export function applyTheme(name: string): void {
  let style = document.getElementById('news-theme') as HTMLStyleElement | null;
  if (!style) {
    style = document.createElement('style');
    style.id = 'news-theme';
    document.head.append(style);
  }
  style.textContent = themes[name] ?? light;
  document.documentElement.dataset.newsTheme = name;
}
