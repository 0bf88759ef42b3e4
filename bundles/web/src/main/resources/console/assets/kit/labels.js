// Labels of the codes a user sees (statuses, categories, roles, …), from GET /api/core/labels: core's sets
// (core.UnitType, …) and every active module's (industrial.RequestStatus, …). Pages never keep their own copies.

let cache = null;

/**
 * Loads the label sets once per console load (again when a set asked for is missing, e.g. a module installed since).
 * Answers { label(set, code), options(set), sets }.
 */
export async function labels(ctx, ...required) {
  if (cache) {
    const sets = await cache.catch(() => null);
    if (!sets || required.some((set) => !sets[set])) cache = null;
  }
  if (!cache) cache = ctx.api('/api/core/labels');
  let sets;
  try {
    sets = await cache;
  } catch (e) {
    cache = null;
    throw e;
  }
  return {
    sets,
    /** The reader's label of a code; '—' for none, the code itself only when the server declares no label. */
    label(set, code) {
      if (code === null || code === undefined || code === '') return '—';
      const known = sets[set] && sets[set][code];
      return known ? ctx.t(known) : String(code);
    },
    /** [code, label] pairs in the server's order, for selects and checkbox groups. */
    options(set) {
      return Object.entries(sets[set] || {}).map(([code, text]) => [code, ctx.t(text)]);
    },
  };
}
