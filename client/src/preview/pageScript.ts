/** The page script: replaces the body on update, syncs scrolling both ways, routes link clicks. */
export const PAGE_SCRIPT = `
const vscode = acquireVsCodeApi();
const root = document.getElementById('fs-root');
let ignoreScroll = 0;
function blocks() { return Array.from(document.querySelectorAll('[data-line]')); }
function scrollToLine(line) {
  let best = null;
  for (const el of blocks()) { const l = Number(el.dataset.line); if (l <= line && (!best || l >= Number(best.dataset.line))) best = el; }
  if (best) { ignoreScroll = Date.now(); best.scrollIntoView({ block: 'start' }); }
}
window.addEventListener('message', (e) => {
  const m = e.data;
  if (m.type === 'update') { const y = window.scrollY; root.innerHTML = m.html; window.scrollTo(0, y); }
  if (m.type === 'scrollTo') scrollToLine(m.line);
});
let timer;
window.addEventListener('scroll', () => {
  if (Date.now() - ignoreScroll < 150) return;
  clearTimeout(timer);
  timer = setTimeout(() => {
    const top = blocks().find((el) => el.getBoundingClientRect().bottom > 0);
    if (top) vscode.postMessage({ type: 'revealLine', line: Number(top.dataset.line) });
  }, 60);
});
document.addEventListener('click', (e) => {
  const a = e.target.closest ? e.target.closest('a') : null;
  if (!a) return;
  const href = a.getAttribute('href') || '';
  e.preventDefault();
  if (href.startsWith('#')) {
    const target = document.getElementById(href.slice(1));
    if (target) { target.scrollIntoView({ block: 'center' }); target.classList.add('fs-active'); setTimeout(() => target.classList.remove('fs-active'), 1200); }
    return;
  }
  vscode.postMessage({ type: 'openLink', href });
});
document.addEventListener('dblclick', (e) => {
  const el = e.target.closest ? e.target.closest('[data-line]') : null;
  if (el) vscode.postMessage({ type: 'revealLine', line: Number(el.dataset.line), select: true });
});
`;
