// Service worker: caches the application shell and answers page requests with the offline page when the
// server cannot be reached. Live data is never cached: pages and API answers always come from the server.
const CACHE = 'shelly-manager-v1';
const SHELL = [
  '/offline.html',
  '/css/app.css',
  '/js/theme.js',
  '/icons/icon.svg',
  '/icons/icon-192.png'
];

self.addEventListener('install', event => {
  event.waitUntil(caches.open(CACHE).then(cache => cache.addAll(SHELL)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', event => {
  event.waitUntil(caches.keys()
    .then(keys => Promise.all(keys.filter(key => key !== CACHE).map(key => caches.delete(key))))
    .then(() => self.clients.claim()));
});

self.addEventListener('fetch', event => {
  const request = event.request;
  if (request.method !== 'GET') {
    return;
  }
  if (request.mode === 'navigate') {
    event.respondWith(fetch(request).catch(() => caches.match('/offline.html')));
    return;
  }
  const url = new URL(request.url);
  if (url.origin === self.location.origin && (SHELL.includes(url.pathname) || url.pathname.startsWith('/webjars/'))) {
    event.respondWith(caches.match(request).then(hit => hit || fetch(request).then(response => {
      const copy = response.clone();
      caches.open(CACHE).then(cache => cache.put(request, copy));
      return response;
    })));
  }
});
