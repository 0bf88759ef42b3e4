// Units by id in one request (GET organizations/listed), and the names of the units above one: what a page of members
// or a unit's record needs to name units, without a request per unit (the member list's first view made 44 API
// requests before, one per unit and per unit above it).

/** The ids of the units above {@code unit}, from its path, nearest the root first. */
export function idsAbove(unit) {
  return (unit.path || '').split('/').filter(Boolean).map(Number).filter((id) => id !== unit.id);
}

/**
 * Adds the units with these ids to {@code known} (a Map id → unit, or null for one the reader may not see), asking
 * only for those not in it: one request per call, however many ids.
 */
export async function addListedUnits(api, known, ids) {
  const missing = [...new Set(ids)].filter((id) => !known.has(id));
  if (!missing.length) return known;
  const query = new URLSearchParams();
  missing.forEach((id) => query.append('id', id));
  const found = await api(`organizations/listed?${query}`);
  missing.forEach((id) => known.set(id, null));
  found.forEach((unit) => known.set(unit.id, unit));
  return known;
}
