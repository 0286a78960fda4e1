// Beacon explorer: the sign-in panel around GraphiQL. Plain browser script, inlined in the page
// by explorer-page.ts and run before GraphiQL's bundle; it talks to this origin only.
(function beaconExplorer() {
  'use strict';

  /** GraphiQL's bundle and the options render-graphiql wrote into the page. */
  var graphiql = { bundle: null, root: null, options: null, mounted: false };
  /** The signed-in caller: token, claims, purpose, justification; null when signed out. */
  var session = null;

  // The bundle defines `YogaGraphiQL` and the page calls `YogaGraphiQL.renderYogaGraphiQL` at
  // once; this keeps the bundle and the call's options, so GraphiQL mounts only after sign-in
  // (a stranger's page never asks for the schema) and with our fetcher, which JSON options
  // cannot carry.
  Object.defineProperty(window, 'YogaGraphiQL', {
    configurable: true,
    set: function (bundle) { graphiql.bundle = bundle; },
    get: function () {
      return {
        renderYogaGraphiQL: function (root, options) {
          graphiql.root = root;
          graphiql.options = options;
        },
      };
    },
  });

  var config = null;
  var $ = function (id) { return document.getElementById(id); };

  document.addEventListener('DOMContentLoaded', function () {
    config = JSON.parse($('beacon-explorer-config').textContent);
    if (config.devTokenPath) {
      $('beacon-persona-field').hidden = false;
      $('beacon-locked-dev').hidden = false;
      config.personas.forEach(function (persona) {
        var option = document.createElement('option');
        option.value = persona.name;
        option.textContent = persona.name + ' — ' + persona.summary;
        $('beacon-persona').appendChild(option);
      });
      $('beacon-persona').addEventListener('change', pickPersona);
    }
    $('beacon-token').addEventListener('input', function () { showToken(); });
    $('beacon-purpose').addEventListener('change', describePurpose);
    $('beacon-sign-in-form').addEventListener('submit', function (event) {
      event.preventDefault();
      signIn();
    });
    $('beacon-sign-out-button').addEventListener('click', function () {
      signOut('Signed out. Sign in again to see the schema.', false);
    });
  });

  function say(message, isProblem) {
    var status = $('beacon-status');
    status.textContent = message;
    status.className = isProblem ? 'beacon-problem' : '';
  }

  /** The token's claims, read without checking the signature: the gateway checks it. */
  function claimsOf(token) {
    var parts = token.split('.');
    if (parts.length !== 3) return null;
    try {
      var binary = atob(parts[1].replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(parts[1].length / 4) * 4, '='));
      var bytes = Uint8Array.from(binary, function (char) { return char.charCodeAt(0); });
      var claims = JSON.parse(new TextDecoder().decode(bytes));
      return claims && typeof claims === 'object' ? claims : null;
    } catch (error) {
      return null;
    }
  }

  function minutesAgo(epochSeconds) {
    return Math.max(1, Math.round((Date.now() / 1000 - epochSeconds) / 60));
  }

  function newTokenAdvice() {
    return config.devTokenPath
      ? 'Pick a demo persona again, or run `npx beacon token --persona <name>`, and paste the new token.'
      : 'Ask your institution for a new token and paste it here.';
  }

  function currentToken() {
    return $('beacon-token').value.trim().replace(/^Bearer\s+/i, '');
  }

  /** Whether the pasted token cannot be used as the purpose list stands (then showToken says why). */
  function tokenProblem() {
    var claims = claimsOf(currentToken());
    return !claims || $('beacon-purpose').disabled || (typeof claims.exp === 'number' && claims.exp * 1000 <= Date.now());
  }

  /** Fills the purpose list from the pasted token; returns its claims, or null with the reason said. */
  function showToken() {
    var token = currentToken();
    var select = $('beacon-purpose');
    select.innerHTML = '';
    select.disabled = true;
    $('beacon-justification-field').hidden = true;
    $('beacon-purpose-help').textContent = '';
    if (!token) {
      addOption(select, '', 'paste a token first');
      say('', false);
      return null;
    }
    var claims = claimsOf(token);
    if (!claims) {
      addOption(select, '', 'no purposes: not a token');
      say('This is not a Beacon token: a token is three parts separated by dots (header.payload.signature). Copy the whole token again.', true);
      return null;
    }
    if (typeof claims.exp === 'number' && claims.exp * 1000 <= Date.now()) {
      addOption(select, '', 'no purposes: the token expired');
      say('This token expired at ' + new Date(claims.exp * 1000).toLocaleString() + ' (' + minutesAgo(claims.exp) +
        ' minutes ago). ' + newTokenAdvice(), true);
      return null;
    }
    var granted = (Array.isArray(claims.purposes) ? claims.purposes : []).filter(function (purpose) {
      return Object.prototype.hasOwnProperty.call(config.purposes, purpose);
    });
    if (granted.length === 0) {
      addOption(select, '', 'no purposes granted');
      say('This token grants no purpose a person can declare, so Beacon will answer nothing with it. Ask your institution for a token that grants one.', true);
      return null;
    }
    granted.forEach(function (purpose) { addOption(select, purpose, purpose); });
    select.disabled = false;
    describePurpose();
    $('beacon-justification-field').hidden = config.justificationSectors.indexOf(claims.sector) < 0;
    say('', false);
    return claims;
  }

  function addOption(select, value, text) {
    var option = document.createElement('option');
    option.value = value;
    option.textContent = text;
    select.appendChild(option);
  }

  function describePurpose() {
    var purpose = $('beacon-purpose').value;
    $('beacon-purpose-help').textContent = purpose
      ? purpose + ': ' + config.purposes[purpose] + ' Every answer is recorded with this purpose in the owning institution’s audit log.'
      : '';
  }

  function pickPersona() {
    var persona = $('beacon-persona').value;
    if (!persona) return;
    say('Fetching a token for ' + persona + '…', false);
    fetch(config.devTokenPath + '?persona=' + encodeURIComponent(persona), { headers: { accept: 'application/json' } })
      .then(function (response) {
        return response.json().then(function (body) {
          if (!response.ok || typeof body.token !== 'string') {
            throw new Error(body && body.errors ? body.errors[0].message : 'The gateway gave no token (HTTP ' + response.status + ').');
          }
          $('beacon-token').value = body.token;
          if (showToken()) say('Token for ' + persona + ' ready: choose a purpose and sign in.', false);
        });
      })
      .catch(function (error) { say('No demo token: ' + error.message, true); });
  }

  function sessionHeaders(current) {
    var headers = { authorization: 'Bearer ' + current.token };
    headers[config.purposeHeader] = current.purpose;
    if (current.justification) headers[config.justificationHeader] = current.justification;
    return headers;
  }

  /** Words for a refused request: what happened and what to do. */
  function explainRefusal(status, body, current) {
    var error = body && body.errors && body.errors[0];
    var code = error && error.extensions && error.extensions.code;
    if (status === 401 || code === 'UNAUTHENTICATED') {
      var exp = current && current.claims.exp;
      if (typeof exp === 'number' && exp * 1000 <= Date.now()) {
        return 'Your token expired ' + minutesAgo(exp) + ' minutes ago, so the gateway stopped answering. ' + newTokenAdvice();
      }
      return 'The gateway refused this token: it has expired, was revoked, or was signed by an issuer this gateway does not trust. ' + newTokenAdvice();
    }
    if (code === 'PURPOSE_NOT_GRANTED' || code === 'PURPOSE_REQUIRED') {
      return 'The purpose was refused: ' + error.message + ' Choose one of the purposes your token grants and sign in again.';
    }
    if (code === 'RATE_LIMITED') return 'Too many requests: ' + error.message;
    if (error && error.message) return 'The gateway refused the request: ' + error.message;
    return 'The gateway answered HTTP ' + status + ' without an explanation; try again, and tell your administrator if it persists.';
  }

  /** A signed-in request to the gateway; resolves with { status, body } (body null if not JSON). */
  function post(current, params, extraHeaders) {
    var headers = Object.assign({ 'content-type': 'application/json', accept: 'application/json' }, extraHeaders || {}, sessionHeaders(current));
    return fetch(config.endpoint, { method: 'POST', headers: headers, body: JSON.stringify(params) }).then(function (response) {
      return response.json().catch(function () { return null; }).then(function (body) {
        return { status: response.status, body: body };
      });
    });
  }

  function signIn() {
    // The list already offers this token's purposes (filled as it was pasted); re-reading it
    // here would reset the purpose chosen.
    var claims = tokenProblem() ? showToken() : claimsOf(currentToken());
    if (!claims) {
      if (!$('beacon-token').value.trim()) say('Paste a token first' + (config.devTokenPath ? ', or pick a demo persona.' : '.'), true);
      return;
    }
    var justification = $('beacon-justification').value.trim();
    if (!$('beacon-justification-field').hidden && justification.length < 3) {
      say('Police consultations of personal data need a justification: a case reference or a short reason (at least 3 characters).', true);
      $('beacon-justification').focus();
      return;
    }
    var candidate = {
      token: currentToken(),
      claims: claims,
      purpose: $('beacon-purpose').value,
      justification: justification.slice(0, config.maxJustificationLength),
    };
    say('Signing in…', false);
    // The smallest operation there is: it passes the same token and purpose checks as any other.
    post(candidate, { query: 'query BeaconSignIn { __typename }' })
      .then(function (answer) {
        if (answer.status !== 200 || !answer.body || answer.body.errors) {
          return signOut(explainRefusal(answer.status, answer.body, candidate), true);
        }
        session = candidate;
        var until = typeof claims.exp === 'number' ? ' Token valid until ' + new Date(claims.exp * 1000).toLocaleString() + '.' : '';
        say('Signed in as ' + claims.sub + ' (' + claims.org + ') for ' + candidate.purpose + '.' + until, false);
        $('beacon-sign-out-button').hidden = false;
        showGraphiQL();
      })
      .catch(function () {
        signOut('The gateway did not answer: check that it is running and reachable, then sign in again.', true);
      });
  }

  function signOut(message, isProblem) {
    session = null;
    $('beacon-sign-out-button').hidden = true;
    // The schema was seen already; hiding it keeps the page honest about who is signed in.
    $('root').hidden = true;
    $('beacon-locked').hidden = false;
    say(message, isProblem);
  }

  function showGraphiQL() {
    $('beacon-locked').hidden = true;
    $('root').hidden = false;
    if (graphiql.mounted) return;
    if (!graphiql.bundle || !graphiql.options) {
      say('GraphiQL did not load in this page; reload it, and tell your administrator if it persists.', true);
      return;
    }
    graphiql.mounted = true;
    // The same GraphiQL for every caller: the fetcher reads the session at each request, so
    // signing in again as someone else changes the headers without losing the open tabs.
    graphiql.bundle.renderYogaGraphiQL(graphiql.root, Object.assign({}, graphiql.options, { fetcher: fetcher }));
  }

  function fetcher(params, options) {
    var current = session;
    if (!current) {
      return Promise.resolve({ errors: [{ message: 'You are signed out. Sign in above to run operations.' }] });
    }
    return post(current, params, options && options.headers).then(function (answer) {
      if (answer.status === 401 || answer.status === 403) {
        signOut(explainRefusal(answer.status, answer.body, current), true);
      }
      return answer.body || { errors: [{ message: 'The gateway answered HTTP ' + answer.status + ' without a GraphQL response.' }] };
    });
  }
})();
