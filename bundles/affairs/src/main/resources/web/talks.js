// 谈心谈话: the talks the secretary (or a committee member) holds with every member at least once a year; the
// coverage of the scope (members with a talk this year, the first of those without) and the talks recorded.
import { h, field, scopeOf, load, yearPicker, table, unitPicker, memberPicker, dateOnly, number, percent, submitForm } from '/assets/kit.js';
import { API, can } from './module.js';

export async function renderTalks(container, ctx) {
  const unit = scopeOf(container, ctx);
  if (unit == null) return;
  const t = ctx.t;
  const year = await yearPicker(ctx, { id: 'aff-talk-year', onChange: () => draw() });
  const body = h('div', { 'aria-live': 'polite' });
  const draw = () => load(body, ctx, async () => {
    const [c, rows] = await Promise.all([ctx.api(`${API}/talks/coverage?unit=${unit}&year=${year.value()}`),
      ctx.api(`${API}/talks?unit=${unit}&year=${year.value()}`)]);
    return [
      h('ul', { class: 'kpis', id: 'aff-talk-kpis' },
        h('li', { class: 'kpi' }, h('strong', { class: 'kpi-value', text: percent(ctx, c.percent / 100) }),
          h('span', { class: 'kpi-name', text: t({ zhCN: `已谈话党员 ${c.talkedTo} / ${c.members} 名`, en: `Members talked to: ${c.talkedTo} of ${c.members}` }) })),
        h('li', { class: 'kpi' }, h('strong', { class: 'kpi-value', text: number(ctx, c.talks) }),
          h('span', { class: 'kpi-name', text: t({ zhCN: '谈话次数', en: 'Talks' }) }))),
      rows.length ? table(ctx, { id: 'aff-talk-table', caption: { zhCN: '谈心谈话记录', en: 'Talks' }, rows, columns: [
        { title: { zhCN: '日期', en: 'Day' }, render: (r) => dateOnly(ctx, r.heldOn) },
        { title: { zhCN: '党组织', en: 'Organization' }, render: (r) => r.organizationName || '' },
        { title: { zhCN: '谈话人', en: 'Talker' }, render: (r) => r.talkerName || '' },
        { title: { zhCN: '谈话对象', en: 'Member' }, head: true, render: (r) => r.memberName || '' },
        { title: { zhCN: '主题', en: 'Topic' }, class: 'wrap', render: (r) => r.topic },
      ] }) : h('p', { class: 'kit-empty', text: t({ zhCN: '本年度还没有谈心谈话记录。', en: 'No talks recorded this year.' }) }),
      c.notYet.length ? table(ctx, { id: 'aff-talk-missing', caption: { zhCN: `本年度尚未谈话的党员（${c.notYetTotal} 名）`,
        en: `Members without a talk this year (${c.notYetTotal})` }, rows: c.notYet, columns: [
        { title: { zhCN: '党员', en: 'Member' }, head: true, render: (m) => m.memberName || '' },
      ] }) : '',
    ];
  }, { zhCN: '本年度还没有数据。', en: 'No data for this year.' });
  container.append(h('div', { class: 'kit-toolbar' }, year.element), body);
  await draw();
  if (!can(ctx, 'write')) return;
  const org = unitPicker(ctx, { id: 'aff-talk-org', name: 'organizationId', caption: t({ zhCN: '党组织', en: 'Organization' }) });
  const member = memberPicker(ctx, { id: 'aff-talk-member', name: 'memberId', caption: t({ zhCN: '谈话对象', en: 'Member' }) });
  const talker = memberPicker(ctx, { id: 'aff-talk-talker', name: 'talkerId', caption: t({ zhCN: '谈话人（书记或支委）', en: 'Talker (secretary or committee member)' }) });
  const heldOn = h('input', { id: 'aff-talk-day', name: 'heldOn', type: 'date', required: true });
  const topic = h('input', { id: 'aff-talk-topic', name: 'topic', required: true, maxlength: '200' });
  const notes = h('textarea', { id: 'aff-talk-notes', name: 'notes', rows: '3', maxlength: '2000' });
  const form = h('form', { class: 'stacked-form panel', id: 'aff-talk-form' },
    h('h2', { text: t({ zhCN: '登记谈心谈话', en: 'Record a talk' }) }),
    org.element, member.element, talker.element, field(t({ zhCN: '日期', en: 'Day' }), heldOn),
    field(t({ zhCN: '主题', en: 'Topic' }), topic), field(t({ zhCN: '谈话情况', en: 'Notes' }), notes),
    h('div', { class: 'form-buttons' }, h('button', { type: 'submit', class: 'primary', text: t({ zhCN: '保存', en: 'Save' }) })));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const saved = await submitForm(ctx, form, () => ctx.api(`${API}/talks`, { method: 'POST', body: {
      organizationId: org.value()[0] || null, memberId: member.value()[0] || null, talkerId: talker.value()[0] || null,
      heldOn: heldOn.value || null, topic: topic.value, notes: notes.value } }));
    if (saved) {
      ctx.notify(t({ zhCN: '谈话已登记。', en: 'Talk recorded.' }), 'success');
      form.reset();
      await draw();
    }
  });
  container.append(form);
}
