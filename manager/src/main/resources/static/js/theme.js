// Applies the colour theme before the page paints: the one chosen with the switch (kept in localStorage), or
// the system's. Loaded synchronously in <head>; the switch itself is wired up in app.js.
(function () {
  const stored = localStorage.getItem('theme');
  const system = window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  document.documentElement.dataset.bsTheme = stored === 'light' || stored === 'dark' ? stored : system;
  document.documentElement.dataset.themeChoice = stored || 'auto';
})();
