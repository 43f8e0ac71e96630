// The site's only script: small enhancements; every page works without it.

const live = document.getElementById('live-region');
const canonical =
  document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ??
  location.href.split('#')[0]!;

function announce(message: string) {
  if (!live) return;
  live.textContent = '';
  // A fresh text node makes screen readers announce the same words twice in a row.
  requestAnimationFrame(() => (live.textContent = message));
}

// Copy-link buttons stay hidden without JavaScript; the plain anchor link is there instead.
for (const button of document.querySelectorAll<HTMLButtonElement>('button.copy-link'))
  button.hidden = false;
for (const button of document.querySelectorAll<HTMLButtonElement>('button.print-button'))
  button.hidden = false;

document.addEventListener('click', async (event) => {
  const target = event.target as Element;
  const copy = target.closest<HTMLButtonElement>('button.copy-link');
  if (copy) {
    const url = `${canonical}#${copy.dataset.fragment}`;
    try {
      await navigator.clipboard.writeText(url);
      announce('Link copied');
    } catch {
      announce(`Copy this link: ${url}`);
    }
    return;
  }
  // A sentence's own link also copies its address; the browser still follows it.
  const sentence = target.closest<HTMLAnchorElement>('a.sentence-anchor');
  if (sentence) {
    const url = `${canonical}#${sentence.dataset.fragment}`;
    navigator.clipboard.writeText(url).then(
      () => announce('Link copied'),
      () => undefined,
    );
    return;
  }
  if (target.closest('button.print-button')) window.print();
});

// Esc hides a glossary preview until the pointer or focus leaves its term.
document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape') return;
  const tip = document.activeElement?.nextElementSibling;
  if (tip?.classList.contains('term-tip')) tip.setAttribute('data-dismissed', '');
});
for (const type of ['focusout', 'mouseout']) {
  document.addEventListener(type, (event) => {
    const tip = (event.target as Element).nextElementSibling;
    if (tip?.classList.contains('term-tip')) tip.removeAttribute('data-dismissed');
  });
}
