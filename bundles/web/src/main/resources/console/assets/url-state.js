// A page's state in the address (#/members?name=王&page=2): Back, Forward and reload return to the same list. A page
// reads its query when it renders and writes it when the reader searches or pages; writing adds a history entry
// without drawing the page again (the page has already drawn it), and Back fires hashchange, which draws it anew.

/** The query of the current address (#/page?…), empty when there is none. */
export function readQuery() {
  const hash = location.hash;
  const at = hash.indexOf('?');
  return new URLSearchParams(at < 0 ? '' : hash.slice(at + 1));
}

/** Puts {@code params} in the address of the current page (a new history entry when they changed). */
export function writeQuery(params) {
  const path = location.hash.replace(/^#\/?/, '').split('?')[0];
  const query = params.toString();
  const next = `#/${path}${query ? `?${query}` : ''}`;
  if (next !== location.hash) history.pushState(null, '', next);
}
