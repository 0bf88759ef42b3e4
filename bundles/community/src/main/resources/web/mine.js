// 我的社区报到: a member's self-service, usable at phone width: register with the residential community (a volunteer
// post), move when moving house, log service hours and see whether the community confirmed them; sign in at an event
// with the code shown there, sign up for coming events, claim a micro-wish (微心愿).
import { h, field, load, formDialog, submitForm, dateOnly, number } from '/assets/kit.js';
import { API, SETS, moduleLabels, today, version } from './module.js';

export async function renderMine(container, ctx) {
  const t = ctx.t;
  const L = await moduleLabels(ctx);
  const body = h('div', { class: 'community-mine', 'aria-live': 'polite' });
  if (!ctx.account || ctx.account.memberId == null) {
    // an account that is not a member's (an administrator's) has no registration of its own: say so plainly
    container.append(h('p', { class: 'muted', id: 'community-mine-no-member',
      text: t({ zhCN: '当前账号未关联党员，无法进行社区报到。党员本人登录后可在此报到。', en: 'This account is not linked to a member, so it cannot register with a community. Members register here when signed in themselves.' }) }));
    return;
  }
  const draw = () => load(body, ctx, async () => {
    const [registrations, hours, events, wishes] = await Promise.all([ctx.api(`${API}/my/registrations`), ctx.api(`${API}/my/hours`),
      ctx.api(`${API}/my/events`), ctx.api(`${API}/my/wishes`)]);
    const active = registrations.find((r) => r.status === 'ACTIVE');
    const parts = [signInForm(ctx, draw), eventList(ctx, L, events, draw)];
    if (active) {
      parts.push(h('section', { class: 'panel', id: 'community-my-registration' },
        h('h2', { text: t({ zhCN: '我的报到社区', en: 'My community' }) }),
        h('p', { text: `${active.communityName}${active.volunteerPost ? ` · ${active.volunteerPost}` : ''}` }),
        h('p', { class: 'muted', text: `${t({ zhCN: '报到日期', en: 'Registered on' })} ${dateOnly(ctx, active.registeredOn)}` }),
        h('div', { class: 'actions' }, h('button', { type: 'button', id: 'community-my-move', text: t({ zhCN: '搬家迁移', en: 'Moved house' }),
          onclick: () => move(ctx, active, draw) }))));
      parts.push(logForm(ctx, draw));
    } else {
      parts.push(await registerForm(ctx, draw));
    }
    parts.push(h('section', { class: 'panel' }, h('h2', { text: t({ zhCN: '我的服务时长', en: 'My service hours' }) }),
      h('ul', { class: 'community-my-hours', id: 'community-my-hours' }, ...hours.map((x) => h('li', { dataset: { status: x.status } },
        h('strong', { text: `${dateOnly(ctx, x.servedOn)} · ${number(ctx, x.hours)} ${t({ zhCN: '小时', en: 'h' })}` }),
        h('span', { text: ` ${x.activity} · ${L.label(SETS.hours, x.status)}${x.rejectReason ? `（${x.rejectReason}）` : ''}` }))))));
    parts.push(wishList(ctx, L, wishes, active, draw));
    return parts;
  });
  container.append(body);
  await draw();
}

async function choices(ctx, id) {
  const list = await ctx.api(`${API}/my/communities`);
  return h('select', { id, name: 'communityId' }, ...list.map((c) => h('option', { value: c.id, text: c.streetName ? `${c.streetName} · ${c.name}` : c.name })));
}

async function registerForm(ctx, draw) {
  const t = ctx.t;
  const community = await choices(ctx, 'community-my-community');
  const post = h('input', { id: 'community-my-post', name: 'volunteerPost' });
  const form = h('form', { class: 'panel', id: 'community-my-register' }, h('h2', { text: t({ zhCN: '到居住地社区报到', en: 'Register with my community' }) }),
    field(t({ zhCN: '居住地社区', en: 'Community where I live' }), community), field(t({ zhCN: '认领志愿岗位', en: 'Volunteer post' }), post),
    h('div', { class: 'form-buttons' }, h('button', { type: 'submit', class: 'primary', text: t({ zhCN: '报到', en: 'Register' }) })));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const done = await submitForm(ctx, form, () => ctx.api(`${API}/my/registrations`, { method: 'POST',
      body: { communityId: Number(community.value), volunteerPost: post.value } }));
    if (done) await draw();
  });
  return form;
}

