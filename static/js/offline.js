/* Offline reading, enhanced: registers the service worker, keeps editions and courses on the device,
   queues knowledge-check attempts made offline (IndexedDB) and uploads them when the connection returns.
   Without it (or without service workers) every page still works online. */
(function () {
  "use strict";
  var stringsNode = document.getElementById("offline-strings");
  var t = stringsNode ? JSON.parse(stringsNode.textContent) : {};
  var ATTEMPTS_URL = "/api/training/offline-attempts/";
  var MEMBER_KEY = "offline-member";
  var SIGNED_IN_KEY = "offline-signed-in";  // "1" only: no name or id of the member, and cleared at sign-out
  var RESULTS_KEY = "offline-results";
  var META = "/offline-kept-meta";

  function kb(bytes) {
    // In the reader's units and decimal sign ("12 Ko", "1,4 Mo"); the page's language names the locale.
    var language = document.documentElement.lang || "en";
    var small = bytes < 1048576;
    var number = small ? Math.max(1, Math.round(bytes / 1024)) : Math.round(bytes / 104857.6) / 10;
    var unit = small ? (t.kilobytes || "%s KB") : (t.megabytes || "%s MB");
    return unit.replace("%s", number.toLocaleString(language));
  }
  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (key) { node.setAttribute(key, attrs[key]); });
    if (text) { node.textContent = text; }
    return node;
  }

  /* ---- the service worker ---- */
  if ("serviceWorker" in navigator) {
    window.addEventListener("load", function () {
      var firstVisit = !navigator.serviceWorker.controller;
      navigator.serviceWorker.register("/sw.js", {scope: "/"}).then(function () {
        return navigator.serviceWorker.ready;
      }).then(function (registration) {
        if (firstVisit && registration.active) { registration.active.postMessage({visited: location.href, language: document.documentElement.lang}); }
      }).catch(function () {});
    });
  }
  /* ---- the account links on a page the device kept: every kept page is the public one ---- */
  function showSignedIn() {
    var links = document.querySelector(".account-nav ul");
    if (!links) { return; }
    links.textContent = "";
    links.appendChild(el("li", {"data-offline-signed-in": ""}, t.signedIn));
    links.appendChild(el("li")).appendChild(el("a", {href: "/accounts/logout/"}, t.signOut));
  }
  var marker = document.querySelector("[data-signed-in]");
  if (marker && marker.getAttribute("data-signed-in") === "1") {
    localStorage.setItem(SIGNED_IN_KEY, "1");
  } else if (marker && localStorage.getItem(SIGNED_IN_KEY)) {
    // A page made for a visitor while this device has a member: a kept copy, or the session has ended.
    if (!navigator.onLine) {
      showSignedIn();
    } else {
      fetch(ATTEMPTS_URL, {credentials: "same-origin", headers: {Accept: "application/json"}}).then(function (response) {
        return response.ok ? response.json() : null;
      }).then(function (who) {
        if (who && who.member) { showSignedIn(); } else if (who) { localStorage.removeItem(SIGNED_IN_KEY); }
      }).catch(showSignedIn);
    }
  }
  document.addEventListener("submit", function (event) {
    if ((event.target.getAttribute("action") || "").indexOf("/accounts/logout/") === 0) {
      localStorage.removeItem(SIGNED_IN_KEY);
      localStorage.removeItem(MEMBER_KEY);
      localStorage.removeItem(RESULTS_KEY);
      if (navigator.serviceWorker && navigator.serviceWorker.controller) {
        navigator.serviceWorker.controller.postMessage("sign-out");
      }
    }
  });
  if (!("caches" in window)) { return; }

  /* ---- keep for offline ---- */
  function keptMeta(name) {
    return caches.open(name).then(function (cache) { return cache.match(META); })
      .then(function (response) { return response ? response.json() : null; });
  }
  function keptNames() {
    return caches.keys().then(function (names) { return names.filter(function (name) { return name.indexOf("kept") === 0; }); });
  }
  function findKept(key) {
    return keptNames().then(function (names) {
      return names.filter(function (name) { return name.split(":")[1] === key; })[0] || null;
    });
  }
  function keep(listUrl, member, status) {
    status.textContent = t.keeping;
    return fetch(listUrl, {credentials: "omit"}).then(function (response) {
      if (!response.ok) { throw new Error(response.status); }
      return response.json();
    }).then(function (list) {
      var name = (member ? "kept-member:" : "kept:") + list.key;
      var size = 0;
      return caches.open(name).then(function (cache) {
        var urls = list.urls.concat([listUrl]);
        return Promise.all(urls.map(function (url) {
          // Signed out on purpose: what a device keeps is the public page, never a member's own.
          return fetch(url, {credentials: "omit"}).then(function (response) {
            if (!response.ok) { throw new Error(url); }
            return response.clone().blob().then(function (blob) { size += blob.size; return cache.put(url, response); });
          });
        })).then(function () {
          var meta = {key: list.key, title: list.title, size: size, url: location.pathname, kept: new Date().toISOString()};
          return cache.put(META, new Response(JSON.stringify(meta), {headers: {"Content-Type": "application/json"}}));
        }).then(function () { return name; });
      });
    });
  }
  function showKept(box, name) {
    var status = box.querySelector("[data-keep-status]");
    var remove = box.querySelector("[data-keep-remove]");
    return keptMeta(name).then(function (meta) {
      status.textContent = t.kept + " (" + kb(meta ? meta.size : 0) + ")";
      remove.hidden = false;
      box.querySelector("[data-keep-button]").hidden = true;
    });
  }
  document.querySelectorAll("[data-keep-url]").forEach(function (box) {
    var listUrl = box.getAttribute("data-keep-url");
    var status = box.querySelector("[data-keep-status]");
    var button = box.querySelector("[data-keep-button]");
    var remove = box.querySelector("[data-keep-remove]");
    box.hidden = !("serviceWorker" in navigator);
    caches.match(listUrl).then(function (response) { return response && response.json(); }).then(function (list) {
      return list && findKept(list.key).then(function (name) { return name && showKept(box, name); });
    });
    button.addEventListener("click", function () {
      button.disabled = true;
      keep(listUrl, box.getAttribute("data-keep-member") === "1", status).then(function (name) {
        return showKept(box, name);
      }).catch(function () { status.textContent = t.failed; }).then(function () { button.disabled = false; });
    });
    remove.addEventListener("click", function () {
      caches.match(listUrl).then(function (response) { return response && response.json(); }).then(function (list) {
        return list && findKept(list.key).then(function (name) { return name && caches.delete(name); });
      }).then(function () {
        status.textContent = t.removed;
        remove.hidden = true;
        button.hidden = false;
      });
    });
  });

  /* ---- the "available offline" page ---- */
  var keptPage = document.querySelector("[data-offline-kept]");
  if (keptPage) {
    var lang = document.documentElement.lang;
    if (!/^\/[a-z]{2}\/kept\/$/.test(location.pathname)) { keptPage.querySelector("[data-offline-missing]").hidden = false; }
    var keptList = keptPage.querySelector("[data-kept-list]");
    keptNames().then(function (names) {
      return Promise.all(names.map(function (name) {
        return keptMeta(name).then(function (meta) {
          if (!meta) { return; }
          var item = el("li");
          item.appendChild(el("a", {href: meta.url}, meta.title));
          item.appendChild(document.createTextNode(" · " + kb(meta.size) + " "));
          var remove = el("button", {type: "button", "class": "button--link"}, t.remove);
          remove.addEventListener("click", function () { caches.delete(name).then(function () { item.remove(); }); });
          item.appendChild(remove);
          keptList.appendChild(item);
        });
      }));
    }).then(function () { keptPage.querySelector("[data-kept-empty]").hidden = keptList.children.length > 0; });
    // Each page by its own title and language, read from the copy on the device; the reader's language first.
    caches.open("pages").then(function (cache) {
      return cache.keys().then(function (requests) {
        return Promise.all(requests.map(function (request) {
          return cache.match(request).then(function (response) {
            var type = response.headers.get("Content-Type") || "";
            var listed = type.indexOf("text/html") === 0 && !/^\/[a-z]{2}\/kept\/$/.test(new URL(request.url).pathname);
            return listed ? response.text().then(function (html) {
              var doc = new DOMParser().parseFromString(html, "text/html");
              var url = new URL(request.url);
              var title = doc.title.split(" · ").slice(0, -1).join(" · ") || doc.title || decodeURI(url.pathname);
              return {href: url.pathname + url.search, title: title, lang: doc.documentElement.lang};
            }) : null;
          });
        }));
      });
    }).then(function (pages) {
      var readList = keptPage.querySelector("[data-read-list]");
      pages.filter(Boolean).sort(function (a, b) {
        return (b.lang === lang) - (a.lang === lang) || a.title.localeCompare(b.title);
      }).forEach(function (read) {
        var item = readList.appendChild(el("li"));
        // Each run isolated (dir="auto"), so an Arabic title on an English page keeps its words in order.
        item.appendChild(el("a", {href: read.href, lang: read.lang, hreflang: read.lang, dir: "auto"}, read.title));
        item.appendChild(document.createTextNode(" · "));
        item.appendChild(el("bdi", {"class": "meta", lang: read.lang}, t.languages[read.lang] || read.lang));
      });
    });
  }

  /* ---- knowledge checks offline: a queue on the device, uploaded append-only ---- */
  function queue(mode, work) {
    return new Promise(function (resolve, reject) {
      var open = indexedDB.open("portal-offline", 1);
      open.onupgradeneeded = function () { open.result.createObjectStore("attempts", {keyPath: "attempt"}); };
      open.onerror = function () { reject(open.error); };
      open.onsuccess = function () {
        var tx = open.result.transaction("attempts", mode);
        var result = work(tx.objectStore("attempts"));
        tx.oncomplete = function () { resolve(result && result.result); };
        tx.onerror = function () { reject(tx.error); };
      };
    });
  }
  function say(text) {
    var box = document.querySelector("[data-offline-sync]");
    if (!box) {
      box = el("p", {"class": "notice offline-sync", role: "status", "data-offline-sync": ""});
      (document.getElementById("main") || document.body).prepend(box);
    }
    box.textContent = text;
  }
  var syncing = null;  // one upload at a time: the "online" event and a page load may both ask for one
  function sync() {
    if (!syncing) { syncing = upload().then(function () { syncing = null; }); }
    return syncing;
  }
  function upload() {
    return queue("readonly", function (store) { return store.getAll(); }).then(function (pending) {
      if (!pending || !pending.length) { return; }
      return fetch(ATTEMPTS_URL, {credentials: "same-origin", headers: {Accept: "application/json"}}).then(function (response) {
        return response.ok ? response.json() : null;
      }).then(function (who) {
        if (!who || !who.member) { say(t.waiting + " " + pending.length); return; }
        var mine = pending.filter(function (item) { return String(item.member) === String(who.member); });
        mine.sort(function (a, b) { return a.taken_at < b.taken_at ? -1 : 1; });
        var done = [];
        return mine.reduce(function (previous, item) {
          return previous.then(function () {
            return fetch(ATTEMPTS_URL, {
              method: "POST", credentials: "same-origin",
              headers: {"Content-Type": "application/json", "X-CSRFToken": who.csrf_token, Accept: "application/json"},
              body: JSON.stringify({attempt: item.attempt, lesson: item.lesson, answers: item.answers, taken_at: item.taken_at}),
            }).then(function (response) {
              if (response.status !== 200 && response.status !== 201) { return; }  // kept on the device for later
              return response.json().then(function (outcome) {
                done.push(outcome);
                return queue("readwrite", function (store) { return store.delete(item.attempt); });
              });
            });
          });
        }, Promise.resolve()).then(function () {
          if (!done.length) { return; }
          var words = done.map(function (o) {
            return o.lesson_title + ": " + (o.outcome === "passed" ? t.passed : o.outcome === "not_passed" ? t.notPassed : t.refused) +
              (o.score !== null ? " (" + o.score + "%)" : "") + (o.reason ? " — " + o.reason : "");
          });
          localStorage.setItem(RESULTS_KEY, JSON.stringify(words));
          say(t.uploaded + " " + words.join(" · "));
        });
      });
    }).catch(function () {});
  }
  window.addEventListener("online", sync);
  if (navigator.onLine) { sync(); }

  var check = document.querySelector("[data-offline-check]");
  if (check) {
    if (check.getAttribute("data-member")) { localStorage.setItem(MEMBER_KEY, check.getAttribute("data-member")); }
    var showOffline = function () {
      if (navigator.onLine || document.querySelector("#knowledge-check form, form.lesson-complete")) { return; }
      var member = localStorage.getItem(MEMBER_KEY);
      var courseList = "/api/offline/pages/" + check.getAttribute("data-course") + "/";
      caches.match(courseList).then(function (response) { return response && response.json(); }).then(function (list) {
        var lesson = check.getAttribute("data-lesson");
        var form = check.querySelector("[data-offline-form]");
        check.hidden = false;
        // The kept copy is the public page: its "enrol" offer and online-only check do not apply offline.
        ["enrol-offer", "knowledge-check"].forEach(function (id) { var node = document.getElementById(id); if (node) { node.hidden = true; } });
        if (!member || !list || !list.checks[lesson]) { form.replaceWith(el("p", {}, t.signIn)); return; }
        list.checks[lesson].questions.forEach(function (question, index) {
          var set = form.appendChild(el("fieldset", {"class": "question"}));
          set.appendChild(el("legend", {}, (index + 1) + ". " + question.prompt));
          question.answers.forEach(function (answer) {
            var row = set.appendChild(el("div", {"class": "answer"}));
            row.appendChild(el("input", {type: question.multiple ? "checkbox" : "radio", name: question.id, value: answer.id, id: "offline-" + answer.id}));
            row.appendChild(el("label", {"for": "offline-" + answer.id}, answer.text));
          });
        });
        form.appendChild(el("button", {type: "submit"}, list.checks[lesson].questions.length ? t.save : t.complete));
        form.addEventListener("submit", function (event) {
          event.preventDefault();
          var answers = {};
          list.checks[lesson].questions.forEach(function (question) {
            answers[question.id] = Array.prototype.map.call(form.querySelectorAll("input[name='" + question.id + "']:checked"), function (input) { return input.value; });
          });
          var attempt = {attempt: crypto.randomUUID(), lesson: Number(lesson), answers: answers, taken_at: new Date().toISOString(), member: member};
          queue("readwrite", function (store) { return store.add(attempt); }).then(function () {
            form.replaceWith(el("p", {"class": "notice", "data-offline-queued": ""}, t.queued));
          });
        });
      });
    };
    showOffline();
    window.addEventListener("offline", showOffline);
  }
})();
