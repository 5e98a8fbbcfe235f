// The API tokens page: lists, mints and revokes the signed-in person's own tokens through the token API with the
// browser session (and its CSRF token). Everything a token holds is written with textContent, never as markup.
(function () {
  'use strict';
  const root = document.querySelector('[data-tokens]');
  if (!root) { return; }
  const api = root.dataset.tokens;
  const $ = id => document.getElementById(id);
  const call = window.shellyApi.call;
  const showProblem = problem => window.shellyApi.showProblem($('token-problem'), problem);

  const when = value => value ? new Date(value).toLocaleString() : '—';

  function cell(text, className) {
    const td = document.createElement('td');
    td.textContent = text;
    if (className) { td.className = className; }
    return td;
  }

  function row(token) {
    const tr = document.createElement('tr');
    tr.dataset.tokenId = token.id;
    const state = token.revokedAt ? 'revoked' : token.active ? 'active' : 'expired';
    tr.append(cell(token.name), cell(token.role), cell(when(token.createdAt), 'hide-sm'), cell(token.lastUsedAt ? when(token.lastUsedAt) : 'never'),
      cell(when(token.expiresAt)), cell(state));
    const actions = document.createElement('td');
    if (state === 'active') {
      const revoke = document.createElement('button');
      revoke.type = 'button';
      revoke.className = 'btn btn-sm btn-outline-danger';
      revoke.textContent = 'Revoke';
      revoke.setAttribute('aria-label', 'Revoke ' + token.name);
      revoke.addEventListener('click', async () => {
        if (!window.confirm('Revoke the token \u2018' + token.name + '\u2019? Whatever uses it stops working.')) { return; }
        try {
          await call('DELETE', api + '/' + encodeURIComponent(token.id));
          $('token-problem').hidden = true;
          await load();
        } catch (problem) { showProblem(problem); }
      });
      actions.append(revoke);
    }
    tr.append(actions);
    return tr;
  }

  async function load() {
    const tokens = await call('GET', api);
    $('token-none').hidden = tokens.length > 0;
    root.querySelector('#token-table tbody').replaceChildren(...tokens.map(row));
    root.dataset.loaded = 'true';
  }

  $('token-form').addEventListener('submit', async event => {
    event.preventDefault();
    const days = $('tk-days').value;
    const body = {name: $('tk-name').value, role: $('tk-role').value || null, expiresInDays: days ? Number(days) : null};
    try {
      const minted = await call('POST', api, body);
      $('token-problem').hidden = true;
      $('token-value').textContent = minted.token;
      $('token-minted').querySelector('[data-minted-name]').textContent = minted.name;
      $('token-minted').hidden = false;
      $('token-form').reset();
      await load();
    } catch (problem) { showProblem(problem); }
  });

  $('token-copy').addEventListener('click', () => {
    if (navigator.clipboard) { navigator.clipboard.writeText($('token-value').textContent); }
  });

  load().catch(problem => showProblem(problem));
})();
