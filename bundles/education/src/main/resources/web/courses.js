// 网络课程: the online courses of the scope (server-paged) with their hours, pass mark, question count and how many
// members took and passed the exam; those who manage courses create and edit a draft (materials as links), write its
// question bank, publish, withdraw and take it back to draft. Members take the exams on 我的学时.
import { h, field, scopeOf, pagedTable, pageQuery, formDialog, confirmDialog } from '/assets/kit.js';
import { API, SETS, can, ifMatchOf, moduleLabels } from './module.js';
import { courseFilesDialog } from './coursefiles.js';

export async function renderCourses(container, ctx) {
  const unit = scopeOf(container, ctx);
  if (unit == null) return;
  const t = ctx.t;
  let L;
  try {
    L = await moduleLabels(ctx);
  } catch (e) {
    ctx.notify(e.message);
    return;
  }
  const list = pagedTable(ctx, {
    id: 'edu-course-table',
    caption: { zhCN: '网络课程', en: 'Online courses' },
    load: (paging) => ctx.api(`${API}/courses?${pageQuery({ unit }, paging)}`),
    rowAttrs: (c) => ({ dataset: { course: c.id, status: c.status } }),
    emptyText: { zhCN: '还没有网络课程。', en: 'No online courses yet.' },
    columns: [
      { title: { zhCN: '课程', en: 'Course' }, sort: 'title', head: true, class: 'wrap', render: (c) => c.title },
      { title: { zhCN: '开课单位', en: 'Unit' }, render: (c) => c.unitName || '' },
      { title: { zhCN: '学时', en: 'Hours' }, sort: 'hours', class: 'num', render: (c) => String(c.hours) },
      { title: { zhCN: '及格分', en: 'Pass mark' }, class: 'num', render: (c) => String(c.passMark) },
      { title: { zhCN: '资料', en: 'Materials' }, class: 'num', render: (c) => String(c.links.length) },
      { title: { zhCN: '考题', en: 'Questions' }, class: 'num', render: (c) => String(c.questions.length) },
      { title: { zhCN: '参考 / 通过', en: 'Took / passed' }, class: 'num', render: (c) => `${c.takers} / ${c.passed}` },
      { title: { zhCN: '状态', en: 'Status' }, sort: 'status', render: (c) => L.label(SETS.course, c.status) },
      { title: { zhCN: '操作', en: 'Actions' }, render: (c) => actions(ctx, L, c, () => list.reload(true)) },
    ],
  });
  const bar = h('div', { class: 'actions' });
  if (can(ctx, 'course')) {
    bar.append(h('button', { type: 'button', class: 'primary', id: 'edu-course-new', text: t({ zhCN: '新建课程', en: 'New course' }),
      onClick: async () => { if (await editCourse(ctx, { unitId: unit, hours: 1, passMark: 60, links: [] })) await list.reload(); } }));
  }
  container.append(h('p', { class: 'muted', text: t({ zhCN: `范围：${ctx.unit.name}。党员在“我的学时”页学习资料并参加考试，首次通过即认定学时。`,
    en: `Scope: ${ctx.unit.name}. Members study and take the exam on "My study hours"; the first pass credits the hours.` }) }), bar, list.element);
  await list.ready;
}

function actions(ctx, L, course, reload) {
  const t = ctx.t;
  if (!can(ctx, 'course')) return '';
  const buttons = [];
  if (course.status === 'DRAFT') {
    buttons.push(h('button', { type: 'button', class: 'link-button', dataset: { action: 'edit' }, text: t({ zhCN: '编辑', en: 'Edit' }),
      onClick: async () => { if (await editCourse(ctx, course)) await reload(); } }),
    h('button', { type: 'button', class: 'link-button', dataset: { action: 'questions' }, text: t({ zhCN: '题库', en: 'Questions' }),
      onClick: async () => { if (await editQuestions(ctx, course)) await reload(); } }));
  }
  buttons.push(h('button', { type: 'button', class: 'link-button', dataset: { action: 'files' }, text: t({ zhCN: '文件', en: 'Files' }),
    onClick: () => courseFilesDialog(ctx, course) }));
  for (const action of course.allowedActions) {
    const name = L.label(SETS.courseAction, action);
    buttons.push(h('button', { type: 'button', class: 'link-button', dataset: { action: action.toLowerCase() }, text: name, onClick: async () => {
      const sure = await confirmDialog(ctx, { id: 'edu-course-confirm', title: { zhCN: `${name}：${course.title}`, en: `${name}: ${course.title}` },
        message: { zhCN: `确定要${name}吗？`, en: `${name} this course?` }, confirmText: { zhCN: name, en: name }, danger: action === 'WITHDRAW' });
      if (!sure) return;
      try {
        await ctx.api(`${API}/courses/${course.id}/${action.toLowerCase()}`, { method: 'POST', body: {}, headers: ifMatchOf(course) });
        ctx.notify(t({ zhCN: '已处理。', en: 'Done.' }), 'success');
        await reload();
      } catch (e) {
        ctx.notify(e.message);
      }
    } }));
  }
  return h('span', { class: 'actions' }, ...buttons);
}

