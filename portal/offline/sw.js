/* The portal's service worker: pages a reader visited stay readable offline.
   Frozen editions are cached for good (they never change); other pages are network first.
   Only responses a shared device may keep are stored: never `no-store` (every signed-in page). */
"use strict";
var VERSION = "__VERSION__";
var SHELL = "shell-" + VERSION;
var PAGES = "pages";
var ASSETS = __ASSETS__;
var OFFLINE_PAGES = __OFFLINE_PAGES__;
var FROZEN = /\/editions\/[^/]+\/(print\/)?$/;
var NEVER = /^\/(admin|accounts|api|django-admin|documents|i18n|low-data)\//;

function publicRequest(url) { return new Request(url, {credentials: "omit"}); }

self.addEventListener("install", function (event) {
  event.waitUntil(caches.open(SHELL).then(function (cache) {
    return cache.addAll(ASSETS.map(publicRequest));  // hashed and already in the browser's cache: no download
  }).then(function () { return self.skipWaiting(); }));
});

function keepVisited(href, language) {
  // The page the worker was installed from: taken from the browser's own cache, not downloaded again; with the
  // "available offline" page in that page's language (the other languages only when read).
  var url = new URL(href);
  var offline = OFFLINE_PAGES[url.pathname.split("/")[1]] || OFFLINE_PAGES[language] || OFFLINE_PAGES.en;
  var page = NEVER.test(url.pathname) ? null : fetch(href, {cache: "force-cache"}).then(function (response) {
    return store(new Request(href), response);
  });
  var fallback = offline && caches.match(offline).then(function (hit) {
    return hit || fetch(publicRequest(offline)).then(function (response) {
      return caches.open(SHELL).then(function (cache) { return cache.put(offline, response); });
    });
  });
  return Promise.all([page, fallback]).catch(function () {});
}

self.addEventListener("activate", function (event) {
  event.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(function (name) {
      return name.indexOf("shell-") === 0 && name !== SHELL;
    }).map(function (name) { return caches.delete(name); }));
  }).then(function () { return self.clients.claim(); }));
});

function storable(response) {
  var control = response.headers.get("Cache-Control") || "";
  return response.ok && response.type === "basic" && !/no-store/.test(control);
}

function store(request, response) {
  // Into the visited pages, and over the older copy in any kept edition or course that holds this URL.
  if (!storable(response)) { return Promise.resolve(response); }
  var copy = response.clone();
  return caches.keys().then(function (names) {
    return Promise.all(names.filter(function (name) { return name.indexOf("kept") === 0; }).map(function (name) {
      return caches.open(name).then(function (cache) {
        return cache.match(request, {ignoreVary: true}).then(function (old) { return old && cache.put(request, copy.clone()); });
      });
    })).then(function () { return caches.open(PAGES); });
  }).then(function (cache) { return cache.put(request, copy); }).then(function () { return response; }, function () { return response; });
}

function fromCache(request) {
  return caches.match(request, {ignoreVary: true, ignoreSearch: false});
}

function offlinePage(url) {
  // In the page's language when that one was stored, else in any language the device has.
  var wanted = OFFLINE_PAGES[url.pathname.split("/")[1]] || OFFLINE_PAGES.en;
  return caches.match(wanted, {ignoreVary: true}).then(function (hit) {
    return hit || Promise.all(Object.keys(OFFLINE_PAGES).map(function (code) {
      return caches.match(OFFLINE_PAGES[code], {ignoreVary: true});
    })).then(function (pages) { return pages.filter(Boolean)[0] || Response.error(); });
  });
}

function forgetMember() {
  // Pages kept while signed in and the visited-pages cache go; public editions kept before sign-in stay.
  return caches.keys().then(function (names) {
    return Promise.all(names.filter(function (name) {
      return name === PAGES || name.indexOf("kept-member:") === 0;
    }).map(function (name) { return caches.delete(name); }));
  });
}

self.addEventListener("message", function (event) {
  if (event.data === "sign-out") { event.waitUntil(forgetMember()); }
  if (event.data && event.data.visited) { event.waitUntil(keepVisited(event.data.visited, event.data.language)); }
});

self.addEventListener("fetch", function (event) {
  var request = event.request;
  var url = new URL(request.url);
  if (url.origin !== self.location.origin) { return; }
  if (request.method === "POST" && url.pathname === "/accounts/logout/") {
    event.respondWith(fetch(request).then(function (response) {
      return forgetMember().then(function () { return response; });
    }));
    return;
  }
  if (request.method !== "GET" || NEVER.test(url.pathname)) { return; }
  if (ASSETS.indexOf(url.pathname) !== -1 || url.pathname.indexOf("/static/") === 0) {
    event.respondWith(fromCache(request).then(function (hit) {
      return hit || fetch(request).then(function (response) { return store(request, response); });
    }));
    return;
  }
  if (request.destination === "image") {
    // A kept lesson's pictures: the device's copy when it has one (a rendition's file never changes), else the network.
    event.respondWith(fromCache(request).then(function (hit) { return hit || fetch(request); }));
    return;
  }
  if (request.mode !== "navigate" && (request.headers.get("Accept") || "").indexOf("text/html") === -1) { return; }
  if (FROZEN.test(url.pathname)) {
    // The edition's text never changes: the copy on the device answers at once; only the "superseded"
    // banner can change, so a copy is refreshed quietly (the browser's own cache makes that free for an hour).
    var refreshed = fetch(request).then(function (response) { return store(request, response); });
    event.waitUntil(refreshed.catch(function () {}));
    event.respondWith(fromCache(request).then(function (hit) { return hit || refreshed; })
      .catch(function () { return offlinePage(url); }));
    return;
  }
  // Network first, and revalidated: a page changed since the browser's copy is never shown stale when online
  // (an unchanged one costs a 304).
  event.respondWith(fetch(new Request(request, {cache: "no-cache"})).then(function (response) {
    return store(request, response);
  }).catch(function () {
    return fromCache(request).then(function (hit) { return hit || offlinePage(url); });
  }));
});
