// What the role-model pages share besides the console kit (/assets/kit.js): the API root, the label sets the module
// declares (served by GET /api/core/labels), which roles the descriptor grants (the server checks again).
import { h, field, labels, rowErrorTable } from '/assets/kit.js';

export const API = '/api/rolemodel';

export const SETS = {
  subject: 'rolemodel.SubjectKind',
  field: 'rolemodel.ModelField',
  stage: 'rolemodel.Stage',
  action: 'rolemodel.StageAction',
  tier: 'rolemodel.Tier',
  recommendation: 'rolemodel.RecommendationStatus',
  decision: 'rolemodel.Decision',
  contact: 'rolemodel.ContactKind',
  channel: 'rolemodel.Channel',
  campaign: 'rolemodel.Campaign',
  awardKind: 'rolemodel.AwardKind',
  awardCategory: 'rolemodel.AwardCategory',
  nominationStatus: 'rolemodel.NominationStatus',
  nominationAction: 'rolemodel.NominationAction',
};

/** The module's labels: L.label(SETS.stage, 'LEARNING') → 学习. */
export function moduleLabels(ctx) {
  return labels(ctx, ...Object.values(SETS));
}

// the descriptor's grants: rolemodel.write, rolemodel.recommend, rolemodel.contacts, rolemodel.awards
const GRANTS = {
  write: ['DISTRICT_ADMIN', 'UNIT_ADMIN', 'SECRETARY'],
  recommend: ['DISTRICT_ADMIN', 'UNIT_ADMIN', 'SECRETARY'],
  contacts: ['DISTRICT_ADMIN'],
  awards: ['DISTRICT_ADMIN', 'UNIT_ADMIN'],
};

export function can(ctx, what) {
  return (ctx.roles || []).some((r) => GRANTS[what].includes(r));
}

/** Today as 2024-03-05. */
export function today() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Both languages of a code's label ({zhCN, en}), for titles that the kit translates itself. */
export function texts(L, set, code) {
  return (L.sets[set] && L.sets[set][code]) || { zhCN: String(code), en: String(code) };
}

/**
 * A sheet import panel: the columns to fill, a file chooser and the import button; a refused sheet (nothing stored)
 * shows every refused row, column and reason as a table. path: the import endpoint; done() after an import.
 */
export function importPanel(ctx, { id, path, unit, columns, title, done }) {
  const t = ctx.t;
  const file = h('input', { type: 'file', id: `${id}-file`, accept: '.xlsx,.csv' });
  const outcome = h('div', { id: `${id}-outcome`, 'aria-live': 'polite' });
  const button = h('button', { type: 'button', id: `${id}-button`, text: t({ zhCN: '导入', en: 'Import' }), onClick: async () => {
    const chosen = file.files[0];
    if (!chosen) return;
    const format = chosen.name.toLowerCase().endsWith('.csv') ? 'CSV' : 'XLSX';
    outcome.replaceChildren();
    try {
      const result = await ctx.api(`${API}/${path}?unit=${unit}&format=${format}`, { method: 'POST', body: chosen,
        headers: { 'Content-Type': 'application/octet-stream' } });
      ctx.notify(t({ zhCN: `已导入 ${result.rows} 行。`, en: `${result.rows} rows imported.` }), 'success');
      done();
    } catch (e) {
      if (e.rowErrors && e.rowErrors.length) {
        outcome.replaceChildren(h('p', { class: 'form-error', text: t({ zhCN: '表格未导入，请按下表修改后重新导入：',
          en: 'The sheet was not imported; correct these rows and import it again:' }) }), rowErrorTable(ctx, e.rowErrors, `${id}-errors`));
      } else {
        ctx.notify(e.message);
      }
    }
  } });
  return h('details', { class: 'panel', id }, h('summary', { text: t(title) }),
    h('p', { class: 'muted', text: t({ zhCN: `表头：${columns.join('、')}。有错误时整表不导入，并列出行号和原因。`,
      en: `Columns (as headed in Chinese): ${columns.join(', ')}. A sheet with errors is refused whole, with each row and reason.` }) }),
    h('div', { class: 'actions' }, field(t({ zhCN: '填好的表格（XLSX 或 CSV）', en: 'Filled-in sheet (XLSX or CSV)' }), file), button), outcome);
}
