// Loads the pages that modules contribute: for each module that is ACTIVE, enabled for the scope unit and has a
// UI entry, imports its ES module (ui.script, conventionally /ui/<id>/index.js). A UI that fails to load is
// reported, never fatal: the rest of the console keeps working.

export async function loadModuleUis(api, scope) {
  const result = { registry: null, registryError: null, uis: [], uiFailures: [] };
  try {
    result.registry = await api('/api/core/modules');
  } catch (e) {
    result.registryError = e;
    return result;
  }
  let enabled = new Set();
  if (scope) {
    try {
      const answer = await api(`/api/core/modules/enabled?unit=${encodeURIComponent(scope.id)}`);
      enabled = new Set((answer || []).map((m) => (typeof m === 'string' ? m : m.id || m.module)));
    } catch (e) {
      result.registryError = e;
    }
  }
  const candidates = result.registry
    .filter((m) => m.state === 'ACTIVE' && m.ui && m.ui.script && enabled.has(m.id))
    .sort((a, b) => (a.ui.order || 0) - (b.ui.order || 0));
  const loaded = await Promise.all(candidates.map(async (module) => {
    try {
      // the version in the URL makes a reinstalled, newer module load fresh code
      const imported = await import(`${module.ui.script}?v=${encodeURIComponent(module.version || '')}`);
      const ui = imported.default;
      if (!ui || !Array.isArray(ui.pages)) throw new Error('the script has no default export with pages');
      for (const page of ui.pages) {
        if (typeof page.render !== 'function' || typeof page.path !== 'string') {
          throw new Error(`page ${page.path} has no path or render function`);
        }
      }
      return { module, ui };
    } catch (error) {
      return { module, error };
    }
  }));
  for (const entry of loaded) {
    if (entry.error) result.uiFailures.push(entry);
    else result.uis.push(entry);
  }
  return result;
}
