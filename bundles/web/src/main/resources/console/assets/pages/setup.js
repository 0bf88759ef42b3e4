// First start of an empty installation (a park's or a tailored distribution starts with an empty tree): three steps
// on one page, each usable on its own. 1. the top unit (the park, street or district), typed in or imported from the
// unit sheet; 2. the first accounts; 3. which installed modules run for the top unit and everything below it.
import { h, field, select } from '../dom.js';
import { enumLabel } from '../i18n.js';
import { submitForm } from '../kit/forms.js';

const T = {
  intro: { zhCN: '这是一套新安装的平台，还没有任何单位。按下面三步完成初始设置，之后随时可以在各页面继续修改。',
    en: 'This platform is newly installed and has no units yet. Three steps set it up; everything can be changed later.' },
  step1: { zhCN: '第一步：建立顶层单位', en: 'Step 1: the top unit' },
  step1Done: { zhCN: '顶层单位已建立：{name}', en: 'The top unit exists: {name}' },
  step1Import: { zhCN: '已有组织架构表（Excel 或 CSV）？可以改为导入：', en: 'Have the unit sheet (Excel or CSV)? Import it instead:' },
  toImport: { zhCN: '去导入组织架构', en: 'Import units' },
  step2: { zhCN: '第二步：开设首批账号', en: 'Step 2: the first accounts' },
  step2Text: { zhCN: '为园区（街道）的管理员和各支部书记开设账号；他们首次登录时设置自己的密码。',
    en: 'Open accounts for the administrators and branch secretaries; they choose their passwords at first sign-in.' },
  toAccounts: { zhCN: '去开设账号', en: 'Open accounts' },
  step3: { zhCN: '第三步：选择启用的专项行动模块', en: 'Step 3: the modules to run' },
  step3Text: { zhCN: '勾选的模块对顶层单位及其全部下级单位启用；以后可在“模块管理”中按单位调整。',
    en: 'The ticked modules run for the top unit and every unit below it; adjust per unit later under Modules.' },
  step3Wait: { zhCN: '请先完成第一步。', en: 'Do step 1 first.' },
  create: { zhCN: '建立顶层单位', en: 'Create the top unit' },
  enable: { zhCN: '保存启用设置', en: 'Save' },
  enabled: { zhCN: '已保存。模块菜单已更新。', en: 'Saved. The module menu is updated.' },
  starting: { zhCN: '已保存。部分模块尚未启动完成，启动后会出现在菜单中；情况可在“功能模块”页查看。',
    en: 'Saved. Some modules have not finished starting; they join the menu once active (see the Modules page).' },
  noModules: { zhCN: '这套平台没有安装专项行动模块。', en: 'No action module is installed.' },
};

