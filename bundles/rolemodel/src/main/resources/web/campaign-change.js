// Changing a published award campaign: its submission window and its quotas (each existing quota's places, and one
// new quota). The server keeps the nominations already made valid: it refuses a window opening after the first of
// them and a quota below the nominations it already holds, beside the field concerned; If-Match guards the change.
import { h, field, select, formDialog, unitPicker, ifMatch, download } from '/assets/kit.js';
import { API, SETS } from './module.js';

/** The campaign's action buttons: export the nominations (everyone who reads it), change it (organizers). */
export function campaignActions(ctx, L, c, { mayChange, changed }) {
  const t = ctx.t;
  const exportButton = h('button', { type: 'button', id: 'rm-cp-export', text: t({ zhCN: '导出推荐名单（XLSX）', en: 'Export the nominations (XLSX)' }),
    onClick: async () => {
      try {
        await download(ctx, `${API}/campaigns/${c.id}/nominations/export?format=XLSX`, `nominations-${c.id}.xlsx`);
      } catch (e) {
        ctx.notify(e.message);
      }
    } });
  const changeButton = mayChange ? h('button', { type: 'button', id: 'rm-cp-change', text: t({ zhCN: '修改报送期和名额', en: 'Change the window and quotas' }),
    onClick: async () => {
      const result = await changeDialog(ctx, L, c);
      if (result) {
        ctx.notify(t({ zhCN: '已修改。', en: 'Changed.' }), 'success');
        changed(result);
      }
    } }) : null;
  return h('div', { class: 'actions' }, exportButton, changeButton);
}

function changeDialog(ctx, L, c) {
  const t = ctx.t;
  const opens = h('input', { type: 'date', id: 'rm-cc-opens', name: 'opensOn', value: c.opensOn });
  const closes = h('input', { type: 'date', id: 'rm-cc-closes', name: 'closesOn', value: c.closesOn });
  const places = c.quotas.map((q, i) => h('input', { type: 'number', id: `rm-cc-quota-${i}`, name: `quotas[${i}].quota`, min: '1',
    value: String(q.quota) }));
  const at = c.quotas.length;
  const newUnit = unitPicker(ctx, { id: 'rm-cc-new-unit', name: `quotas[${at}].organizationId`,
    caption: t({ zhCN: '新增名额单位（可空）', en: 'New quota unit (optional)' }) });
  const newCategory = select(c.categories.map((k) => [k, L.label(SETS.awardCategory, k)]), { id: 'rm-cc-new-category', name: `quotas[${at}].category` });
  const newQuota = h('input', { type: 'number', id: 'rm-cc-new-quota', name: `quotas[${at}].quota`, min: '1' });
  const fields = [field(t({ zhCN: '报送开始', en: 'Opens on' }), opens), field(t({ zhCN: '报送截止', en: 'Closes on' }), closes),
    ...c.quotas.map((q, i) => field(`${q.organizationName || ''} · ${L.label(SETS.awardCategory, q.category)}`
      + t({ zhCN: `（已用 ${q.used}）`, en: ` (${q.used} used)` }), places[i])),
    newUnit.element, field(t({ zhCN: '新增名额类别', en: 'New quota category' }), newCategory), field(t({ zhCN: '新增名额', en: 'New quota' }), newQuota)];
  return formDialog(ctx, {
    title: { zhCN: '修改报送期和名额', en: 'Change the window and quotas' },
    id: 'rm-cc-dialog',
    fields,
    submitText: { zhCN: '保存', en: 'Save' },
    submit: () => {
      const quotas = c.quotas.map((q, i) => ({ category: q.category, organizationId: q.organizationId,
        quota: places[i].value ? Number(places[i].value) : null }));
      const u = newUnit.value();
      if (u.length) quotas.push({ category: newCategory.value, organizationId: Number(u[0]), quota: newQuota.value ? Number(newQuota.value) : null });
      return ctx.api(`${API}/campaigns/${c.id}`, { method: 'PUT', headers: ifMatch(c.version),
        body: { opensOn: opens.value || null, closesOn: closes.value || null, quotas } });
    },
  });
}
