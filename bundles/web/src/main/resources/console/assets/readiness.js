// The console's readiness marker: <html data-ready="true"> once the current page has rendered and no request
// of the console is in flight, "false" while a page renders or a request runs. Browser tests wait for it before
// they look at the page, instead of polling a page that may still be drawing (docs/ui-contributions.md).
let rendering = 0;
let requests = 0;

function update() {
  document.documentElement.dataset.ready = String(rendering === 0 && requests === 0);
}

/**
 * Marks the console busy until the returned function is called. The end is reported after the current task,
 * so that the code awaiting a request draws its result before the page counts as ready.
 */
export function busy() {
  rendering += 1;
  update();
  let ended = false;
  return () => {
    if (ended) return;
    ended = true;
    setTimeout(() => { rendering -= 1; update(); }, 0);
  };
}

/** Counts a request of the console as in flight until it settles. */
export function tracked(promise) {
  requests += 1;
  update();
  const settle = () => setTimeout(() => { requests -= 1; update(); }, 0);
  promise.then(settle, settle);
  return promise;
}
