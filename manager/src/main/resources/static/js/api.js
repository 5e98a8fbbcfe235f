// Calls to the REST API from a page's script, with the browser session and its CSRF token: JSON in, JSON out. A
// failed call rejects with the problem detail the server answered (RFC 9457), or one saying the server was out
// of reach; showProblem writes one into an alert box as text, never as markup.
window.shellyApi = (function () {
  'use strict';

  function headers() {
    const result = {'Content-Type': 'application/json', 'Accept': 'application/json'};
    const token = document.querySelector('meta[name="csrf-token"]');
    const header = document.querySelector('meta[name="csrf-header"]');
    if (token && header && token.content) { result[header.content] = token.content; }
    return result;
  }

  async function call(method, url, body) {
    let response;
    try {
      response = await fetch(url, {method, headers: headers(), body: body === undefined ? undefined : JSON.stringify(body)});
    } catch (e) {
      throw {title: 'The server did not answer', detail: 'Check the connection and try again.', code: 'request.network'};
    }
    const data = response.status === 204 ? null : await response.json().catch(() => ({}));
    if (!response.ok) { throw data; }
    return data;
  }

  function showProblem(box, problem) {
    const shown = problem || {};
    box.querySelector('[data-problem-title]').textContent = shown.title || 'The request failed';
    box.querySelector('[data-problem-detail]').textContent = shown.detail || '';
    box.querySelector('[data-problem-code]').textContent = shown.code || 'server.error';
    box.hidden = false;
  }

  return {call, showProblem};
})();
