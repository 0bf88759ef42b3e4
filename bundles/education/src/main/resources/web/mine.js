// 我的学时: a member's own study hours of the year against their requirement, their study points and rank, each credit, the
// training certificate as PDF, the online courses with their exams, and the self-study report (their secretary approves it).
// Usable at phone width: one column, no wide table.
import { h, field, load, yearPicker, submitForm, download } from '/assets/kit.js';
import { API, SETS, can, labelsOrNotify } from './module.js';
import { myCourses } from './mycourses.js';

export async function renderMine(container, ctx) {
  const t = ctx.t;
  if (!can(ctx, 'own')) {
    container.append(h('p', { class: 'muted', text: t({ zhCN: '本页面供党员查看本人学时。', en: 'This page shows a member their own hours.' }) }));
    return;
  }
  const L = await labelsOrNotify(ctx);
  if (!L) return;
  const body = h('div', { 'aria-live': 'polite' });
  // opens on this year, the one the member studies in (members may not read core's years with data)
  const year = await yearPicker(ctx, { id: 'edu-mine-year', years: [new Date().getFullYear()], onChange: () => draw() });
  const draw = () => load(body, ctx, async () => {
    const [m, p] = await Promise.all([ctx.api(`${API}/my/hours?year=${year.value()}`),
      ctx.api(`${API}/my/points?year=${year.value()}`)]);
    return [
      h('p', { class: 'panel', id: 'edu-mine-summary', text: m.met
        ? t({ zhCN: `${m.year} 年已获 ${m.hours} 学时，已达到 ${m.requirement} 学时的要求。`, en: `${m.hours} hours in ${m.year}: the requirement of ${m.requirement} is met.` })
        : t({ zhCN: `${m.year} 年已获 ${m.hours} 学时，距 ${m.requirement} 学时的要求还差 ${m.shortfall} 学时。`,
          en: `${m.hours} hours in ${m.year}: ${m.shortfall} short of the requirement of ${m.requirement}.` }) }),
      h('p', { class: 'panel', id: 'edu-mine-points', text: p.rankInUnit
        ? t({ zhCN: `学习积分 ${p.points} 分，在本组织 ${p.rankedInUnit} 名有积分的党员中排第 ${p.rankInUnit} 名。`,
          en: `${p.points} study points: rank ${p.rankInUnit} of ${p.rankedInUnit} members with points in your organization.` })
        : t({ zhCN: '本年度还没有学习积分。', en: 'No study points this year yet.' }) }),
      h('ul', { class: 'result-list', id: 'edu-mine-credits' }, ...m.credits.map((c) => h('li', {},
        h('span', { text: `${c.studiedOn} · ${c.title} · ${c.hours} ${t({ zhCN: '学时', en: 'h' })} · ${L.label(SETS.source, c.source)} · ${L.label(SETS.credit, c.status)}` })))),
    ];
  });
  const title = h('input', { id: 'edu-mine-title', name: 'title', required: true, maxlength: '200' });
  const day = h('input', { id: 'edu-mine-day', name: 'studiedOn', type: 'date', required: true });
  const hours = h('input', { id: 'edu-mine-hours', name: 'hours', type: 'number', min: '0.5', max: '8', step: '0.5', value: '1' });
  const form = h('form', { class: 'stacked-form panel', id: 'edu-mine-form' },
    h('h2', { text: t({ zhCN: '报告自学', en: 'Report self-study' }) }), field(t({ zhCN: '学习内容', en: 'What' }), title),
    field(t({ zhCN: '日期', en: 'Date' }), day), field(t({ zhCN: '学时', en: 'Hours' }), hours),
    h('div', { class: 'form-buttons' }, h('button', { type: 'submit', class: 'primary', text: t({ zhCN: '提交', en: 'Submit' }) })));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const saved = await submitForm(ctx, form, () => ctx.api(`${API}/my/self-study`, { method: 'POST', body: { title: title.value,
      studiedOn: day.value || null, hours: hours.value ? Number(hours.value) : null } }));
    if (saved) {
      ctx.notify(t({ zhCN: '已提交，待支部书记认定。', en: 'Submitted; your secretary approves it.' }), 'success');
      form.reset();
      await draw();
    }
  });
  // checking in with the session's code (shown to the organizer), at phone width
  const code = h('input', { id: 'edu-checkin-code', name: 'code', inputmode: 'numeric', maxlength: '6', autocomplete: 'off' });
  const checkIn = h('form', { class: 'stacked-form panel', id: 'edu-checkin-form' },
    h('h2', { text: t({ zhCN: '培训签到', en: 'Check in to a session' }) }), field(t({ zhCN: '签到码', en: 'Code' }), code),
    h('div', { class: 'form-buttons' }, h('button', { type: 'submit', class: 'primary', text: t({ zhCN: '签到', en: 'Check in' }) })));
  checkIn.addEventListener('submit', async (event) => {
    event.preventDefault();
    const done = await submitForm(ctx, checkIn, () => ctx.api(`${API}/my/check-in`, { method: 'POST', body: { code: code.value.trim() } }));
    if (done) {
      ctx.notify(t({ zhCN: `已签到：${done.title}`, en: `Checked in: ${done.title}` }), 'success');
      checkIn.reset();
    }
  });
  // the training certificate of the year as PDF (the server writes it with the Chinese font)
  const certificate = h('button', { type: 'button', id: 'edu-mine-certificate', text: t({ zhCN: '打印学习培训证明（PDF）', en: 'Print the certificate (PDF)' }),
    onClick: () => download(ctx, `${API}/my/certificate?year=${year.value()}&format=pdf`, `certificate-${year.value()}.pdf`)
      .catch((e) => ctx.notify(e.message)) });
  const courses = myCourses(ctx, () => draw());
  container.append(checkIn, h('div', { class: 'kit-toolbar' }, year.element, certificate), body, courses.element, form);
  await Promise.all([draw(), courses.draw()]);
}
