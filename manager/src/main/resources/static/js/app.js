// Behaviour of every page: the theme switch, CSRF for htmx requests, live regions fed by Server-Sent Events,
// multi-select, charts and the service worker. No inline scripts anywhere: the Content-Security-Policy forbids them.
(function () {
  'use strict';

  // --- theme switch: auto (system) -> light -> dark, kept in localStorage ---
  function applyTheme(choice) {
    const system = window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
    document.documentElement.dataset.bsTheme = choice === 'auto' ? system : choice;
    document.documentElement.dataset.themeChoice = choice;
    document.querySelectorAll('[data-theme-label]').forEach(label => { label.textContent = choice; });
  }
  document.addEventListener('click', event => {
    const button = event.target.closest('#theme-switch');
    if (!button) { return; }
    const order = ['auto', 'light', 'dark'];
    const current = document.documentElement.dataset.themeChoice || 'auto';
    const next = order[(order.indexOf(current) + 1) % order.length];
    if (next === 'auto') { localStorage.removeItem('theme'); } else { localStorage.setItem('theme', next); }
    applyTheme(next);
  });
  window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => {
    applyTheme(document.documentElement.dataset.themeChoice || 'auto');
  });

  // --- htmx: CSRF header on every request, errors into the flash area ---
  document.addEventListener('htmx:configRequest', event => {
    const token = document.querySelector('meta[name="csrf-token"]');
    const header = document.querySelector('meta[name="csrf-header"]');
    if (token && header && token.content) {
      event.detail.headers[header.content] = token.content;
    }
  });
  document.addEventListener('htmx:sendError', () => {
    flash('The server could not be reached. Check the connection and try again.', 'request.network');
  });
  function flash(message, code) {
    const area = document.getElementById('flash');
    if (!area) { return; }
    const alert = document.createElement('div');
    alert.className = 'alert alert-danger';
    alert.setAttribute('role', 'alert');
    alert.textContent = message + ' ';
    const small = document.createElement('code');
    small.textContent = code;
    alert.appendChild(small);
    area.replaceChildren(alert);
  }

  // --- live regions: <div data-live="/ui/live/..."> receives HTML fragments; elements replace those with the same id ---
  const streams = new Map();
  function connectLive() {
    document.querySelectorAll('[data-live]').forEach(element => {
      if (streams.has(element)) { return; }
      const source = new EventSource(element.dataset.live);
      source.addEventListener('fragment', message => {
        const template = document.createElement('template');
        template.innerHTML = message.data;
        const outermost = Array.from(template.content.querySelectorAll('[id]'))
          .filter(el => !el.parentElement || !el.parentElement.closest('[id]'));
        outermost.forEach(fresh => {
          const old = document.getElementById(fresh.id);
          if (old) {
            old.replaceWith(fresh);
            if (window.htmx) { window.htmx.process(fresh); }
          }
        });
        document.dispatchEvent(new CustomEvent('live:updated'));
      });
      streams.set(element, source);
    });
    streams.forEach((source, element) => {
      if (!element.isConnected) { source.close(); streams.delete(element); }
    });
  }

  // --- multi-select: a header checkbox selects every row of its form; the count is shown and the actions that
  // need a selection are enabled only while there is one ---
  function showSelection(form) {
    const count = form.querySelectorAll('input[name="ids"]:checked').length;
    form.querySelectorAll('[data-selected-count]').forEach(el => { el.textContent = String(count); });
    form.querySelectorAll('[data-needs-selection]').forEach(button => { button.disabled = count === 0; });
  }
  document.addEventListener('change', event => {
    const all = event.target.closest('[data-select-all]');
    const form = event.target.form;
    if (all && form) {
      form.querySelectorAll('input[name="ids"]').forEach(box => { box.checked = all.checked; });
    }
    if (form) { showSelection(form); }
  });

  // --- charts: <canvas data-chart="/ui/devices/{id}/chart?metric=power"> and range buttons ---
  const charts = new Map();
  function drawCharts(root) {
    if (!window.Chart) { return; }
    root.querySelectorAll('canvas[data-chart]').forEach(canvas => loadChart(canvas, canvas.dataset.chart));
  }
  function loadChart(canvas, url) {
    fetch(url, {headers: {'Accept': 'application/json'}}).then(r => r.json()).then(data => {
      const old = charts.get(canvas);
      if (old) { old.destroy(); }
      const style = getComputedStyle(document.documentElement);
      const colour = style.getPropertyValue('--bs-primary').trim() || '#1f4e8c';
      charts.set(canvas, new window.Chart(canvas, {
        type: data.type || 'line',
        data: {labels: data.labels, datasets: data.datasets.map(set => Object.assign({
          borderColor: colour, backgroundColor: colour, pointRadius: 0, tension: 0.2}, set))},
        options: {responsive: true, maintainAspectRatio: false, animation: false,
          plugins: {legend: {display: data.datasets.length > 1}},
          scales: {y: {beginAtZero: true, title: {display: !!data.unit, text: data.unit}}}}
      }));
      canvas.dataset.loaded = 'true';
      canvas.setAttribute('aria-label', data.summary || canvas.getAttribute('aria-label') || 'chart');
    });
  }
  document.addEventListener('click', event => {
    const button = event.target.closest('[data-chart-range]');
    if (!button) { return; }
    const canvas = document.getElementById(button.dataset.chartTarget);
    const url = new URL(canvas.dataset.chart, window.location.origin);
    url.searchParams.set('range', button.dataset.chartRange);
    canvas.dataset.chart = url.pathname + url.search;
    button.parentElement.querySelectorAll('[data-chart-range]').forEach(b => b.setAttribute('aria-pressed', String(b === button)));
    loadChart(canvas, canvas.dataset.chart);
  });

  function init(root) {
    connectLive(); // the whole page: a swap may replace a live region itself, which the swapped root does not contain
    drawCharts(root);
    document.querySelectorAll('form').forEach(form => {
      if (form.querySelector('[data-needs-selection]')) { showSelection(form); }
    });
  }
  document.addEventListener('DOMContentLoaded', () => {
    applyTheme(document.documentElement.dataset.themeChoice || 'auto');
    init(document);
  });
  document.addEventListener('htmx:afterSettle', event => init(event.detail.elt || document));

  if ('serviceWorker' in navigator) {
    window.addEventListener('load', () => navigator.serviceWorker.register('/sw.js').catch(() => {}));
  }
})();