export async function render(container, ctx) {
  const { t, api } = ctx;
  const roots = await api('organizations/roots').catch((e) => { ctx.notify(e.message); return []; });
  let top = roots[0] || null;
  const step1 = h('section', { class: 'panel', id: 'setup-step1', 'aria-labelledby': 'setup-step1-title' });
  const step3 = h('section', { class: 'panel', id: 'setup-step3', 'aria-labelledby': 'setup-step3-title' });
  container.append(h('p', { class: 'intro', text: t(T.intro) }), step1,
    h('section', { class: 'panel', id: 'setup-step2', 'aria-labelledby': 'setup-step2-title' },
      h('h2', { id: 'setup-step2-title', text: t(T.step2) }), h('p', { text: t(T.step2Text) }),
      h('a', { class: 'button', href: '#/accounts', text: t(T.toAccounts) })),
    step3);

  function drawStep1() {
    const heading = h('h2', { id: 'setup-step1-title', text: t(T.step1) });
    if (top) {
      step1.replaceChildren(heading, h('p', { class: 'success', id: 'setup-top', text: t(T.step1Done, { name: top.name }) }));
      return;
    }
    const input = (name, attrs = {}) => h('input', { name, autocomplete: 'off', ...attrs });
    const unitType = select(['PARK', 'STREET', 'DISTRICT'].map((v) => [v, enumLabel(t, 'UnitType', v)]), { name: 'unitType' });
    const partyOrgType = select(['WORKING_COMMITTEE', 'COMMITTEE'].map((v) => [v, enumLabel(t, 'PartyOrgType', v)]), { name: 'partyOrgType' });
    const c = { code: input('code', { maxlength: 40, class: 'mono' }), name: input('name', { maxlength: 100 }),
      foundedOn: input('foundedOn', { type: 'date' }), divisionCode: input('divisionCode', { maxlength: 12, inputmode: 'numeric' }) };
    const form = h('form', { class: 'stacked-form', id: 'setup-top-form', novalidate: true },
      field(t('org.code'), c.code, t({ zhCN: '字母、数字或短横线，如：GXPARK', en: 'Letters, digits or dashes, e.g. GXPARK' })),
      field(t('org.name'), c.name), field(t('org.unitType'), unitType), field(t('org.partyOrgType'), partyOrgType),
      field(t('org.foundedOn'), c.foundedOn), field(t('org.divisionCode'), c.divisionCode),
      h('div', { class: 'form-buttons' }, h('button', { type: 'submit', class: 'primary', text: t(T.create) })));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const value = (control) => (control.value.trim() === '' ? null : control.value.trim());
      const created = await submitForm(ctx, form, () => api('organizations', { method: 'POST', body: {
        code: value(c.code), name: value(c.name), parentId: null, unitType: unitType.value, partyOrgType: partyOrgType.value,
        domain: unitType.value === 'PARK' ? 'EMERGING' : null, secretaryId: null, foundedOn: value(c.foundedOn),
        divisionCode: value(c.divisionCode), status: 'ACTIVE' } }));
      if (created) {
        top = created;
        await ctx.setScope(created);
        drawStep1();
        await drawStep3();
      }
    });
    step1.replaceChildren(heading, form, h('p', { class: 'muted' }, t(T.step1Import), ' ',
      h('a', { href: '#/import', text: t(T.toImport) })));
  }

  async function drawStep3() {
    const heading = h('h2', { id: 'setup-step3-title', text: t(T.step3) });
    if (!top) {
      step3.replaceChildren(heading, h('p', { class: 'muted', text: t(T.step3Wait) }));
      return;
    }
    const modules = (await api('/api/core/modules').catch(() => [])).filter((m) => m.state !== 'AVAILABLE');
    if (!modules.length) {
      step3.replaceChildren(heading, h('p', { class: 'muted', text: t(T.noModules) }));
      return;
    }
    const enabled = new Map(await Promise.all(modules.map(async (m) => [m.id,
      Boolean((await api(`/api/core/modules/${encodeURIComponent(m.id)}/enablement?unit=${top.id}`).catch(() => ({}))).enabled)])));
    const boxes = modules.map((m) => {
      const box = h('input', { type: 'checkbox', name: 'modules', value: m.id, id: `setup-module-${m.id}`, checked: enabled.get(m.id) });
      return h('label', { class: 'kit-check', for: box.id }, box, h('span', { text: t({ zhCN: m.name.zhCN, en: m.name.en }) }));
    });
    const form = h('form', { class: 'stacked-form', id: 'setup-modules-form' },
      h('fieldset', { class: 'kit-multi field' }, h('legend', { text: t(T.step3Text) }), boxes),
      h('div', { class: 'form-buttons' }, h('button', { type: 'submit', class: 'primary', text: t(T.enable) })));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const done = await submitForm(ctx, form, async () => {
        for (const box of form.querySelectorAll('input[name=modules]')) {
          const path = `/api/core/modules/${encodeURIComponent(box.value)}/enablement/${top.id}`;
          if (box.checked !== enabled.get(box.value)) {
            await api(path, { method: 'PUT', body: { enabled: box.checked } });
            enabled.set(box.value, box.checked);
          }
        }
        return true;
      });
      if (done) {
        const ticked = [...form.querySelectorAll('input[name=modules]:checked')].map((box) => box.value);
        const started = await activeSoon(ticked);
        await ctx.reloadModules();
        ctx.notify(t(started ? T.enabled : T.starting), started ? 'success' : 'info');
      }
    });
    step3.replaceChildren(heading, form);
  }

  /**
   * Right after the platform starts, its modules take a few seconds to become active; the menu shows only active
   * ones, so the page waits for the ticked modules (up to two minutes) before it redraws the menu.
   */
  async function activeSoon(ids) {
    const deadline = Date.now() + 120000;
    for (;;) {
      const registry = await api('/api/core/modules').catch(() => []);
      const waiting = ids.filter((id) => !registry.some((m) => m.id === id && m.state === 'ACTIVE'));
      if (!waiting.length) return true;
      if (Date.now() > deadline) return false;
      await new Promise((resolve) => setTimeout(resolve, 2000));
    }
  }

  drawStep1();
  await drawStep3();
}
