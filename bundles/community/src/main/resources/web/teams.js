// 社区两委: the current posts (or the whole history) of the communities of the scope; appoint, end a term, change the
// secretary (with the reason; the predecessor's post ends with it).
import { h, field, scopeOf, table, load, formDialog, memberPicker, unitPicker, dateOnly } from '/assets/kit.js';
import { API, SETS, can, moduleLabels, today, version } from './module.js';

export async function renderTeams(container, ctx) {
  const unit = scopeOf(container, ctx);
  if (unit == null) return;
  const t = ctx.t;
  const L = await moduleLabels(ctx);
  const history = h('input', { type: 'checkbox', id: 'community-team-history' });
  const body = h('div', { 'aria-live': 'polite' });
  const draw = () => load(body, ctx, async () => {
    const posts = await ctx.api(`${API}/teams?unit=${unit}&history=${history.checked}`);
    return posts.length ? table(ctx, { id: 'community-team-table', caption: { zhCN: '社区两委', en: 'Community teams' }, rows: posts,
      rowAttrs: (p) => ({ dataset: { id: p.id } }),
      columns: [
        { title: { zhCN: '社区', en: 'Community' }, head: true, render: (p) => p.communityName },
        { title: { zhCN: '职务', en: 'Post' }, render: (p) => L.label(SETS.post, p.post) },
        { title: { zhCN: '姓名', en: 'Name' }, render: (p) => p.memberName || '' },
        { title: { zhCN: '任职起', en: 'From' }, render: (p) => dateOnly(ctx, p.termStart) },
        { title: { zhCN: '任职止', en: 'Until' }, render: (p) => (p.termEnd ? dateOnly(ctx, p.termEnd) : '') },
        { title: { zhCN: '调整原因', en: 'Reason' }, class: 'wrap', render: (p) => p.endReason || '' },
        { title: { zhCN: '操作', en: 'Actions' }, render: (p) => actions(ctx, p, draw) },
      ] }) : [];
  }, { zhCN: '还没有社区班子成员。', en: 'No team member yet.' });
  history.addEventListener('change', () => draw());
  const buttons = h('div', { class: 'actions' });
  if (can(ctx, 'manage')) {
    buttons.append(h('button', { type: 'button', class: 'primary', id: 'community-appoint', text: t({ zhCN: '任命', en: 'Appoint' }),
      onclick: () => appoint(ctx, unit, L, draw) }));
  }
  container.append(h('div', { class: 'kit-toolbar' }, h('label', { class: 'check' }, history,
    t({ zhCN: ' 含历任', en: ' Include former holders' })), buttons), body);
  await draw();
}

function actions(ctx, p, draw) {
  const t = ctx.t;
  const cell = h('div', { class: 'actions' });
  if (p.termEnd) return cell;
  if (p.post === 'SECRETARY' && can(ctx, 'decide')) {
    cell.append(h('button', { type: 'button', dataset: { action: 'change-secretary' }, text: t({ zhCN: '书记调整', en: 'Change secretary' }),
      onclick: () => changeSecretary(ctx, p, draw) }));
  } else if (p.post !== 'SECRETARY' && can(ctx, 'manage')) {
    cell.append(h('button', { type: 'button', dataset: { action: 'end' }, text: t({ zhCN: '结束任职', en: 'End term' }),
      onclick: () => endTerm(ctx, p, draw) }));
  }
  return cell;
}

async function appoint(ctx, unit, L, draw) {
  const t = ctx.t;
  const community = await unitPicker(ctx, { id: 'community-appoint-unit', name: 'communityId', caption: { zhCN: '社区', en: 'Community' }, unitType: 'COMMUNITY', unit });
  const member = memberPicker(ctx, { id: 'community-appoint-member', name: 'memberId', caption: { zhCN: '党员', en: 'Member' }, unit });
  const post = h('select', { id: 'community-appoint-post', name: 'post' }, ...L.options(SETS.post).map(([c, l]) => h('option', { value: c, text: l })));
  const start = h('input', { type: 'date', id: 'community-appoint-start', name: 'termStart', value: today() });
  const done = await formDialog(ctx, { id: 'community-appoint-dialog', title: { zhCN: '任命社区班子成员', en: 'Appoint a team member' },
    submitText: { zhCN: '任命', en: 'Appoint' },
    fields: [community.element, member.element, field(t({ zhCN: '职务', en: 'Post' }), post), field(t({ zhCN: '任职起', en: 'From' }), start)],
    submit: () => ctx.api(`${API}/teams`, { method: 'POST', body: { communityId: community.value()[0], memberId: member.value()[0],
      post: post.value, termStart: start.value } }) });
  if (done) await draw();
}

async function changeSecretary(ctx, p, draw) {
  const t = ctx.t;
  const member = memberPicker(ctx, { id: 'community-secretary-member', name: 'memberId', caption: { zhCN: '新任书记', en: 'New secretary' } });
  const on = h('input', { type: 'date', id: 'community-secretary-on', name: 'changedOn', value: today() });
  const reason = h('input', { id: 'community-secretary-reason', name: 'reason' });
  const done = await formDialog(ctx, { id: 'community-secretary-dialog', title: { zhCN: `书记调整：${p.communityName}`, en: `Change the secretary: ${p.communityName}` },
    submitText: { zhCN: '调整', en: 'Change' },
    fields: [member.element, field(t({ zhCN: '调整日期', en: 'Date' }), on), field(t({ zhCN: '调整原因', en: 'Reason' }), reason)],
    submit: () => ctx.api(`${API}/teams/communities/${p.communityId}/secretary`, { method: 'POST',
      body: { memberId: member.value()[0], changedOn: on.value, reason: reason.value } }) });
  if (done) await draw();
}

async function endTerm(ctx, p, draw) {
  const t = ctx.t;
  const on = h('input', { type: 'date', id: 'community-end-on', name: 'endedOn', value: today() });
  const reason = h('input', { id: 'community-end-reason', name: 'reason' });
  const done = await formDialog(ctx, { id: 'community-end-dialog', title: { zhCN: `结束任职：${p.memberName}`, en: `End the term: ${p.memberName}` },
    submitText: { zhCN: '结束任职', en: 'End term' },
    fields: [field(t({ zhCN: '结束日期', en: 'Date' }), on), field(t({ zhCN: '原因', en: 'Reason' }), reason)],
    submit: () => ctx.api(`${API}/teams/${p.id}/end`, { method: 'POST', body: { endedOn: on.value, reason: reason.value }, headers: version(p.version) }) });
  if (done) await draw();
}