function logForm(ctx, draw) {
  const t = ctx.t;
  const on = h('input', { type: 'date', id: 'community-my-served', name: 'servedOn', value: today() });
  const hours = h('input', { type: 'number', id: 'community-my-hours-value', name: 'hours', step: '0.5', min: '0.5', max: '24' });
  const activity = h('input', { id: 'community-my-activity', name: 'activity' });
  const form = h('form', { class: 'panel', id: 'community-my-log' }, h('h2', { text: t({ zhCN: '登记服务时长', en: 'Log service hours' }) }),
    field(t({ zhCN: '服务日期', en: 'Date' }), on), field(t({ zhCN: '时长（小时）', en: 'Hours' }), hours),
    field(t({ zhCN: '服务内容', en: 'What I did' }), activity),
    h('div', { class: 'form-buttons' }, h('button', { type: 'submit', class: 'primary', text: t({ zhCN: '提交', en: 'Submit' }) })));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const done = await submitForm(ctx, form, () => ctx.api(`${API}/my/hours`, { method: 'POST',
      body: { servedOn: on.value, hours: hours.value === '' ? null : Number(hours.value), activity: activity.value } }));
    if (done) await draw();
  });
  return form;
}

async function move(ctx, active, draw) {
  const t = ctx.t;
  const community = await choices(ctx, 'community-move-community');
  const post = h('input', { id: 'community-move-post', name: 'volunteerPost', value: active.volunteerPost || '' });
  const done = await formDialog(ctx, { id: 'community-move-dialog', title: { zhCN: '搬家迁移报到', en: 'Move my registration' },
    submitText: { zhCN: '迁移', en: 'Move' },
    fields: [field(t({ zhCN: '新居住地社区', en: 'New community' }), community), field(t({ zhCN: '志愿岗位', en: 'Volunteer post' }), post)],
    submit: () => ctx.api(`${API}/my/registrations/${active.id}/move`, { method: 'POST',
      body: { communityId: Number(community.value), volunteerPost: post.value }, headers: version(active.version) }) });
  if (done) await draw();
}

function signInForm(ctx, draw) {
  const t = ctx.t;
  const code = h('input', { id: 'community-sign-in-code', name: 'code', autocomplete: 'off', autocapitalize: 'characters', inputmode: 'text' });
  const form = h('form', { class: 'panel', id: 'community-sign-in' }, h('h2', { text: t({ zhCN: '活动签到', en: 'Sign in at an event' }) }),
    field(t({ zhCN: '现场签到码', en: 'Code shown at the event' }), code),
    h('div', { class: 'form-buttons' }, h('button', { type: 'submit', class: 'primary', text: t({ zhCN: '签到', en: 'Sign in' }) })));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const signed = await submitForm(ctx, form, () => ctx.api(`${API}/my/sign-in`, { method: 'POST', body: { code: code.value } }));
    if (signed) {
      ctx.notify(t({ zhCN: `已在“${signed.title}”签到。`, en: `Signed in at "${signed.title}".` }), 'success');
      await draw();
    }
  });
  return form;
}

function eventList(ctx, L, events, draw) {
  const t = ctx.t;
  return h('section', { class: 'panel' }, h('h2', { text: t({ zhCN: '社区活动', en: 'Community events' }) }),
    events.length === 0 ? h('p', { class: 'muted', text: t({ zhCN: '近期没有活动。', en: 'No coming event.' }) }) : '',
    h('ul', { class: 'community-my-events', id: 'community-my-events' }, ...events.map((e) => h('li', { dataset: { id: e.id, status: e.status } },
      h('strong', { text: `${dateOnly(ctx, e.heldOn)} · ${e.title}` }),
      h('span', { text: ` ${L.label(SETS.eventKind, e.kind)} · ${e.communityName}${e.place ? ` · ${e.place}` : ''} · `
        + (e.signedIn ? t({ zhCN: '已签到', en: 'signed in' }) : e.signedUp ? t({ zhCN: '已报名', en: 'signed up' }) : L.label(SETS.eventStatus, e.status)) }),
      e.status === 'PUBLISHED' && !e.signedUp && !e.signedIn ? h('button', { type: 'button', dataset: { action: 'sign-up' }, text: t({ zhCN: '报名', en: 'Sign up' }),
        onclick: async () => { await ctx.api(`${API}/my/events/${e.id}/sign-up`, { method: 'POST', body: {} }); await draw(); } }) : ''))));
}

function wishList(ctx, L, wishes, active, draw) {
  const t = ctx.t;
  return h('section', { class: 'panel' }, h('h2', { text: t({ zhCN: '微心愿', en: 'Micro-wishes' }) }),
    wishes.length === 0 ? h('p', { class: 'muted', text: t({ zhCN: '暂无待认领的微心愿。', en: 'No wish waiting.' }) }) : '',
    h('ul', { class: 'community-my-wishes', id: 'community-my-wishes' }, ...wishes.map((w) => h('li', { dataset: { id: w.id, status: w.status } },
      h('strong', { text: w.title }), h('span', { text: ` ${w.beneficiary} · ${w.communityName} · ${L.label(SETS.wish, w.status)}` }),
      w.status === 'PUBLISHED' && active ? h('button', { type: 'button', dataset: { action: 'claim-wish' }, text: t({ zhCN: '认领', en: 'Claim' }),
        onclick: async () => { await ctx.api(`${API}/my/wishes/${w.id}/claim`, { method: 'POST', body: {}, headers: version(w.version) }); await draw(); } }) : ''))));
}
