// Nothing typed is lost. An entry a person sends (a dose, a check-in, a drink, a note, a withdrawal
// check-in, the profile) is kept in this browser's IndexedDB until the server has taken it. When the
// sending fails because the session was lost (expired, or ended on another device) or its CSRF token
// went stale, the server leads to the sign-in page and back to the same page (SignInRequired), where the
// kept entry fills its form again and is sent. A kept entry belongs to the person whose page it was
// typed on (the page's data-owner, a hash of their id): it is only ever sent again on that person's
// pages, never into the account of someone who signs in after them. Signing out clears every kept
// entry. No password or token is ever kept.
(function () {
  'use strict';

  var DATABASE = 'mitra';
  var STORE = 'unsent';
  var KEEP_MS = 7 * 24 * 60 * 60 * 1000;
  var MAX_RESENDS = 3;
  var KEPT = /^\/(doses|checkins|notes|substances|withdrawal)(\/[0-9a-f-]{36})?$|^\/safety\/profile$/;

  if (!window.indexedDB) {
    return;
  }

  // Entries sent again from this page and not yet answered: a page settling meanwhile must not send them twice.
  var resending = {};

  // One connection for the page, so transactions run in the order they were asked for (a "forget" asked
  // after a "keep" must not overtake it); it closes when another page wants to change or delete the database.
  var connection = null;

  function database() {
    if (!connection) {
      connection = new Promise(function (resolve, reject) {
        var request = indexedDB.open(DATABASE, 1);
        request.onupgradeneeded = function () {
          request.result.createObjectStore(STORE, { keyPath: 'key' });
        };
        request.onsuccess = function () {
          request.result.onversionchange = function () {
            request.result.close();
            connection = null;
          };
          resolve(request.result);
        };
        request.onerror = function () {
          connection = null;
          reject(request.error);
        };
      });
    }
    return connection;
  }

  function transaction(mode, work) {
    return database().then(function (db) {
      return new Promise(function (resolve, reject) {
        var tx = db.transaction(STORE, mode);
        var request = work(tx.objectStore(STORE));
        tx.oncomplete = function () { resolve(request ? request.result : undefined); };
        tx.onerror = function () { reject(tx.error); };
      });
    });
  }

  function keep(entry) { return transaction('readwrite', function (store) { return store.put(entry); }); }
  function forget(key) { return transaction('readwrite', function (store) { return store.delete(key); }); }
  function forgetAll() { return transaction('readwrite', function (store) { return store.clear(); }); }
  function all() { return transaction('readonly', function (store) { return store.getAll(); }); }

  function owner() {
    var app = document.querySelector('.app');
    return app && app.dataset.owner ? app.dataset.owner : null;
  }

  function actionPath(form) {
    return new URL(form.getAttribute('action') || location.href, location.href).pathname;
  }

  function kept(form) {
    return form instanceof HTMLFormElement && (form.getAttribute('method') || '').toLowerCase() === 'post'
        && KEPT.test(actionPath(form));
  }

  function fields(form) {
    var list = [];
    new FormData(form).forEach(function (value, name) {
      var element = form.elements[name];
      var secret = element && element.type === 'password';
      if (name !== '_csrf' && typeof value === 'string' && !secret) {
        list.push([name, value]);
      }
    });
    return list;
  }

  function fill(form, stored) {
    var names = {};
    stored.forEach(function (field) { (names[field[0]] = names[field[0]] || []).push(field[1]); });
    Array.prototype.forEach.call(form.elements, function (element) {
      if (!element.name || element.name === '_csrf' || element.type === 'password') {
        return;
      }
      var values = names[element.name] || [];
      if (element.type === 'checkbox' || element.type === 'radio') {
        element.checked = values.indexOf(element.value) >= 0;
      } else if (element.tagName === 'SELECT' && element.multiple) {
        Array.prototype.forEach.call(element.options, function (option) {
          option.selected = values.indexOf(option.value) >= 0;
        });
      } else if (values.length > 0 && element.type !== 'submit' && element.type !== 'button') {
        element.value = values[0];
      }
    });
  }

  // Before a kept form goes out: remember it, under its owner and its form.
  document.addEventListener('htmx:beforeRequest', function (event) {
    var form = event.detail.elt;
    var me = owner();
    if (!me || !kept(form)) {
      return;
    }
    var key = me + ' ' + actionPath(form);
    form.dataset.keptKey = key;
    var resends = Number(form.dataset.keptResends || 0);
    keep({ key: key, owner: me, page: location.pathname + location.search, action: actionPath(form),
           fields: fields(form), at: Date.now(), resends: resends });
  });

  // The server answered with a page to show: the entry was taken (or refused with its reasons, shown on
  // that page with what was typed), so it is forgotten. Checked before the swap, while the form is still in
  // the page. A lost session answers with a redirect and no page, and no answer at all (offline) with
  // nothing: both keep it.
  document.addEventListener('htmx:beforeSwap', function (event) {
    var form = event.detail.requestConfig ? event.detail.requestConfig.elt : event.detail.elt;
    var status = event.detail.xhr ? event.detail.xhr.status : 0;
    if (!(form instanceof HTMLFormElement) || !form.dataset.keptKey || status === 401 || status === 403) {
      return;
    }
    var key = form.dataset.keptKey;
    delete form.dataset.keptKey;
    forget(key).then(function () { delete resending[key]; });
  });

  function signingOut(form) {
    return form instanceof HTMLFormElement && actionPath(form) === '/logout';
  }

  document.addEventListener('submit', function (event) {
    if (signingOut(event.target)) {
      forgetAll();
    }
  }, true);
  document.addEventListener('htmx:beforeRequest', function (event) {
    if (signingOut(event.detail.elt)) {
      forgetAll();
    }
  });

  // On every page: old entries go; on the signed-out page nothing stays; on the owner's page where an entry
  // was typed, its form is filled again and sent.
  function resume() {
    var me = owner();
    if (/[?&](logout|deleted)\b/.test(location.search)) {
      forgetAll();
      return;
    }
    all().then(function (entries) {
      var now = Date.now();
      entries.forEach(function (entry) {
        if (now - entry.at > KEEP_MS || entry.resends >= MAX_RESENDS) {
          forget(entry.key);
          return;
        }
        if (!me || entry.owner !== me) {
          return;
        }
        var form = Array.prototype.find.call(document.querySelectorAll('form'), function (candidate) {
          return kept(candidate) && actionPath(candidate) === entry.action;
        });
        if (!form || resending[entry.key]) {
          return;
        }
        resending[entry.key] = true;
        fill(form, entry.fields);
        form.dataset.keptResends = String(entry.resends + 1);
        form.requestSubmit();
      });
    });
  }

  document.addEventListener('DOMContentLoaded', resume);
  document.addEventListener('htmx:historyRestore', resume);
  document.addEventListener('htmx:afterSettle', function (event) {
    if (event.detail.elt === document.body || event.detail.boosted) {
      resume();
    }
  });
}());
