// Shared by the industrial pages: labels (zh-CN first, English second), the scope unit, permissions as the
// descriptor grants them (the server checks again), and small DOM helpers on top of the console's dom.js.
import { h, field, select } from '/assets/dom.js';

export { h, field, select };

export const API = '/api/industrial';

export const STATUS = {
  SUBMITTED: { zhCN: '已提交', en: 'Submitted' },
  ASSIGNED: { zhCN: '已分派', en: 'Assigned' },
  IN_PROGRESS: { zhCN: '办理中', en: 'In progress' },
  RESOLVED: { zhCN: '已办结', en: 'Resolved' },
  RATED: { zhCN: '已评价', en: 'Rated' },
  REOPENED: { zhCN: '已重启', en: 'Reopened' },
};

export const ACTION = {
  ASSIGN: { zhCN: '分派', en: 'Assign' },
  START: { zhCN: '开始办理', en: 'Start' },
  RESOLVE: { zhCN: '办结', en: 'Resolve' },
  RATE: { zhCN: '评价', en: 'Rate' },
  REOPEN: { zhCN: '重启（不满意）', en: 'Reopen (not satisfied)' },
  SUBMIT: { zhCN: '提交', en: 'Submit' },
};

export const COVERAGE = {
  OWN_BRANCH: { zhCN: '单独组建', en: 'Own branch' },
  JOINT_BRANCH: { zhCN: '联合组建', en: 'Joint branch' },
  NONE: { zhCN: '未覆盖', en: 'Not covered' },
};

export const WORKER_ROLE = {
  LEADER: { zhCN: '网格长', en: 'Grid leader' },
  WORKER: { zhCN: '网格员', en: 'Grid worker' },
};

export const KIND = {
  EVENT: { zhCN: '活动', en: 'Event' },
  TRAINING: { zhCN: '培训', en: 'Training' },
};

export function label(ctx, map, key) {
  return key == null ? '—' : ctx.t(map[key] ?? { zhCN: key, en: key });
}

/** The unit the reader works on (the console's scope), or null with a message in the container. */
export function unitOf(container, ctx) {
  if (!ctx.unit || ctx.unit.id == null) {
    container.append(h('p', { class: 'muted', text: ctx.t({ zhCN: '请先在“组织架构”中选择园区或网格。', en: 'Choose a park or grid under Organizations first.' }) }));
    return null;
  }
  return ctx.unit.id;
}

// the descriptor's grants: industrial.request.handle and industrial.admin ('handle'), industrial.request.write
// ('write'), industrial.settings ('settings')
const HANDLERS = ['DISTRICT_ADMIN', 'UNIT_ADMIN'];
const WRITERS = ['DISTRICT_ADMIN', 'UNIT_ADMIN', 'SECRETARY'];

export function can(ctx, what) {
  const roles = ctx.roles || [];
  const allowed = what === 'write' ? WRITERS : what === 'settings' ? ['DISTRICT_ADMIN'] : HANDLERS;
  return roles.some((r) => allowed.includes(r));
}

export function dateTime(ctx, instant) {
  if (!instant) return '—';
  return new Intl.DateTimeFormat(ctx.lang === 'en' ? 'en-GB' : 'zh-CN', { dateStyle: 'short', timeStyle: 'short' })
    .format(new Date(instant));
}

export function dateOnly(ctx, instant) {
  if (!instant) return '—';
  return new Intl.DateTimeFormat(ctx.lang === 'en' ? 'en-GB' : 'zh-CN', { dateStyle: 'medium' }).format(new Date(instant));
}

export function number(value, digits = 1) {
  return value == null ? '—' : Number(value).toFixed(digits).replace(/\.0$/, '');
}

export function table(ctx, caption, headers, rows, id) {
  return h('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': ctx.t(caption) },
    h('table', { class: 'data-table', id },
      h('caption', { class: 'visually-hidden', text: ctx.t(caption) }),
      h('thead', {}, h('tr', {}, headers.map((c) => h('th', { scope: 'col', text: ctx.t(c) })))),
      h('tbody', {}, rows)));
}

