// 活动报名签到: a member on the phone (one narrow column): types the event's code (or opens the link with ?code=),
// sees the event, signs up before it starts and signs in on the day; after the event the code opens nothing more.
import { h, field, load, submitForm, dateTime, number } from '/assets/kit.js';
import { API, SETS, moduleLabels } from './module.js';

export async function renderSignIn(container, ctx) {
  const t = ctx.t;
  const L = await moduleLabels(ctx);
  if (!ctx.account || ctx.account.memberId == null) {
    container.append(h('p', { class: 'muted', id: 'position-signin-no-member',
      text: t({ zhCN: '当前账号未关联党员，不能报名或签到。党员本人登录后可在此报名、签到。', en: 'This account is not linked to a member, so it cannot sign up or sign in. Members do so here when signed in themselves.' }) }));
    return;
  }
  const code = h('input', { name: 'code', id: 'position-signin-code', autocomplete: 'off', maxlength: '12', inputmode: 'text',
    autocapitalize: 'characters', placeholder: t({ zhCN: '如：K7M2Q9TX', en: 'e.g. K7M2Q9TX' }) });
  const given = new URLSearchParams((window.location.hash.split('?')[1]) || '').get('code');
  if (given) code.value = given;
  const card = h('div', { id: 'position-signin-event', 'aria-live': 'polite' });
  const mine = h('div', { 'aria-live': 'polite' });
  const form = h('form', { class: 'panel stacked-form', id: 'position-signin-form' },
    h('h2', { text: t({ zhCN: '输入活动签到码', en: 'Enter the event code' }) }), field(t({ zhCN: '签到码', en: 'Code' }), code),
    h('div', { class: 'form-buttons' }, h('button', { type: 'submit', class: 'primary', text: t({ zhCN: '查看活动', en: 'Show the event' }) })));
  const drawMine = () => load(mine, ctx, async () => {
    const events = await ctx.api(`${API}/my/events`);
    return h('section', { class: 'panel' }, h('h2', { text: t({ zhCN: '我的活动', en: 'My events' }) }),
      events.length ? h('ul', { class: 'result-list', id: 'position-my-events' }, ...events.map((e) => h('li', { dataset: { code: e.code } },
        h('strong', { text: e.title }), h('span', { text: ` ${e.startsAt.slice(0, 16).replace('T', ' ')} · ${status(ctx, L, e)}` }))))
        : h('p', { class: 'muted', text: t({ zhCN: '还没有报名或签到的活动。', en: 'No event signed up or in yet.' }) }));
  });
  const show = (event) => {
    const act = (path, label, id) => h('button', { type: 'button', class: 'primary', id, text: t(label), onClick: async (click) => {
      const button = click.currentTarget;
      button.disabled = true;
      try {
        show(await ctx.api(`${API}/my/events/${encodeURIComponent(event.code)}/${path}`, { method: 'POST', body: {} }));
        await drawMine();
      } catch (e) {
        ctx.notify(e.message);
        button.disabled = false;
      }
    } });
    const buttons = [];
    if (event.phase === 'SIGN_UP' && !event.signedUpAt) buttons.push(act('signup', { zhCN: '报名', en: 'Sign up' }, 'position-signup'));
    if (event.phase === 'SIGN_IN' && !event.signedInAt) buttons.push(act('signin', { zhCN: '签到', en: 'Sign in' }, 'position-signin'));
    card.replaceChildren(h('section', { class: 'panel', dataset: { phase: event.phase } },
      h('h2', { text: event.title }),
      h('p', { text: `${event.positionName}${event.address ? ` · ${event.address}` : ''}` }),
      h('p', { text: `${event.startsAt.slice(0, 16).replace('T', ' ')}—${event.endsAt.slice(11, 16)} · ${L.label(SETS.service, event.serviceType)}` }),
      h('p', { class: 'muted', text: `${L.label(SETS.phase, event.phase)} · ${t({ zhCN: '剩余名额', en: 'places left' })} ${number(ctx, event.placesLeft)}` }),
      h('p', { class: 'position-my-status', text: status(ctx, L, event) }),
      h('div', { class: 'form-buttons' }, buttons)));
  };
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const found = await submitForm(ctx, form, () => ctx.api(`${API}/my/events/${encodeURIComponent(code.value.trim() || '-')}`));
    if (found) show(found);
  });
  container.append(h('div', { class: 'position-phone' }, form, card, mine));
  await drawMine();
  if (given) form.requestSubmit();
}

function status(ctx, L, e) {
  const t = ctx.t;
  if (e.signedInAt) return t({ zhCN: `已签到（${dateTime(ctx, e.signedInAt)}）`, en: `Signed in (${dateTime(ctx, e.signedInAt)})` });
  if (e.signedUpAt) return t({ zhCN: '已报名，待签到', en: 'Signed up, not signed in yet' });
  return t({ zhCN: '未报名', en: 'Not signed up' });
}
