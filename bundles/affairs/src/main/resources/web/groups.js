// 党小组: the groups a branch divides its members into, each with a leader; a 党小组会 names its group.
import { h, field, scopeOf, load, table, unitPicker, memberPicker, submitForm } from '/assets/kit.js';
import { API, can } from './module.js';

export async function renderGroups(container, ctx) {
  const unit = scopeOf(container, ctx);
  if (unit == null) return;
  const t = ctx.t;
  const body = h('div', { 'aria-live': 'polite' });
  const draw = () => load(body, ctx, async () => {
    const rows = await ctx.api(`${API}/groups?unit=${unit}`);
    if (!rows.length) return null;
    return table(ctx, { id: 'aff-group-table', caption: { zhCN: '党小组', en: 'Party groups' }, rows, columns: [
      { title: { zhCN: '党支部', en: 'Branch' }, render: (g) => g.organizationName || '' },
      { title: { zhCN: '党小组', en: 'Group' }, head: true, render: (g) => g.name },
      { title: { zhCN: '组长', en: 'Leader' }, render: (g) => g.leaderName || '' },
      { title: { zhCN: '人数', en: 'Members' }, class: 'num', render: (g) => String(g.members.length) },
      { title: { zhCN: '成员', en: 'Members' }, class: 'wrap', render: (g) => g.members.map((m) => m.name).join(t({ zhCN: '、', en: ', ' })) },
    ] });
  }, { zhCN: '还没有党小组。', en: 'No Party groups yet.' });
  container.append(body);
  await draw();
  if (!can(ctx, 'write')) return;
  const org = unitPicker(ctx, { id: 'aff-group-org', name: 'organizationId', caption: t({ zhCN: '党支部', en: 'Branch' }) });
  const name = h('input', { id: 'aff-group-name', name: 'name', required: true, maxlength: '100', placeholder: t({ zhCN: '如：第一党小组', en: 'e.g. Group 1' }) });
  const leader = memberPicker(ctx, { id: 'aff-group-leader', name: 'leaderId', caption: t({ zhCN: '组长', en: 'Leader' }) });
  const members = memberPicker(ctx, { id: 'aff-group-members', name: 'memberIds', multiple: true, caption: t({ zhCN: '成员（含组长）', en: 'Members (the leader too)' }) });
  const form = h('form', { class: 'stacked-form panel', id: 'aff-group-form' },
    h('h2', { text: t({ zhCN: '设立党小组', en: 'Set up a Party group' }) }),
    org.element, field(t({ zhCN: '名称', en: 'Name' }), name), leader.element, members.element,
    h('div', { class: 'form-buttons' }, h('button', { type: 'submit', class: 'primary', text: t({ zhCN: '保存', en: 'Save' }) })));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const created = await submitForm(ctx, form, () => ctx.api(`${API}/groups`, { method: 'POST', body: {
      organizationId: org.value()[0] || null, name: name.value, leaderId: leader.value()[0] || null, memberIds: members.value() } }));
    if (created) {
      ctx.notify(t({ zhCN: '党小组已设立。', en: 'Party group set up.' }), 'success');
      form.reset();
      await draw();
    }
  });
  container.append(form);
}
