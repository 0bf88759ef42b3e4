// 发展对象学员: development candidates attending a session beside its members, taken from membership's trainee
// directory by their development file; a held session's hours prove their concentrated training (集中培训) for the
// TRAINING step. Every session lists them; while it is planned or held, and only when a directory is installed, a
// picker offers the candidates of the organizing unit's subtree not on the list yet.
import { h, field, select, formDialog } from '/assets/kit.js';
import { API } from './module.js';

const OPEN = ['PLANNED', 'HELD'];

/** The session's trainees with a remove button each and the picker; resolves with the trainee added, if any. */
export async function traineesDialog(ctx, session) {
  const t = ctx.t;
  let list;
  try {
    list = await ctx.api(`${API}/sessions/${session.id}/trainees`);
  } catch (e) {
    ctx.notify(e.message);
    return null;
  }
  const open = OPEN.includes(session.status);
  let items = list.items;
  const rows = h('tbody', {});
  const remove = async (trainee) => {
    try {
      await ctx.api(`${API}/sessions/${session.id}/trainees/${trainee.fileId}`, { method: 'DELETE' });
      items = items.filter((x) => x.fileId !== trainee.fileId);
      draw();
    } catch (e) {
      ctx.notify(e.message);
    }
  };
  const row = (x) => h('tr', { dataset: { file: x.fileId } }, h('th', { scope: 'row', text: x.name }),
    h('td', { text: x.unitName || '' }), h('td', { class: 'num', text: String(x.hours) }),
    h('td', {}, open ? h('button', { type: 'button', class: 'link-button', dataset: { action: 'remove' },
      text: t({ zhCN: '移除', en: 'Remove' }), onClick: () => remove(x) }) : ''));
  const draw = () => rows.replaceChildren(...(items.length ? items.map(row)
    : [h('tr', {}, h('td', { colspan: '4', text: t({ zhCN: '还没有发展对象学员。', en: 'No candidates attend yet.' }) }))]));
  draw();
  const table = h('table', { class: 'data-table', id: 'edu-trainee-table' },
    h('caption', { text: t({ zhCN: '发展对象学员（参加集中培训，学时计入发展党员的集中培训步骤）',
      en: 'Candidates attending (their hours prove the training step of the development pipeline)' }) }),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col', text: t({ zhCN: '姓名', en: 'Name' }) }),
      h('th', { scope: 'col', text: t({ zhCN: '所在组织', en: 'Unit' }) }),
      h('th', { scope: 'col', text: t({ zhCN: '学时', en: 'Hours' }) }), h('th', { scope: 'col', text: '' }))), rows);
  const fields = [h('div', { class: 'table-scroll' }, table)];
  const title = { zhCN: `发展对象学员：${session.title}`, en: `Candidates: ${session.title}` };
  if (!open || !list.directory) {
    return formDialog(ctx, { id: 'edu-trainee-dialog', title, submitText: { zhCN: '关闭', en: 'Close' }, fields, submit: async () => null });
  }
  const q = h('input', { id: 'edu-trainee-q', type: 'search', maxlength: '100' });
  const pick = select([], { id: 'edu-trainee-pick', name: 'fileId' });
  const load = async () => {
    const found = await ctx.api(`${API}/sessions/${session.id}/trainee-candidates?q=${encodeURIComponent(q.value)}`).catch(() => []);
    pick.replaceChildren(...found.map((c) => h('option', { value: String(c.fileId), text: c.name })));
  };
  q.addEventListener('change', load);
  await load();
  fields.push(field(t({ zhCN: '查找发展对象（姓名）', en: 'Find a candidate (name)' }), q),
    field(t({ zhCN: '发展对象', en: 'Candidate' }), pick));
  return formDialog(ctx, { id: 'edu-trainee-dialog', title, submitText: { zhCN: '添加学员', en: 'Add as trainee' }, fields,
    submit: () => ctx.api(`${API}/sessions/${session.id}/trainees`, { method: 'POST',
      body: { fileId: pick.value ? Number(pick.value) : null } }) });
}