/** "标题 | https://…" per line; the address is what starts with http. */
export function parseLinks(text) {
  return text.split('\n').map((line) => line.trim()).filter(Boolean).map((line) => {
    const at = line.search(/https?:\/\//i);
    return at < 0 ? { title: line, url: '' } : { title: line.slice(0, at).replace(/[|｜\s]+$/, '').trim(), url: line.slice(at).trim() };
  });
}

/** Blocks separated by an empty line: the question, then one choice a line, the right one marked with *. */
export function parseQuestions(text) {
  return text.split(/\n\s*\n/).map((block) => block.split('\n').map((l) => l.trim()).filter(Boolean)).filter((b) => b.length)
    .map(([question, ...lines]) => {
      const answer = lines.findIndex((l) => l.startsWith('*') || l.startsWith('＊'));
      return { text: question, choices: lines.map((l) => l.replace(/^[*＊]\s*/, '')), answer: answer < 0 ? null : answer };
    });
}

async function editCourse(ctx, course) {
  const t = ctx.t;
  const title = h('input', { id: 'edu-course-title', name: 'title', required: true, maxlength: '200', value: course.title || '' });
  const description = h('textarea', { id: 'edu-course-description', name: 'description', maxlength: '4000' });
  description.value = course.description || '';
  const hours = h('input', { id: 'edu-course-hours', name: 'hours', type: 'number', min: '0.5', max: '40', step: '0.5', value: String(course.hours) });
  const passMark = h('input', { id: 'edu-course-pass', name: 'passMark', type: 'number', min: '1', max: '100', value: String(course.passMark) });
  const links = h('textarea', { id: 'edu-course-links', name: 'links', rows: '4' });
  links.value = course.links.map((l) => `${l.title} | ${l.url}`).join('\n');
  const body = () => ({ unitId: course.unitId, title: title.value, description: description.value,
    hours: hours.value ? Number(hours.value) : null, passMark: passMark.value ? Number(passMark.value) : null, links: parseLinks(links.value) });
  return formDialog(ctx, { id: 'edu-course-dialog', title: course.id ? { zhCN: `编辑：${course.title}`, en: `Edit: ${course.title}` }
    : { zhCN: `新建网络课程（${ctx.unit.name}）`, en: `New online course (${ctx.unit.name})` },
    submitText: { zhCN: '保存', en: 'Save' },
    fields: [field(t({ zhCN: '课程名称', en: 'Title' }), title), field(t({ zhCN: '简介', en: 'Description' }), description),
      field(t({ zhCN: '通过后认定学时', en: 'Hours credited on passing' }), hours), field(t({ zhCN: '及格分（百分制）', en: 'Pass mark (percent)' }), passMark),
      field(t({ zhCN: '学习资料（每行一份：标题 | 网址）', en: 'Materials (one a line: title | address)' }), links)],
    submit: () => (course.id ? ctx.api(`${API}/courses/${course.id}`, { method: 'PUT', body: body(), headers: ifMatchOf(course) })
      : ctx.api(`${API}/courses`, { method: 'POST', body: body() })) });
}

async function editQuestions(ctx, course) {
  const t = ctx.t;
  const bank = h('textarea', { id: 'edu-course-questions', name: 'questions', rows: '14' });
  bank.value = course.questions.map((q) => [q.text, ...q.choices.map((c, i) => (i === q.answer ? `*${c}` : c))].join('\n')).join('\n\n');
  return formDialog(ctx, { id: 'edu-questions-dialog', title: { zhCN: `题库：${course.title}`, en: `Questions: ${course.title}` },
    submitText: { zhCN: '保存题库', en: 'Save the questions' },
    fields: [field(t({ zhCN: '单选题', en: 'Single-choice questions' }), bank,
      t({ zhCN: '每题一段，段与段之间空一行：第一行是题目，以下每行一个选项，正确选项前加 *。',
        en: 'One block a question, an empty line between blocks: the question, then one choice a line, the right one marked with *.' }))],
    submit: () => ctx.api(`${API}/courses/${course.id}/questions`, { method: 'PUT', body: { questions: parseQuestions(bank.value) }, headers: ifMatchOf(course) }) });
}
