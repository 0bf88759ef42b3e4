// Sections that modules add to core's member and organization records (docs/ui-contributions.md, "Record sections"):
// a module's default export may carry `recordSections: {member: [...], organization: [...]}`, each
// `{id, title, render(container, ctx, record)}`. Each section gets its own panel; one that fails shows why and
// leaves the record and the other sections alone.
import { h } from './dom.js';

/** Appends the sections of the modules loaded for the scope to a record ('member' or 'organization'). */
export async function appendRecordSections(container, ctx, kind, record) {
  const uis = ctx.moduleUis ? ctx.moduleUis() : [];
  const sections = uis.flatMap(({ module, ui }) => ((ui.recordSections && ui.recordSections[kind]) || [])
    .map((section) => ({ module, section })));
  await Promise.all(sections.map(async ({ module, section }) => {
    const headingId = `record-${module.id}-${section.id}`;
    const panel = h('section', { class: 'panel record-section', id: `${headingId}-section`, 'aria-labelledby': headingId },
      h('h2', { id: headingId, text: ctx.t(section.title) }));
    container.append(panel);
    try {
      await section.render(panel, { ...ctx, module: module.id }, record);
    } catch (e) {
      panel.append(h('p', { class: 'muted', text: e.message }));
    }
  }));
}
