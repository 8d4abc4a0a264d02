// Live preview of `handbook serve`: put into every page as it is served, never into built files.
// It listens to the server's events; when a newer site is built it reloads the page (keeping the
// scroll position); when the last rebuild had problems it shows them over the last good page, and
// takes them away once they are fixed. Hidden tabs let go of their connection (browsers allow only
// six per server), and check for a newer site when they are shown again.
(function () {
  'use strict';
  var script = document.currentScript;
  var pageVersion = script ? script.getAttribute('data-version') : '';
  var SCROLL_KEY = 'handbook-preview-scroll';
  var source = null;
  var host = null;
  var collapsed = false;

  restoreScroll();

  function restoreScroll() {
    var saved;
    try {
      saved = JSON.parse(sessionStorage.getItem(SCROLL_KEY) || 'null');
      sessionStorage.removeItem(SCROLL_KEY);
    } catch (e) {
      return;
    }
    if (saved && saved.path === location.pathname) {
      window.addEventListener('load', function () { window.scrollTo(saved.x, saved.y); });
    }
  }

  function reload() {
    // the editor of serve --edit holds the reload while its text is unsaved, and reloads after saving
    if (window.handbookEditor && window.handbookEditor.holdsReload()) return;
    try {
      sessionStorage.setItem(SCROLL_KEY, JSON.stringify({ path: location.pathname, x: window.scrollX, y: window.scrollY }));
    } catch (e) { /* private mode: reload without the position */ }
    location.reload();
  }

  function onState(event) {
    var state;
    try {
      state = JSON.parse(event.data);
    } catch (e) {
      return;
    }
    if (state.version !== pageVersion) {
      reload();
      return;
    }
    show(state);
  }

  function connect() {
    if (source || document.hidden || !window.EventSource) return;
    source = new EventSource('/__handbook/events');
    ['state', 'reload', 'problems'].forEach(function (name) { source.addEventListener(name, onState); });
  }

  function disconnect() {
    if (source) source.close();
    source = null;
  }

  document.addEventListener('visibilitychange', function () {
    if (document.hidden) disconnect(); else connect();
  });
  window.addEventListener('pagehide', disconnect);
  connect();

  // The overlay lives in a shadow root, so that neither the page's styles nor ours leak across.
  var STYLE = [
    ':host{all:initial}',
    '.backdrop{position:fixed;inset:0;z-index:2147483647;background:rgba(20,20,30,.55);overflow:auto;',
    'font:16px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1b1b1f}',
    '.panel{max-width:52rem;margin:4vh auto;background:#fff;border-top:6px solid #b00020;',
    'border-radius:6px;padding:1.25rem 1.5rem;box-shadow:0 10px 40px rgba(0,0,0,.35)}',
    '.corner{position:fixed;right:1rem;bottom:1rem;z-index:2147483647;max-width:min(40rem,90vw);',
    'max-height:60vh;overflow:auto;background:#fff;border-top:6px solid #8a5a00;border-radius:6px;',
    'padding:.75rem 1rem;box-shadow:0 6px 24px rgba(0,0,0,.3);font:15px/1.45 system-ui,sans-serif;color:#1b1b1f}',
    'h2{font-size:1.15rem;margin:0 0 .75rem}',
    'ol{margin:0;padding:0;list-style:none}',
    'li{border-top:1px solid #ddd;padding:.6rem 0}',
    '.where{font:13px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;color:#444;word-break:break-all}',
    '.error{color:#b00020;font-weight:600}',
    '.warning{color:#8a5a00;font-weight:600}',
    '.hint{margin-top:.2rem;color:#333}',
    '.code{color:#666;font-size:12px}',
    'button{font:inherit;float:right;margin:-.25rem 0 0 1rem;padding:.2rem .7rem;border:1px solid #888;',
    'border-radius:4px;background:#f4f4f4;cursor:pointer}',
    'button:focus-visible{outline:3px solid #1a5fb4;outline-offset:2px}'
  ].join('');

  function show(state) {
    // with the editor open, its own panel shows the page's problems at their lines
    var hasProblems = (state.problems.length > 0 || state.crash) && !(window.handbookEditor && window.handbookEditor.isOpen());
    if (!hasProblems) {
      remove();
      return;
    }
    if (!document.body) {
      document.addEventListener('DOMContentLoaded', function () { show(state); });
      return;
    }
    remove();
    host = document.createElement('div');
    host.id = '__handbook-problems';
    var root = host.attachShadow ? host.attachShadow({ mode: 'open' }) : host;
    var style = document.createElement('style');
    style.textContent = STYLE;
    root.appendChild(style);
    // a site that is up to date with only warnings gets a corner box; otherwise the page is stale
    var stale = !state.written;
    var box = element('section', stale ? 'panel' : 'corner');
    box.setAttribute('role', 'alert');
    box.setAttribute('lang', state.language);
    var toggle = element('button', '', collapsed && !stale ? state.labels.show : state.labels.hide);
    toggle.type = 'button';
    box.appendChild(toggle);
    box.appendChild(element('h2', '', state.heading));
    if (state.crash && state.heading.indexOf(state.crash) < 0) box.appendChild(element('p', 'where', state.crash));
    var list = element('ol', '');
    state.problems.forEach(function (p) { list.appendChild(problem(p, state.labels)); });
    box.appendChild(list);
    if (collapsed && !stale) list.hidden = true;
    toggle.addEventListener('click', function () {
      if (stale) {
        remove();
        return;
      }
      collapsed = !collapsed;
      list.hidden = collapsed;
      toggle.textContent = collapsed ? state.labels.show : state.labels.hide;
    });
    if (stale) {
      var backdrop = element('div', 'backdrop');
      backdrop.appendChild(box);
      root.appendChild(backdrop);
    } else {
      root.appendChild(box);
    }
    document.body.appendChild(host);
  }

  function problem(p, labels) {
    var item = element('li', '');
    var where = p.file + (p.line > 0 ? ':' + p.line + (p.column > 0 ? ':' + p.column : '') : '');
    item.appendChild(element('div', 'where', where));
    var message = element('div', '');
    message.style.whiteSpace = 'pre-wrap'; // a YAML mistake shows its line and a caret below the message
    message.appendChild(element('span', p.severity, (labels[p.severity] || p.severity) + ': '));
    message.appendChild(document.createTextNode(p.message + ' '));
    message.appendChild(element('span', 'code', '[' + p.code + ']'));
    item.appendChild(message);
    if (p.hint) item.appendChild(element('div', 'hint', labels.hint + ': ' + p.hint));
    return item;
  }

  function element(name, className, text) {
    var node = document.createElement(name);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text; // never innerHTML: messages quote the editor's text
    return node;
  }

  function remove() {
    if (host && host.parentNode) host.parentNode.removeChild(host);
    host = null;
  }
})();
