// Which page's code index.html preloads: the welcome (a first visit to "/") or the library (everyone else). The
// build (vite.config.ts) writes both file lists into index.html as data, and this small inline script picks one
// before the entry has even downloaded, so a first visitor does not fetch and compile the library's code for a
// page that shows the welcome, and a returning one gets the library's code with the page.
// Plain TypeScript with no import.meta.env: vite.config.ts (Node) imports it too, and computes the script's CSP hash.

/** localStorage: "yes" once the welcome was left for the demo (auth/welcome.ts writes it). */
export const WELCOMED_STORAGE_KEY = 'shoebox.welcomed'

/** The id of the `<script type="application/json">` holding `{ base, welcome: [...], library: [...] }`. */
export const FIRST_SCREEN_DATA_ID = 'first-screen-preloads'

export interface FirstScreenPreloads {
  /** The app's base path, as in the build's `base` ("/" or "/sub/"). */
  base: string
  /** Files only the welcome needs (the files both pages need are plain modulepreload links). */
  welcome: string[]
  /** Files only the library needs. */
  library: string[]
}

/** The inline script, as written into index.html (the page's CSP allows it by its hash: see vite.config.ts). */
export const FIRST_SCREEN_SCRIPT = `(function () {
  var data = document.getElementById(${JSON.stringify(FIRST_SCREEN_DATA_ID)});
  if (!data) return;
  var sets = JSON.parse(data.textContent);
  var welcome = false;
  try {
    var atStart = location.pathname.replace(/\\/$/, '') === sets.base.replace(/\\/$/, '');
    welcome = atStart && localStorage.getItem(${JSON.stringify(WELCOMED_STORAGE_KEY)}) !== 'yes';
  } catch (e) {}
  (welcome ? sets.welcome : sets.library).forEach(function (href) {
    var link = document.createElement('link');
    link.rel = 'modulepreload';
    link.crossOrigin = '';
    link.href = href;
    document.head.appendChild(link);
  });
})();`
