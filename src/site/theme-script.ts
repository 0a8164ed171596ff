/**
 * The one script every page carries inline, before first paint (rendered by ThemeScript.astro;
 * its hash is in every page's Content-Security-Policy, see `csp.ts`):
 * - sets <html data-theme> from the stored choice ('bounce-lab:theme'), else the system's;
 * - follows the system until the reader picks a theme;
 * - makes every [data-theme-toggle] button flip and store the theme, and keeps its aria-pressed
 *   in step (storage can fail, e.g. in private mode: the choice then lasts for the page only).
 * It is written compactly on purpose: pages without islands load no other JavaScript except the
 * small deferred site script (search dialog on demand, offline support).
 */
export const THEME_SCRIPT = `(()=>{const k='bounce-lab:theme',d=document.documentElement,m=matchMedia('(prefers-color-scheme: dark)'),
g=()=>{try{return localStorage.getItem(k)}catch{}},
a=t=>{d.dataset.theme=t;for(const b of document.querySelectorAll('[data-theme-toggle]'))b.setAttribute('aria-pressed',t=='dark')},
s=g();a(s=='light'||s=='dark'?s:m.matches?'dark':'light');m.onchange=e=>g()||a(e.matches?'dark':'light');
addEventListener('DOMContentLoaded',()=>a(d.dataset.theme));
addEventListener('click',e=>{if(!e.target.closest?.('[data-theme-toggle]'))return;const t=d.dataset.theme=='dark'?'light':'dark';a(t);try{localStorage.setItem(k,t)}catch{}})})()`;
