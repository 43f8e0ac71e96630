// The script of every page with something to enhance; every page works without it.

const live = document.getElementById('live-region');
const canonical =
  document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ??
  location.href.split('#')[0]!;

let clearLive = 0;
/** Whether the live region offers an address to copy (see offerLink). */
let offering = false;
/** Says a message in the live region, which shows it as a toast too, then clears it. */
function announce(message: string) {
  if (!live) return;
  offering = false;
  live.textContent = '';
  // A fresh text node makes screen readers announce the same words twice in a row.
  requestAnimationFrame(() => (live.textContent = message));
  clearTimeout(clearLive);
  clearLive = window.setTimeout(() => (live.textContent = ''), 4000);
}

/**
 * Where the browser refuses to copy: the address, selected for the reader to copy, kept until
 * Esc or a click elsewhere. It breaks only after a slash or before its "#" (<wbr>, which copies
 * as nothing), not at a hyphen, which would read as part of the address or not.
 */
function offerLink(url: string) {
  if (!live) return;
  clearTimeout(clearLive);
  const address = document.createElement('span');
  url.split(/(?<=\/)(?!\/)|(?=#)/).forEach((part, i) => {
    if (i > 0) address.append(document.createElement('wbr'));
    address.append(Object.assign(document.createElement('span'), { textContent: part }));
  });
  live.replaceChildren('Copy this link: ', address);
  offering = true;
  getSelection()?.selectAllChildren(address);
}
// A click, not a press: a finger scrolling the page leaves the address where it is.
const dismissOffer = (event: Event) => {
  if (!offering || live?.contains(event.target as Node)) return;
  if (event instanceof KeyboardEvent && event.key !== 'Escape') return;
  offering = false;
  live!.textContent = '';
};
document.addEventListener('keydown', dismissOffer);
document.addEventListener('click', dismissOffer);

async function copyLink(fragment: string | undefined) {
  const url = `${canonical}#${fragment}`;
  try {
    await navigator.clipboard.writeText(url);
    announce('Link copied');
  } catch {
    offerLink(url);
  }
}

// Beside each part's anchor, a button that copies its full address; without the script, the anchor.
for (const anchor of document.querySelectorAll<HTMLAnchorElement>('.anchors > a.anchor')) {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'copy-link';
  button.dataset.fragment = decodeURIComponent(anchor.hash.slice(1));
  button.setAttribute(
    'aria-label',
    `Copy ${anchor.getAttribute('aria-label')?.replace(/^Link/, 'link')}`,
  );
  anchor.after(button);
}
for (const button of document.querySelectorAll<HTMLButtonElement>('button.print-button'))
  button.hidden = false;

document.addEventListener('click', (event) => {
  const target = event.target as Element;
  const copy = target.closest<HTMLButtonElement>('button.copy-link');
  if (copy) {
    void copyLink(copy.dataset.fragment);
    return;
  }
  // A sentence's or paragraph's own link also copies its address; the browser still follows it.
  const anchor = target.closest<HTMLAnchorElement>('a.sentence-anchor, a.paragraph-anchor');
  if (anchor) {
    void copyLink(anchor.dataset.fragment);
    return;
  }
  if (target.closest('button.print-button')) window.print();
});
