// Glossary terms in a report: what the platform's popover does not do by itself. A term opens
// its definition on a click, a tap or the keyboard by itself (popover); with a mouse, resting on
// the term opens it too, and it stays while the pointer is on either.
const HOVER_DELAY = 300;
const LEAVE_DELAY = 400;
let hovered: HTMLElement | null = null;
/** showPopover with its `source` (the button that opened it), not yet in TypeScript's DOM types. */
type ShowPopover = (this: HTMLElement, options?: { source?: HTMLElement }) => void;
let hoverTimer = 0;

/**
 * Anchors a definition to all of its term's words, not to the zero-width button after them:
 * below their last line, or where there is no room there, above their first, so that it never
 * covers a line of a term that wraps. Without the script the button is the anchor.
 */
function anchorToWords(definition: Element | null, opener: HTMLButtonElement) {
  // One pair at a time: the words and the definition last anchored let go.
  for (const anchored of document.querySelectorAll('label.term[style], .term-def[style]'))
    anchored.removeAttribute('style');
  const words = opener.labels?.[0];
  if (!(definition instanceof HTMLElement) || !words) return;
  words.style.setProperty('anchor-name', '--term');
  definition.style.setProperty('position-anchor', '--term');
}

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
      anchorToWords(definition, opener);
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
  // A click on a term's words comes here twice: on the words (ignored), then on their button.
  const opener = (event.target as Element).closest<HTMLButtonElement>('button.term-open');
  if (!opener) return;
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
  else anchorToWords(opener.popoverTargetElement, opener);
  hovered = null;
});
