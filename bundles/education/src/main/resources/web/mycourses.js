// 网络课程 on 我的学时: the published courses for the member (their organization's and the units' above), each with
// its materials, hours and pass mark and the member's standing; the exam is taken in a dialog, one choice per
// question, scored at once (the first pass credits the hours). Usable at phone width: one column.
import { h, formDialog } from '/assets/kit.js';
import { API } from './module.js';
import { fileItem } from './coursefiles.js';

export function myCourses(ctx, onPassed) {
  const t = ctx.t;
  const section = h('section', { class: 'panel', id: 'edu-my-courses', 'aria-labelledby': 'edu-my-courses-title' });
  const draw = async () => {
    let courses;
    try {
      courses = await ctx.api(`${API}/my/courses`);
    } catch (e) {
      ctx.notify(e.message);
      return;
    }
    section.replaceChildren(h('h2', { id: 'edu-my-courses-title', text: t({ zhCN: '网络课程', en: 'Online courses' }) }),
      courses.length ? h('ul', { class: 'result-list' }, ...courses.map((c) => card(ctx, c, async () => { await draw(); await onPassed(); })))
        : h('p', { class: 'muted', text: t({ zhCN: '目前没有开放的网络课程。', en: 'No online course is open now.' }) }));
  };
  return { element: section, draw };
}

function card(ctx, c, done) {
  const t = ctx.t;
  const standing = c.passed ? t({ zhCN: '已通过，学时已认定', en: 'Passed: hours credited' })
    : c.attempts ? t({ zhCN: `未通过（最高 ${c.bestScore} 分）`, en: `Not passed yet (best ${c.bestScore})` })
      : t({ zhCN: '未参加考试', en: 'Exam not taken' });
  return h('li', { dataset: { course: c.id } },
    h('strong', { text: c.title }),
    h('p', { class: 'muted', text: t({ zhCN: `${c.unitName} · ${c.hours} 学时 · ${c.passMark} 分及格 · ${standing}`,
      en: `${c.unitName} · ${c.hours} h · pass mark ${c.passMark} · ${standing}` }) }),
    c.description ? h('p', { text: c.description }) : null,
    h('ul', {}, ...c.links.map((l) => h('li', {}, h('a', { href: l.url, target: '_blank', rel: 'noopener noreferrer', text: l.title })))),
    courseFiles(ctx, c),
    c.passed ? null : h('button', { type: 'button', class: 'primary', dataset: { action: 'exam' },
      text: t({ zhCN: '参加考试', en: 'Take the exam' }), onClick: () => exam(ctx, c.id, done) }));
}

/** The course's files to download (filled in when they arrive; nothing shown for a course without files). */
function courseFiles(ctx, c) {
  const list = h('ul', { class: 'edu-my-course-files' });
  ctx.api(`${API}/my/courses/${c.id}/files`)
    .then((files) => list.replaceChildren(...files.map((f) => fileItem(ctx, f, null))))
    .catch((e) => ctx.notify(e.message));
  return list;
}

async function exam(ctx, id, done) {
  const t = ctx.t;
  let paper;
  try {
    paper = await ctx.api(`${API}/my/courses/${id}`);
  } catch (e) {
    ctx.notify(e.message);
    return;
  }
  const questions = paper.questions.map((q, i) => h('fieldset', { class: 'field', dataset: { question: q.number } },
    h('legend', { text: `${q.number}. ${q.text}` }),
    ...q.choices.map((choice, j) => h('label', { class: 'choice' },
      h('input', { type: 'radio', name: `answers[${i}]`, value: String(j), id: `edu-exam-q${i}-c${j}` }), ` ${choice}`))));
  const result = await formDialog(ctx, { id: 'edu-exam-dialog', title: { zhCN: `考试：${paper.title}`, en: `Exam: ${paper.title}` },
    submitText: { zhCN: '交卷', en: 'Hand in' }, fields: questions,
    submit: (form) => ctx.api(`${API}/my/courses/${id}/exam`, { method: 'POST', body: { answers: paper.questions.map((q, i) => {
      const chosen = form.querySelector(`input[name="answers[${i}]"]:checked`);
      return chosen ? Number(chosen.value) : null;
    }) } }) });
  if (!result) return;
  if (result.passed) {
    ctx.notify(t({ zhCN: `得分 ${result.score}，考试通过，认定 ${result.creditedHours} 学时。`,
      en: `Score ${result.score}: passed, ${result.creditedHours} hours credited.` }), 'success');
  } else {
    ctx.notify(t({ zhCN: `得分 ${result.score}，未达到 ${result.passMark} 分，请复习后再考。`,
      en: `Score ${result.score}, below the pass mark of ${result.passMark}: study and try again.` }));
  }
  await done();
}
