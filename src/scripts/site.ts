// The site's only script: small enhancements; every page works without it.

const live = document.getElementById('live-region');
const canonical =
  document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ??
  location.href.split('#')[0]!;

let clearLive = 0;
/** Says a message in the live region, which shows it as a toast too, then clears it. */
function announce(message: string) {
  if (!live) return;
  live.textContent = '';
  // A fresh text node makes screen readers announce the same words twice in a row.
  requestAnimationFrame(() => (live.textContent = message));
  clearTimeout(clearLive);
  clearLive = window.setTimeout(() => (live.textContent = ''), 4000);
}

async function copyLink(fragment: string | undefined) {
  const url = `${canonical}#${fragment}`;
  try {
    await navigator.clipboard.writeText(url);
    announce('Link copied');
  } catch {
    announce(`Copy this link: ${url}`);
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

// A glossary term opens its definition on a click, a tap or the keyboard by itself (popover);
// with a mouse, resting on the term opens it too, and it stays while the pointer is on either.
const HOVER_DELAY = 300;
const LEAVE_DELAY = 400;
let hovered: HTMLElement | null = null;
/** showPopover with its `source` (the popover's anchor), not yet in TypeScript's DOM types. */
type ShowPopover = (this: HTMLElement, options?: { source?: HTMLElement }) => void;
let hoverTimer = 0;

function hideHovered() {
  if (hovered?.matches(':popover-open')) hovered.hidePopover();
  hovered = null;
}

document.addEventListener('pointerover', (event) => {
  if (event.pointerType !== 'mouse' || !('showPopover' in HTMLElement.prototype)) return;
  const target = event.target as Element;
  const opener = target.closest<HTMLLabelElement>('label.term')?.control;
  clearTimeout(hoverTimer);
  if (opener instanceof HTMLButtonElement) {
    const definition = opener.popoverTargetElement as HTMLElement | null;
    if (!definition || definition.matches(':popover-open')) return;
    hoverTimer = window.setTimeout(() => {
      // The term's button is the definition's anchor, as when pressed: below the term's line.
      (definition.showPopover as ShowPopover).call(definition, { source: opener });
      hovered = definition;
    }, HOVER_DELAY);
  } else if (hovered && !hovered.contains(target)) {
    hoverTimer = window.setTimeout(hideHovered, LEAVE_DELAY);
  }
});

// A press on a term's words is a press outside its open definition, which closes it; then the
// button the words press would open it again. Noted here, so that the press closes it, as a
// press on a button does. A tap's click can come a while after the finger lifts, so this is
// kept until that click, the next press, or a key (whose click is the keyboard's own).
let closing: Element | null = null;
document.addEventListener(
  'pointerdown',
  (event) => {
    const opener = (event.target as Element).closest<HTMLLabelElement>('label.term')?.control;
    const definition = opener instanceof HTMLButtonElement ? opener.popoverTargetElement : null;
    closing = definition?.matches(':popover-open') && definition !== hovered ? definition : null;
  },
  true,
);
document.addEventListener('keydown', () => (closing = null), true);

document.addEventListener('click', (event) => {
  const target = event.target as Element;
  // A click on a term's words reaches here twice: on the words, then on the button they press.
  if (target.closest('label.term')) return;
  const opener = target.closest<HTMLButtonElement>('button.term-open');
  if (opener) {
    clearTimeout(hoverTimer);
    if (closing && opener.popoverTargetElement === closing) {
      closing = null;
      event.preventDefault();
      return;
    }
    // A click on a term whose definition the pointer opened keeps it open, rather than toggling.
    // A press on the words (not the button itself) has closed it already, as a press anywhere
    // outside it does, and the button's toggle opens it again before the screen is drawn.
    if (hovered?.matches(':popover-open') && opener.popoverTargetElement === hovered)
      event.preventDefault();
    hovered = null;
    return;
  }
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
