// The template editor: lists, edits and previews templates through the REST API (/api/v1/config/templates).
// Everything a template holds is written with textContent, never as markup.
(function () {
  'use strict';
  const root = document.querySelector('[data-templates]');
  if (!root) { return; }
  const api = root.dataset.templates;
  const $ = id => document.getElementById(id);
  const list = value => value.split(',').map(s => s.trim()).filter(s => s.length > 0);
  const call = window.shellyApi.call;

  function showProblem(problem) {
    const box = $('template-problem');
    window.shellyApi.showProblem(box, problem);
    const errors = box.querySelector('[data-problem-errors]');
    errors.replaceChildren(...((problem && problem.errors) || []).map(e => {
      const item = document.createElement('li');
      item.textContent = (e.field ? e.field + ': ' : '') + e.message;
      return item;
    }));
    $('template-saved').hidden = true;
  }

  function fill(template) {
    $('t-original').value = template ? template.name : '';
    $('t-name').value = template ? template.name : '';
    $('t-priority').value = template ? template.priority : 0;
    $('t-description').value = template && template.description ? template.description : '';
    const assign = template ? template.assignTo : {};
    ['tags', 'models', 'rooms', 'devices'].forEach(k => { $('t-' + k).value = (assign[k] || []).join(', '); });
    $('t-settings').value = JSON.stringify(template ? template.settings : {}, null, 2);
    $('template-problem').hidden = true;
  }

  async function load(selectName) {
    const templates = await call('GET', api);
    $('template-none').hidden = templates.length > 0;
    $('template-list').replaceChildren(...templates.map(t => {
      const item = document.createElement('button');
      item.type = 'button';
      item.className = 'list-group-item list-group-item-action';
      item.dataset.template = t.name;
      item.textContent = t.name + ' (priority ' + t.priority + ')';
      item.addEventListener('click', () => fill(t));
      return item;
    }));
    const chosen = templates.find(t => t.name === selectName);
    if (chosen) { fill(chosen); }
  }

  $('template-new').addEventListener('click', () => fill(null));
  $('template-form').addEventListener('submit', async event => {
    event.preventDefault();
    let settings;
    try { settings = JSON.parse($('t-settings').value); } catch (e) {
      showProblem({title: 'Settings are not JSON', detail: e.message, code: 'template.invalid'});
      return;
    }
    const body = {name: $('t-name').value, description: $('t-description').value,
      priority: Number($('t-priority').value || 0), settings,
      assignTo: {tags: list($('t-tags').value), models: list($('t-models').value),
        rooms: list($('t-rooms').value), devices: list($('t-devices').value)}};
    const original = $('t-original').value;
    try {
      const saved = original ? await call('PUT', api + '/' + encodeURIComponent(original), body) : await call('POST', api, body);
      $('template-problem').hidden = true;
      $('template-saved').textContent = 'Saved template \u2018' + saved.name + '\u2019.';
      $('template-saved').hidden = false;
      await load(saved.name);
    } catch (problem) { showProblem(problem); }
  });

  $('preview-run').addEventListener('click', async () => {
    const name = $('t-original').value;
    if (!name) { showProblem({title: 'Nothing to preview', detail: 'Save the template first, then preview it.', code: 'template.not-found'}); return; }
    try {
      const preview = await call('GET', api + '/' + encodeURIComponent(name) + '/preview/' + encodeURIComponent($('preview-device').value));
      $('preview-table').tBodies[0].replaceChildren(...preview.values.map(v => {
        const row = document.createElement('tr');
        [v.field, v.secret ? '(secret)' : JSON.stringify(v.value), v.setting].forEach(text => {
          const cell = document.createElement('td');
          cell.textContent = text;
          row.appendChild(cell);
        });
        return row;
      }));
      $('preview-table').hidden = false;
      $('preview-problems').replaceChildren(...preview.problems.map(p => {
        const item = document.createElement('li');
        item.textContent = p.setting + ': ' + p.message;
        return item;
      }));
    } catch (problem) { showProblem(problem); }
  });

  load(null).catch(showProblem);
})();