/** Downloads an export through ctx.api (the token travels as a header, so a plain link would not do). */
export async function download(ctx, path, fileName) {
  const response = await ctx.api(path, { raw: true });
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const link = h('a', { href: url, download: fileName });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function yearInput(ctx, year, onChange) {
  const input = h('input', { type: 'number', min: '2000', max: '2100', value: String(year), id: `ind-year-${Math.random().toString(36).slice(2)}` });
  input.addEventListener('change', () => onChange(Number(input.value)));
  return field(ctx.t({ zhCN: '年度', en: 'Year' }), input);
}

/** The If-Match header of an update: the version the reader saw (the server answers 409 if it changed since). */
export function ifMatch(version) {
  return { 'If-Match': `"${version}"` };
}

const STALE = { zhCN: '保存未成功：这条记录刚被他人修改或删除。已重新载入最新内容，请核对后再改。',
  en: 'Not saved: someone else changed or removed this record meanwhile. The latest version is shown again; check it and redo your change.' };

/** Removes the field messages of an earlier attempt. */
export function clearFieldErrors(form) {
  for (const message of form.querySelectorAll('.field-error')) message.remove();
  for (const control of form.querySelectorAll('[aria-invalid]')) {
    control.removeAttribute('aria-invalid');
    const describedBy = (control.getAttribute('aria-describedby') || '').split(' ').filter((id) => !id.startsWith('ind-err-'));
    if (describedBy.length) control.setAttribute('aria-describedby', describedBy.join(' '));
    else control.removeAttribute('aria-describedby');
  }
}

/**
 * Puts each problem+json field error ({field, reason}) next to the form control named like the field
 * (name="…"); answers the errors that have no such control.
 */
export function showFieldErrors(form, errors) {
  const unplaced = [];
  for (const error of errors || []) {
    const control = error.field ? form.querySelector(`[name="${CSS.escape(error.field)}"]`) : null;
    if (!control) {
      unplaced.push(error);
      continue;
    }
    const id = `ind-err-${Math.random().toString(36).slice(2)}`;
    const message = h('small', { class: 'field-error form-error', id, role: 'alert', text: error.reason || '' });
    (control.closest('.field') || control.parentElement).append(message);
    control.setAttribute('aria-invalid', 'true');
    control.setAttribute('aria-describedby', [control.getAttribute('aria-describedby'), id].filter(Boolean).join(' '));
  }
  return unplaced;
}

/** The form's own message box (first in the form): errors stay with the form and go when it is sent again. */
function formMessage(form) {
  let box = form.querySelector(':scope > .form-message');
  if (!box) {
    box = h('div', { class: 'form-error form-message', role: 'alert' });
    const heading = form.querySelector(':scope > h2, :scope > h3');
    if (heading) heading.after(box);
    else form.prepend(box);
  }
  return box;
}

/**
 * Runs a form's request with its submit button disabled. A refusal shows its field errors beside the fields
 * and the rest in the form's message box; a 409 on an update (onStale given) says so plainly and reloads the
 * latest version. Answers the server's answer, or undefined when refused.
 */
export async function submitForm(ctx, form, request, { onStale } = {}) {
  clearFieldErrors(form);
  const message = formMessage(form);
  message.replaceChildren();
  const buttons = [...form.querySelectorAll('button[type=submit]')];
  buttons.forEach((b) => { b.disabled = true; });
  try {
    return await request();
  } catch (e) {
    if (e.status === 409 && onStale) {
      ctx.notify(`${ctx.t(STALE)}${e.detail ? ` (${e.detail})` : ''}`);
      await onStale();
      return undefined;
    }
    const unplaced = showFieldErrors(form, e.errors);
    message.textContent = e.errors && e.errors.length && !unplaced.length
      ? ctx.t({ zhCN: '未保存：请按红色提示修改后再保存。', en: 'Not saved: correct the fields marked in red and save again.' })
      : e.message;
    return undefined;
  } finally {
    buttons.forEach((b) => { b.disabled = false; });
  }
}

/** A button that asks before it acts (removing, retiring). */
export function confirmButton(ctx, text, question, action, attrs = {}) {
  return h('button', { type: 'button', ...attrs, text, onClick: async () => {
    if (window.confirm(question)) await action();
  } });
}

function memberLabel(ctx, member) {
  const born = member.birthDate ? ctx.t({ zhCN: `${member.birthDate.slice(0, 4)}年生`, en: `born ${member.birthDate.slice(0, 4)}` }) : null;
  return [member.name, born, ctx.t({ zhCN: `编号 ${member.id}`, en: `no. ${member.id}` })].filter(Boolean).join(' · ');
}

/**
 * Finds Party members of the unit's subtree by name and picks one ({multiple: false}) or several. The search
 * box carries the API field's name so a refused member shows its reason beside it. value(): the chosen ids.
 */
export function memberPicker(ctx, unit, { id, name, multiple = false, caption }) {
  const t = ctx.t;
  const chosen = new Map();
  const query = h('input', { type: 'search', id, name, autocomplete: 'off',
    placeholder: t({ zhCN: '输入姓名，如：王', en: 'Type a name, e.g. 王' }) });
  const find = h('button', { type: 'button', class: 'member-find', text: t({ zhCN: '查找党员', en: 'Find members' }) });
  const results = h('ul', { class: 'result-list member-results', 'aria-live': 'polite' });
  const picked = h('ul', { class: 'result-list member-picked', 'aria-label': t({ zhCN: '已选党员', en: 'Chosen members' }) });
  const drawPicked = () => {
    picked.replaceChildren(...[...chosen.values()].map((m) => h('li', { dataset: { member: m.id } },
      h('span', { text: `${t({ zhCN: '已选：', en: 'Chosen: ' })}${memberLabel(ctx, m)} ` }),
      h('button', { type: 'button', class: 'link-button', text: t({ zhCN: '移除', en: 'Remove' }),
        'aria-label': t({ zhCN: `移除 ${m.name}`, en: `Remove ${m.name}` }),
        onClick: () => { chosen.delete(m.id); drawPicked(); } }))));
  };
  const search = async () => {
    const params = new URLSearchParams({ size: 10 });
    if (unit != null) params.set('subtreeOf', unit);
    if (query.value.trim()) params.set('name', query.value.trim());
    results.replaceChildren(h('li', { class: 'muted', text: t({ zhCN: '查找中…', en: 'Searching…' }) }));
    try {
      const page = await ctx.api(`/api/core/members?${params}`);
      results.replaceChildren(...(page.items.length ? page.items.map((m) => h('li', {},
        h('button', { type: 'button', class: 'link-button member-option', dataset: { member: m.id }, text: memberLabel(ctx, m),
          onClick: () => {
            if (!multiple) chosen.clear();
            chosen.set(m.id, m);
            results.replaceChildren();
            drawPicked();
          } })))
        : [h('li', { class: 'muted', text: t({ zhCN: '本范围内没有找到这个名字的党员。', en: 'No member of this name here.' }) })]));
    } catch (e) {
      results.replaceChildren();
      ctx.notify(e.message);
    }
  };
  find.addEventListener('click', search);
  // Enter in the search box looks members up instead of submitting the surrounding form
  query.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      search();
    }
  });
  const element = h('div', { class: 'member-picker' }, field(caption, query,
    t({ zhCN: '输入姓名后点“查找党员”，再点选结果', en: 'Type a name, press “Find members”, then click a result' })), find, results, picked);
  return {
    element,
    value: () => [...chosen.keys()],
    set(members) {
      chosen.clear();
      for (const m of members) chosen.set(m.id, m);
      drawPicked();
    },
  };
}
