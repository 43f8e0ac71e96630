// Loaded by the pages that a moved link can land on: a long list's own page, and 404.

/**
 * A link made before the timeline or the glossary was cut into pages, or before a page of it
 * moved (/timeline/#an-event, /timeline/2022/#an-event), lands on the list's own page or on the
 * 404 page: both name the list's anchors.json, which says which page now holds the anchor.
 */
function followMovedAnchor() {
  let wanted: string;
  try {
    wanted = decodeURIComponent(location.hash.slice(1));
  } catch {
    return;
  }
  if (!wanted || document.getElementById(wanted)) return;
  const list = [...document.querySelectorAll<HTMLElement>('[data-anchor-map]')].find((el) =>
    location.pathname.startsWith(el.dataset.listPath ?? '\0'),
  );
  if (!list?.dataset.anchorMap) return;
  void fetch(list.dataset.anchorMap)
    .then((response) => response.json() as Promise<Record<string, string>>)
    .then((pages) => {
      const page = pages[wanted];
      if (page && page !== location.pathname)
        location.replace(`${page}#${encodeURIComponent(wanted)}`);
    })
    // Offline, or the map gone: the page itself leads on (the list of pages, or every page).
    .catch(() => undefined);
}
followMovedAnchor();
