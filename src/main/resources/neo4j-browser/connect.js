/*
 * Connected on arrival. Neo4j Browser connects on start only with a saved user name and password
 * (it never tries "no authentication" by itself), so a visitor with a new profile meets its
 * connect form even when the server needs no credentials. This script runs before Browser, on
 * the same origin, and saves for it the connection this server offers:
 * - authentication off: the server's own Bolt address, with a user name and a placeholder
 *   password, which a server without authentication accepts; Browser then connects at once;
 * - authentication on: the form is opened pre-filled with bolt:// and the user neo4j; the
 *   password is the visitor's to type.
 * No Browser option does this; hence these few lines. It asks the server two questions with
 * synchronous requests so that Browser, which starts right after, finds the answer saved.
 */
(function () {
  var KEY = 'neo4j.connections';
  var ID = '$$discovery';
  function get(method, url, body) {
    var request = new XMLHttpRequest();
    request.open(method, url, false);
    request.setRequestHeader('Accept', 'application/json');
    // Neo4j then answers a refusal without WWW-Authenticate, so no password dialog pops up.
    request.setRequestHeader('X-Ajax-Browser-Auth', 'true');
    if (body) {
      request.setRequestHeader('Content-Type', 'application/json');
    }
    request.send(body || null);
    return request;
  }
  try {
    var saved = JSON.parse(window.localStorage.getItem(KEY) || 'null');
    var known = saved && saved.connectionsById && saved.connectionsById[ID];
    if (known && known.username && known.password) {
      return;
    }
    var discovery = JSON.parse(get('GET', '/').responseText);
    var bolt = discovery.bolt_direct;
    if (!bolt) {
      return;
    }
    // The query API answers without credentials only where authentication is off.
    var probe = get('POST', '/db/neo4j/query/v2', '{"statement": "RETURN 1"}');
    var open = probe.status >= 200 && probe.status < 300;
    if (!open) {
      var params = new URLSearchParams(window.location.search);
      if (!params.has('dbms')) {
        params.set('dbms', bolt.replace('bolt://', 'bolt://neo4j@'));
        params.set('preselectAuthMethod', 'NATIVE');
        window.location.replace(window.location.pathname + '?' + params.toString());
      }
      return;
    }
    var connection = {
      id: ID, name: ID, type: 'bolt', host: bolt, username: 'neo4j',
      password: 'no-authentication', authenticationMethod: 'NATIVE'
    };
    var state = saved || {};
    state.allConnectionIds = (state.allConnectionIds || []).filter(function (id) { return id !== ID; }).concat([ID]);
    state.connectionsById = state.connectionsById || {};
    state.connectionsById[ID] = Object.assign({}, known || {}, connection);
    window.localStorage.setItem(KEY, JSON.stringify(state));
  } catch (e) {
    // Browser then shows its own connect form, as it would without this script.
  }
})();
