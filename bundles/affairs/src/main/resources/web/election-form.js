// 换届选举 form: organization, day, method, attendance, seats, and one line per candidate (the member, the votes and,
// for the elected, the post of the division of work). The server decides who is elected (more than half of those
// present, most votes first) and whether the election is valid (more than four fifths present).
import { h, field, select, unitPicker, memberPicker, submitForm } from '/assets/kit.js';
import { API, SETS } from './module.js';

export function electionForm(ctx, L, done) {
  const t = ctx.t;
  const org = unitPicker(ctx, { id: 'aff-el-org', name: 'organizationId', caption: t({ zhCN: '党组织', en: 'Organization' }) });
  const heldOn = h('input', { id: 'aff-el-day', name: 'heldOn', type: 'date', required: true });
  const method = select(L.options(SETS.method), { id: 'aff-el-method', name: 'method' });
  const entitled = h('input', { id: 'aff-el-entitled', name: 'entitled', type: 'number', min: '1' });
  const present = h('input', { id: 'aff-el-present', name: 'present', type: 'number', min: '1', required: true });
  const seats = h('input', { id: 'aff-el-seats', name: 'seats', type: 'number', min: '1', max: '15', value: '3', required: true });
  const lines = [];
  const list = h('div', { class: 'aff-el-candidates', id: 'aff-el-candidates' });
  const addLine = () => {
    const i = lines.length;
    const member = memberPicker(ctx, { id: `aff-el-cand-${i}`, name: `candidates[${i}].memberId`,
      caption: t({ zhCN: `候选人 ${i + 1}`, en: `Candidate ${i + 1}` }) });
    const votes = h('input', { id: `aff-el-votes-${i}`, name: `candidates[${i}].votes`, type: 'number', min: '0' });
    const post = select([['', t({ zhCN: '（未当选，或当选为委员）', en: '(not elected, or committee member)' })], ...L.options(SETS.post)],
      { id: `aff-el-post-${i}`, name: `post-${i}` });
    lines.push({ member, votes, post });
    list.append(h('fieldset', { class: 'panel' }, member.element, field(t({ zhCN: '得票数', en: 'Votes' }), votes),
      field(t({ zhCN: '当选后分工', en: 'Post when elected' }), post)));
  };
  for (let i = 0; i < 4; i++) addLine();
  const more = h('button', { type: 'button', id: 'aff-el-more', text: t({ zhCN: '添加候选人', en: 'Add a candidate' }), onClick: addLine });
  const form = h('form', { class: 'stacked-form panel', id: 'aff-el-form' },
    h('h2', { text: t({ zhCN: '登记换届选举', en: 'Record an election' }) }),
    org.element, field(t({ zhCN: '选举日期', en: 'Held on' }), heldOn), field(t({ zhCN: '选举方式', en: 'Method' }), method),
    field(t({ zhCN: '应到会人数（党员代表大会填写；党员大会按正式党员计算）', en: 'Entitled to vote (a congress only; a general meeting counts the full members)' }), entitled),
    field(t({ zhCN: '实到会人数', en: 'Present' }), present), field(t({ zhCN: '应选名额', en: 'Seats' }), seats),
    list, more,
    h('div', { class: 'form-buttons' }, h('button', { type: 'submit', class: 'primary', text: t({ zhCN: '保存', en: 'Save' }) })));
  const whole = (input) => (input.value === '' ? null : Number(input.value));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const used = lines.filter((l) => l.member.value().length);
    const saved = await submitForm(ctx, form, () => ctx.api(`${API}/elections`, { method: 'POST', body: {
      organizationId: org.value()[0] || null, heldOn: heldOn.value || null, method: method.value, entitled: whole(entitled),
      present: whole(present), seats: whole(seats),
      candidates: used.map((l) => ({ memberId: l.member.value()[0], votes: whole(l.votes) })),
      posts: used.filter((l) => l.post.value).map((l) => ({ memberId: l.member.value()[0], post: l.post.value })) } }));
    if (saved) {
      ctx.notify(saved.valid
        ? t({ zhCN: '选举已登记，新一届任期开始。', en: 'Election recorded; the new term has started.' })
        : t({ zhCN: '到会人数不足五分之四，选举无效，已如实登记。', en: 'Fewer than four fifths were present: recorded as invalid.' }),
      saved.valid ? 'success' : 'info');
      await done();
    }
  });
  return form;
}
