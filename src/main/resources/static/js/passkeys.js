// Passkeys through Spring Security's WebAuthn endpoints: signing in (the login page and the second
// sign-in step) and adding one (Settings, second factors). Without WebAuthn in the browser the passkey
// parts stay hidden and the password form is all there is.
(function () {
  function toBytes(base64url) {
    var base64 = base64url.replace(/-/g, '+').replace(/_/g, '/');
    var text = atob(base64);
    var bytes = new Uint8Array(text.length);
    for (var i = 0; i < text.length; i++) {
      bytes[i] = text.charCodeAt(i);
    }
    return bytes.buffer;
  }

  function toBase64url(buffer) {
    var text = '';
    new Uint8Array(buffer).forEach(function (b) { text += String.fromCharCode(b); });
    return btoa(text).replace(/=/g, '').replace(/\+/g, '-').replace(/\//g, '_');
  }

  // The CSRF header the layout puts on its wrapper for htmx.
  function headers() {
    var app = document.querySelector('.app[hx-headers]');
    var result = { 'Content-Type': 'application/json' };
    if (app) {
      var csrf = JSON.parse(app.getAttribute('hx-headers'));
      Object.keys(csrf).forEach(function (name) { result[name] = csrf[name]; });
    }
    return result;
  }

  function post(url, body) {
    return fetch(url, { method: 'POST', headers: headers(), credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body) })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('HTTP ' + response.status);
        }
        return response.json();
      });
  }

  var pending = null;

  function newSignal() {
    if (pending) {
      pending.abort();
    }
    pending = new AbortController();
    return pending.signal;
  }

  function signIn(conditional) {
    return post('/webauthn/authenticate/options').then(function (options) {
      options.challenge = toBytes(options.challenge);
      options.allowCredentials = (options.allowCredentials || []).map(function (c) {
        return Object.assign({}, c, { id: toBytes(c.id) });
      });
      var request = { publicKey: options, signal: newSignal() };
      if (conditional) {
        request.mediation = 'conditional';
      }
      return navigator.credentials.get(request);
    }).then(function (credential) {
      var response = credential.response;
      return post('/login/webauthn', {
        id: credential.id,
        rawId: toBase64url(credential.rawId),
        response: {
          authenticatorData: toBase64url(response.authenticatorData),
          clientDataJSON: toBase64url(response.clientDataJSON),
          signature: toBase64url(response.signature),
          userHandle: response.userHandle ? toBase64url(response.userHandle) : undefined
        },
        credType: credential.type,
        clientExtensionResults: credential.getClientExtensionResults(),
        authenticatorAttachment: credential.authenticatorAttachment
      });
    }).then(function (answer) {
      // back to the page the person was on when signed out (the sign-in page carries it), else where the server says
      var back = document.querySelector('form input[name="return"]');
      window.location.href = back ? back.value : answer.redirectUrl;
    });
  }

  function register(label) {
    return post('/webauthn/register/options').then(function (options) {
      options.challenge = toBytes(options.challenge);
      options.user = Object.assign({}, options.user, { id: toBytes(options.user.id) });
      options.excludeCredentials = (options.excludeCredentials || []).map(function (c) {
        return Object.assign({}, c, { id: toBytes(c.id) });
      });
      return navigator.credentials.create({ publicKey: options, signal: newSignal() });
    }).then(function (credential) {
      var response = credential.response;
      return post('/webauthn/register', { publicKey: { label: label, credential: {
        id: credential.id,
        rawId: toBase64url(credential.rawId),
        response: {
          attestationObject: toBase64url(response.attestationObject),
          clientDataJSON: toBase64url(response.clientDataJSON),
          transports: response.getTransports ? response.getTransports() : []
        },
        type: credential.type,
        clientExtensionResults: credential.getClientExtensionResults(),
        authenticatorAttachment: credential.authenticatorAttachment
      } } });
    });
  }

  function show(element) {
    if (element) {
      element.hidden = false;
    }
  }

  function setUp() {
    if (!window.PublicKeyCredential) {
      return;
    }
    document.querySelectorAll('[data-passkey-sign-in]:not([data-ready])').forEach(function (box) {
      box.dataset.ready = '1';
      show(box);
      var error = box.querySelector('.field-error');
      box.querySelector('button').addEventListener('click', function () {
        error.hidden = true;
        signIn(false).catch(function (problem) {
          if (problem && problem.name !== 'AbortError') {
            show(error);
          }
        });
      });
      // Offered beside the username field as well, where the browser can (autocomplete="username webauthn"),
      // once the person goes to that field: asking sooner would start a session for every visit of the page.
      var username = document.getElementById('username');
      if (box.dataset.passkeySignIn === 'autofill' && username && PublicKeyCredential.isConditionalMediationAvailable) {
        username.addEventListener('focus', function () {
          PublicKeyCredential.isConditionalMediationAvailable().then(function (available) {
            if (available) {
              signIn(true).catch(function () { /* cancelled, or the button took over */ });
            }
          });
        }, { once: true });
      }
    });
    document.querySelectorAll('form[data-passkey-register]:not([data-ready])').forEach(function (form) {
      form.dataset.ready = '1';
      show(form);
      var error = form.querySelector('.field-error');
      form.addEventListener('submit', function (event) {
        event.preventDefault();
        error.hidden = true;
        register(form.querySelector('input[name=name]').value.trim()).then(function () {
          window.location.href = form.dataset.done;
        }).catch(function (problem) {
          if (problem && problem.name !== 'AbortError') {
            show(error);
          }
        });
      });
    });
  }

  document.addEventListener('DOMContentLoaded', setUp);
  document.addEventListener('htmx:afterSettle', setUp);
}());
