// 诉求类别: the request categories with their deadline in working days. Everyone reads them (the submit form offers
// them); the district (industrial.settings) adds and changes them. Requests already submitted keep their deadline.
import { h, field, table, ifMatch, submitForm } from '/assets/kit.js';
import { API, can } from './module.js';

export async function renderCategories(container, ctx) {
  const t = ctx.t;
  let categories;
  try {
    categories = await ctx.api(`${API}/categories`);
  } catch (e) {
    ctx.notify(e.message);
    return;
  }
  const reload = () => {
    container.replaceChildren();
    return renderCategories(container, ctx);
  };
  const settings = can(ctx, 'settings');
  const editor = h('div');
  const columns = [
    { title: { zhCN: '代码', en: 'Code' }, class: 'mono', render: (c) => c.code },
    { title: { zhCN: '中文名称', en: 'Chinese name' }, head: true, render: (c) => c.name.zhCN },
    { title: { zhCN: '英文名称', en: 'English name' }, render: (c) => c.name.en },
    { title: { zhCN: '办理时限（工作日）', en: 'Deadline (working days)' }, class: 'num', render: (c) => String(c.deadlineDays) },
  ];
  if (settings) {
    columns.push({ title: { zhCN: '操作', en: 'Actions' }, render: (c) => h('button', { type: 'button', class: 'ind-category-edit',
      text: t({ zhCN: '修改', en: 'Edit' }), 'aria-label': t({ zhCN: `修改 ${c.name.zhCN}`, en: `Edit ${c.name.en}` }), onClick: () => showEditor(c) }) });
  }
  container.append(h('p', { class: 'muted', text: t({ zhCN: '诉求提交后，按类别的办理时限（工作日，不含周末和法定节假日）计算截止日期；修改时限只影响之后提交的诉求。',
    en: 'A request\'s due date counts its category\'s deadline in working days (weekends and public holidays excluded); a changed deadline applies to requests submitted afterwards.' }) }),
  table(ctx, { id: 'ind-category-table', caption: { zhCN: '诉求类别', en: 'Request categories' }, columns, rows: categories,
    rowAttrs: (c) => ({ dataset: { category: c.code } }) }));
  if (!settings) return;
  container.append(h('div', { class: 'actions' }, h('button', { type: 'button', class: 'primary', id: 'ind-category-new',
    text: t({ zhCN: '新增类别', en: 'Add a category' }), onClick: () => showEditor(null) })), editor);

  function showEditor(category) {
    const code = h('input', { id: 'ind-category-code', name: 'code', required: true, maxlength: '32', pattern: '[A-Za-z][A-Za-z0-9_]{1,31}',
      value: category?.code ?? '', disabled: category != null });
    const zhCN = h('input', { id: 'ind-category-zh', name: 'zhCN', required: true, maxlength: '100', value: category?.name.zhCN ?? '' });
    const en = h('input', { id: 'ind-category-en', name: 'en', maxlength: '100', value: category?.name.en ?? '' });
    const days = h('input', { id: 'ind-category-days', name: 'deadlineDays', type: 'number', min: '1', required: true,
      value: category ? String(category.deadlineDays) : '' });
    const title = category ? t({ zhCN: `修改类别：${category.name.zhCN}`, en: `Edit: ${category.name.en}` }) : t({ zhCN: '新增类别', en: 'Add a category' });
    const form = h('form', { class: 'stacked-form panel', id: 'ind-category-form', 'aria-labelledby': 'ind-category-form-title' },
      h('h2', { id: 'ind-category-form-title', text: title }),
      field(t({ zhCN: '代码', en: 'Code' }), code, category ? null : t({ zhCN: '字母开头，字母、数字或下划线，如 TALENT', en: 'Starts with a letter; letters, digits or _, e.g. TALENT' })),
      field(t({ zhCN: '中文名称', en: 'Chinese name' }), zhCN), field(t({ zhCN: '英文名称（可选）', en: 'English name (optional)' }), en),
      field(t({ zhCN: '办理时限（工作日）', en: 'Deadline (working days)' }), days),
      h('div', { class: 'form-buttons' }, h('button', { type: 'submit', class: 'primary', text: t({ zhCN: '保存', en: 'Save' }) }),
        h('button', { type: 'button', text: t({ zhCN: '取消', en: 'Cancel' }), onClick: () => editor.replaceChildren() })));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const body = { zhCN: zhCN.value, en: en.value, deadlineDays: days.value ? Number(days.value) : null };
      const saved = await submitForm(ctx, form, () => (category
        ? ctx.api(`${API}/categories/${encodeURIComponent(category.code)}`, { method: 'PUT', headers: ifMatch(category.version), body })
        : ctx.api(`${API}/categories`, { method: 'POST', body: { ...body, code: code.value } })), { onStale: category ? reload : undefined });
      if (saved) {
        ctx.notify(t({ zhCN: `类别“${saved.name.zhCN}”已保存。`, en: `Category “${saved.name.en}” saved.` }), 'success');
        await reload();
      }
    });
    editor.replaceChildren(form);
    (category ? zhCN : code).focus();
  }
}
