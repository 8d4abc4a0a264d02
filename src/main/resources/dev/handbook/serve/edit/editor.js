// The editor of `handbook serve --edit`: put into every page of the preview, never into built files.
// A "Bewerken" button opens a panel beside the live page with the page's front matter as a form made
// from handbook.yml, its Markdown body in CodeMirror 6 (vendored: codemirror.min.js, loaded on first
// use), the problems of the unsaved text at their lines (the checks of `handbook check`, asked of the
// preview while typing) and "Opslaan". The preview reloads the page after a save, as after any save;
// the panel opens again by itself. Every request carries this run's token (data-token).
(function () {
  'use strict';
  var script = document.currentScript;
  var TOKEN = script.getAttribute('data-token');
  var SOURCE = script.getAttribute('data-source');
  var LABEL = script.getAttribute('data-label');
  var NEW_LABEL = script.getAttribute('data-new-label');
  var BASE = '/_edit/';
  var REOPEN_KEY = 'handbook-editor-open';
  var CHECK_DELAY = 500;

  var state = null; // the page being edited: { path, version, values, schema, labels, ... }
  var view = null; // the CodeMirror view
  var panel = null;
  var dirty = false;
  var reloadWanted = false;
  // images on their way to the preview: the file they become makes it rebuild and reload this page,
  // which must wait until the image's link is in the text (it comes with the answer)
  var uploads = 0;
  var CM = null;

  // live.js asks before it reloads: unsaved text is never thrown away by someone else's save
  window.handbookEditor = {
    holdsReload: function () {
      var holds = dirty || uploads > 0;
      if (holds) reloadWanted = true;
      return holds;
    },
    isOpen: function () { return panel !== null; }
  };

  function request(method, route, body, raw) {
    var headers = { 'X-Handbook-Token': TOKEN };
    if (body !== undefined && !raw) headers['Content-Type'] = 'application/json';
    return fetch(BASE + route, {
      method: method, headers: headers, credentials: 'same-origin',
      body: body === undefined ? undefined : raw ? body : JSON.stringify(body)
    }).then(function (response) {
      return response.json().then(function (json) { return { status: response.status, json: json }; });
    });
  }

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) {
      var value = attrs[name];
      if (value === null || value === undefined || value === false) return;
      if (name === 'text') node.textContent = value;
      else if (name.slice(0, 2) === 'on') node.addEventListener(name.slice(2), value);
      else node.setAttribute(name, value === true ? '' : value);
    });
    (children || []).forEach(function (child) { if (child) node.appendChild(child); });
    return node;
  }

  function loadCodeMirror() {
    if (CM) return Promise.resolve(CM);
    return new Promise(function (resolve, reject) {
      var tag = el('script', { src: BASE + 'codemirror.min.js' });
      tag.onload = function () { CM = window.HandbookCodeMirror; resolve(CM); };
      tag.onerror = reject;
      document.head.appendChild(tag);
    });
  }

  function buttons() {
    var bar = el('div', { class: 'hb-edit-buttons' });
    if (SOURCE) bar.appendChild(el('button', { type: 'button', class: 'hb-edit-open', text: LABEL, onclick: function () { open(SOURCE); } }));
    bar.appendChild(el('button', { type: 'button', class: 'hb-edit-new', text: NEW_LABEL, onclick: function () { newPage(); } }));
    document.body.appendChild(bar);
  }

  function style() {
    document.head.appendChild(el('link', { rel: 'stylesheet', href: BASE + 'editor.css' }));
  }

  // ---- opening a page

  function open(path, asRaw) {
    var route = 'source?path=' + encodeURIComponent(path) + (asRaw ? '&raw=1' : '');
    return Promise.all([loadCodeMirror(), request('GET', route)]).then(function (results) {
      var answer = results[1];
      if (answer.status !== 200) { alert(answer.json.error); return; }
      state = answer.json;
      state.original = JSON.parse(JSON.stringify(state.values));
      render();
      // open again after the reload that follows a save (or the new page), on this address only
      try { sessionStorage.setItem(REOPEN_KEY, JSON.stringify({ path: state.path, page: location.pathname })); } catch (e) { /* private mode */ }
    });
  }

  function close() {
    if (panel) panel.remove();
    panel = null;
    view = null;
    dirty = false;
    document.documentElement.classList.remove('hb-editing');
    try { sessionStorage.removeItem(REOPEN_KEY); } catch (e) { /* private mode */ }
    var button = document.querySelector('.hb-edit-open');
    if (button) button.focus();
    if (reloadWanted) location.reload();
  }

  function render() {
    if (panel) panel.remove();
    var L = state.labels;
    var title = el('h2', { id: 'hb-editor-title', tabindex: '-1', text: L.edit + ': ' + state.path });
    var status = el('p', { class: 'hb-status', role: 'status', 'aria-live': 'polite' });
    var problems = el('ul', { class: 'hb-problems', id: 'hb-problems' });
    var saveButton = el('button', { type: 'button', class: 'hb-save', text: L.save, onclick: save });
    panel = el('section', { class: 'hb-editor', 'aria-labelledby': 'hb-editor-title', lang: document.documentElement.lang }, [
      el('div', { class: 'hb-head' }, [title,
        el('button', { type: 'button', class: 'hb-close', text: L.close, onclick: close })]),
      state.raw ? el('p', { class: 'hb-note', text: state.rawAsked ? L['raw-asked'] : L.raw }) : form(),
      state.raw && !state.rawAsked ? null
        : el('button', { type: 'button', class: 'hb-raw-toggle', text: state.rawAsked ? L['form-open'] : L['raw-open'], onclick: function () {
          // the other view opens the file as it is on disk: unsaved text is not carried across
          if (dirty && !window.confirm(L.unsaved + '?')) return;
          dirty = false;
          open(state.path, !state.rawAsked);
        } }),
      toolbar(),
      el('div', { class: 'hb-body-label', id: 'hb-body-label', text: L.body }),
      el('div', { class: 'hb-code' }),
      el('p', { class: 'hb-note', text: L['image-drop'] }),
      el('h3', { id: 'hb-problems-title', text: L.problems }),
      problems,
      el('div', { class: 'hb-actions' }, [saveButton, status])
    ]);
    document.body.appendChild(panel);
    document.documentElement.classList.add('hb-editing');
    makeView(panel.querySelector('.hb-code'));
    title.focus();
    scheduleCheck();
  }

  // ---- the form

  function fieldsFor(type) {
    var schema = state.schema;
    var required = ['title'];
    schema.types.forEach(function (t) { if (t.key === type) required = required.concat(t.required); });
    var fields = schema.core.slice(0, 2);
    fields.push({ key: 'type', label: state.labels.type, kind: 'type', choices: [] });
    fields = fields.concat(schema.core.slice(2));
    schema.fields.forEach(function (f) { fields.push(f); });
    return fields.map(function (f) {
      return Object.assign({}, f, { required: required.indexOf(f.key) >= 0 });
    });
  }

  function form() {
    var L = state.labels;
    var fieldset = el('fieldset', { class: 'hb-form' }, [el('legend', { text: L.form })]);
    fieldsFor(state.values.type || '').forEach(function (field) { fieldset.appendChild(input(field)); });
    return fieldset;
  }

  function labelText(field) {
    return field.label + (field.required ? ' (' + state.labels.required + ')' : '');
  }

  function changed(key, value) {
    if (value === '' || (Array.isArray(value) && value.length === 0)) {
      if (key in state.original) state.values[key] = Array.isArray(state.original[key]) ? [] : '';
      else delete state.values[key];
    } else {
      state.values[key] = value;
    }
    setDirty(true);
    if (key === 'type') {
      var focused = document.activeElement && document.activeElement.id;
      var old = panel.querySelector('.hb-form');
      old.replaceWith(form());
      if (focused && document.getElementById(focused)) document.getElementById(focused).focus();
    }
    scheduleCheck();
  }

  function input(field) {
    var id = 'hb-field-' + field.key;
    var value = state.values[field.key];
    var wrap = el('div', { class: 'hb-field', 'data-key': field.key });
    var message = el('p', { class: 'hb-field-problem', id: id + '-problem', hidden: true });
    var control;
    if (field.kind === 'choice' && field.multiple) {
      var chosen = Array.isArray(value) ? value : value ? [value] : [];
      var group = el('fieldset', { class: 'hb-choices', id: id, 'aria-describedby': id + '-problem' }, [el('legend', { text: labelText(field) })]);
      var choices = field.choices.slice();
      chosen.forEach(function (v) {
        if (!choices.some(function (c) { return c.value === v; })) choices.push({ value: v, label: v + ' (' + state.labels['unknown-value'] + ')' });
      });
      choices.forEach(function (choice, i) {
        var box = el('input', { type: 'checkbox', id: id + '-' + i, value: choice.value, checked: chosen.indexOf(choice.value) >= 0,
          onchange: function () {
            var all = Array.prototype.filter.call(group.querySelectorAll('input'), function (c) { return c.checked; })
              .map(function (c) { return c.value; });
            changed(field.key, all);
          } });
        group.appendChild(el('div', { class: 'hb-choice' }, [box, el('label', { for: id + '-' + i, text: choice.label })]));
      });
      wrap.appendChild(group);
      wrap.appendChild(message);
      return wrap;
    }
    wrap.appendChild(el('label', { for: id, text: labelText(field) }));
    if (field.kind === 'choice' || field.kind === 'type') {
      var options = field.kind === 'type'
        ? [{ value: '', label: state.labels['plain-page'] }].concat(state.schema.types.map(function (t) { return { value: t.key, label: t.label }; }))
        : [{ value: '', label: field.key === 'status' ? field.choices[0].label + ' (' + state.labels['default'] + ')' : state.labels.choose }]
          .concat(field.choices);
      var current = value || '';
      if (current && !options.some(function (o) { return o.value === current; })) {
        options.push({ value: current, label: current + ' (' + state.labels['unknown-value'] + ')' });
      }
      control = el('select', { id: id });
      options.forEach(function (o) { control.appendChild(el('option', { value: o.value, text: o.label, selected: o.value === current })); });
      control.addEventListener('change', function () { changed(field.key, control.value); });
    } else if (field.multiple || Array.isArray(value)) {
      // a list of free texts (or of years, numbers, dates): one a line
      var items = Array.isArray(value) ? value : value ? [value] : [];
      control = el('textarea', { id: id, rows: String(Math.max(2, items.length)), autocomplete: 'off' });
      control.value = items.join('\n');
      control.addEventListener('input', function () {
        changed(field.key, control.value.split('\n').map(function (v) { return v.trim(); }).filter(Boolean));
      });
    } else {
      var type = field.kind === 'date' ? 'date' : 'text';
      control = el('input', { id: id, type: type, value: value || '',
        inputmode: field.kind === 'year' || field.kind === 'number' ? 'numeric' : null,
        autocomplete: 'off' });
      control.addEventListener('input', function () { changed(field.key, control.value); });
    }
    if (field.required) control.setAttribute('aria-required', 'true');
    control.setAttribute('aria-describedby', id + '-problem');
    wrap.appendChild(control);
    wrap.appendChild(message);
    return wrap;
  }

  // ---- the toolbar

  function toolbar() {
    var L = state.labels;
    var bar = el('div', { class: 'hb-toolbar', role: 'toolbar', 'aria-label': L.toolbar, 'aria-controls': 'hb-code' });
    bar.appendChild(el('button', { type: 'button', text: L.heading, onclick: function () { prefixLine('## '); } }));
    bar.appendChild(el('button', { type: 'button', text: L.list, onclick: function () { prefixLine('- '); } }));
    bar.appendChild(el('button', { type: 'button', text: L.link, onclick: linkDialog }));
    state.schema.types.forEach(function (t) {
      bar.appendChild(el('button', { type: 'button', text: t.label, onclick: function () { insertBlock(t.key, t.label); } }));
    });
    return bar;
  }

  function prefixLine(prefix) {
    var line = view.state.doc.lineAt(view.state.selection.main.head);
    view.dispatch({ changes: { from: line.from, insert: prefix } });
    view.focus();
  }

  function insert(text) {
    var range = view.state.selection.main;
    view.dispatch({ changes: { from: range.from, to: range.to, insert: text }, selection: { anchor: range.from + text.length } });
    view.focus();
  }

  function insertBlock(type, label) {
    var line = view.state.doc.lineAt(view.state.selection.main.head);
    var before = line.length > 0 ? '\n\n' : '';
    var at = line.length > 0 ? line.to : line.from;
    var text = before + '::: ' + type + ' ' + label + '\n\n:::\n';
    view.dispatch({ changes: { from: at, insert: text }, selection: { anchor: at + before.length + 4 + type.length + 1 + label.length + 1 } });
    view.focus();
  }

  function relative(from, to) {
    var a = from.split('/').slice(0, -1);
    var b = to.split('/');
    while (a.length && b.length > 1 && a[0] === b[0]) { a.shift(); b.shift(); }
    return a.map(function () { return '..'; }).concat(b).join('/');
  }

  function dialog(titleText, body, actions) {
    var title = el('h2', { id: 'hb-dialog-title', text: titleText });
    var box = el('dialog', { class: 'hb-dialog', 'aria-labelledby': 'hb-dialog-title' }, [title].concat(body).concat([el('div', { class: 'hb-actions' }, actions)]));
    box.addEventListener('close', function () { box.remove(); });
    document.body.appendChild(box);
    box.showModal();
    return box;
  }

  function linkDialog() {
    var L = state.labels;
    var select = el('select', { id: 'hb-link-page' });
    state.pages.forEach(function (p) { select.appendChild(el('option', { value: p.path, text: p.title + ' (' + p.path + ')' })); });
    var box = dialog(L.link, [el('label', { for: 'hb-link-page', text: L['link-choose'] }), select], [
      el('button', { type: 'button', class: 'hb-primary', text: L.insert, onclick: function () {
        var page = state.pages.filter(function (p) { return p.path === select.value; })[0];
        box.close();
        var selected = view.state.sliceDoc(view.state.selection.main.from, view.state.selection.main.to);
        insert('[' + (selected || page.title) + '](' + relative(state.path, page.path) + ')');
      } }),
      el('button', { type: 'button', text: L.cancel, onclick: function () { box.close(); view.focus(); } })
    ]);
  }

  // ---- the code editor

  function makeView(parent) {
    parent.id = 'hb-code';
    view = new CM.EditorView({
      parent: parent,
      state: CM.EditorState.create({
        doc: state.body,
        extensions: [
          CM.lineNumbers(), CM.history(), CM.drawSelection(), CM.highlightActiveLine(),
          CM.markdown(), CM.syntaxHighlighting(handbookHighlight(), { fallback: true }), handbookSyntax(),
          CM.EditorView.lineWrapping,
          // Tab leaves the editor, so that it can be used with the keyboard alone
          CM.keymap.of([{ key: 'Mod-s', run: function () { save(); return true; } }].concat(CM.defaultKeymap, CM.historyKeymap)),
          CM.EditorView.contentAttributes.of({ 'aria-label': state.labels['editor-label'], 'aria-describedby': 'hb-problems-title' }),
          CM.lintGutter(),
          CM.EditorView.updateListener.of(function (update) { if (update.docChanged) { setDirty(true); scheduleCheck(); } }),
          CM.EditorView.domEventHandlers({ drop: onDrop })
        ]
      })
    });
  }

  function handbookHighlight() {
    return CM.defaultHighlightStyle;
  }

  // The handbook's own syntax on top of Markdown's: colon fences (::: tip Titel {#id thema=x}) and
  // links to .md files, which the generator rewrites and checks.
  function handbookSyntax() {
    var fence = CM.Decoration.line({ class: 'hb-fence' });
    var mdLink = CM.Decoration.mark({ class: 'hb-md-link' });
    function build(v) {
      var marks = [];
      v.visibleRanges.forEach(function (range) {
        for (var pos = range.from; pos <= range.to;) {
          var line = v.state.doc.lineAt(pos);
          if (/^\s*:{3,}/.test(line.text)) marks.push(fence.range(line.from));
          var re = /\]\(([^)\s]+\.md(#[^)\s]*)?)\)/g;
          var m;
          while ((m = re.exec(line.text)) !== null) {
            marks.push(mdLink.range(line.from + m.index + 2, line.from + m.index + 2 + m[1].length));
          }
          pos = line.to + 1;
        }
      });
      return CM.Decoration.set(marks, true);
    }
    return CM.ViewPlugin.define(function (v) {
      return {
        decorations: build(v),
        update: function (u) { if (u.docChanged || u.viewportChanged) this.decorations = build(u.view); }
      };
    }, { decorations: function (p) { return p.decorations; } });
  }

  // ---- checking while typing

  var timer = null;
  var asked = 0;

  function draft() {
    var values = {};
    Object.keys(state.values).forEach(function (k) { values[k] = state.values[k]; });
    var out = { path: state.path, version: state.version, values: values, body: view ? view.state.doc.toString() : state.body };
    if (state.raw) out.raw = out.body;
    return out;
  }

  function scheduleCheck() {
    clearTimeout(timer);
    timer = setTimeout(check, CHECK_DELAY);
  }

  function check() {
    if (!panel) return;
    var mine = ++asked;
    panel.querySelector('.hb-problems').setAttribute('aria-busy', 'true');
    request('POST', 'check', draft()).then(function (answer) {
      if (mine !== asked || !panel || answer.status !== 200) return;
      showProblems(answer.json);
    });
  }

  function showProblems(result) {
    var L = state.labels;
    var list = panel.querySelector('.hb-problems');
    list.removeAttribute('aria-busy');
    list.textContent = '';
    panel.querySelectorAll('.hb-field-problem').forEach(function (p) { p.hidden = true; p.textContent = ''; });
    panel.querySelectorAll('[aria-invalid]').forEach(function (c) { c.removeAttribute('aria-invalid'); });
    var diagnostics = [];
    var doc = view.state.doc;
    result.problems.forEach(function (p) {
      var text = p.message + (p.hint ? ' ' + p.hint : '');
      var where = '';
      if (p.field) {
        var box = panel.querySelector('#hb-field-' + cssName(p.field) + '-problem');
        if (box) { box.hidden = false; box.textContent = text; }
        var control = panel.querySelector('#hb-field-' + cssName(p.field));
        if (control) control.setAttribute('aria-invalid', 'true');
        where = p.field;
      } else if (p.line >= result.bodyLine) {
        var n = Math.min(doc.lines, p.line - result.bodyLine + 1);
        var line = doc.line(n);
        var from = Math.min(line.to, line.from + Math.max(0, p.column - 1));
        diagnostics.push({ from: from, to: line.to > from ? line.to : from, severity: p.severity === 'error' ? 'error' : 'warning', message: text });
        where = L.line + ' ' + n;
      }
      list.appendChild(el('li', { class: 'hb-' + p.severity }, [
        el('span', { class: 'hb-where', text: where ? where + ': ' : '' }), document.createTextNode(p.message),
        p.hint ? el('span', { class: 'hb-hint', text: p.hint }) : null]));
    });
    if (!result.problems.length) list.appendChild(el('li', { class: 'hb-none', text: L['no-problems'] }));
    view.dispatch(CM.setDiagnostics(view.state, diagnostics));
  }

  function cssName(key) {
    return key.replace(/[^A-Za-z0-9_-]/g, '\\$&');
  }

  // ---- saving

  function setDirty(value) {
    dirty = value;
    if (panel) panel.classList.toggle('hb-dirty', value);
  }

  function say(text) {
    if (panel) panel.querySelector('.hb-status').textContent = text;
  }

  function save() {
    if (!panel) return;
    var L = state.labels;
    say(L.saving);
    var sent = draft();
    request('POST', 'save', sent).then(function (answer) {
      if (answer.status === 200) {
        state.version = answer.json.version;
        setDirty(false);
        say(L.saved);
        // the preview rebuilds and reloads this page; if it asked while the text was unsaved, reload now
        if (reloadWanted) location.reload();
      } else if (answer.status === 409) {
        conflict(answer.json, sent);
      } else {
        say(L['save-failed'] + ': ' + answer.json.error);
      }
    }, function () { say(L['save-failed']); });
  }

  function conflict(answer, sent) {
    var L = state.labels;
    say(answer.error);
    var box = dialog(L['conflict-title'], [
      el('p', { text: L['conflict-text'] }),
      el('div', { class: 'hb-versions' }, [
        el('section', { 'aria-labelledby': 'hb-v-disk' }, [el('h3', { id: 'hb-v-disk', text: L['conflict-disk'] }), el('pre', { tabindex: '0', text: answer.disk })]),
        el('section', { 'aria-labelledby': 'hb-v-mine' }, [el('h3', { id: 'hb-v-mine', text: L['conflict-mine'] }), el('pre', { tabindex: '0', text: answer.mine })])
      ])
    ], [
      el('button', { type: 'button', class: 'hb-primary', text: L['conflict-keep-mine'], onclick: function () {
        box.close();
        state.version = answer.version; // the editor chose to write over what is on disk now
        save();
      } }),
      el('button', { type: 'button', text: L['conflict-take-disk'], onclick: function () {
        box.close();
        setDirty(false);
        open(state.path);
      } }),
      el('button', { type: 'button', text: L.cancel, onclick: function () { box.close(); } })
    ]);
  }

  // ---- a new page

  function newPage() {
    var ready = state ? Promise.resolve(state) : request('GET', 'form').then(function (a) { return a.json; });
    ready.then(function (info) {
      var L = info.labels;
      var type = el('select', { id: 'hb-new-type' });
      info.schema.types.forEach(function (t) { type.appendChild(el('option', { value: t.key, text: t.label })); });
      var title = el('input', { id: 'hb-new-title', type: 'text', 'aria-required': 'true', autocomplete: 'off' });
      var chapter = el('select', { id: 'hb-new-chapter' }, [el('option', { value: '', text: L['chapter-auto'] })]);
      info.chapters.forEach(function (c) { chapter.appendChild(el('option', { value: c.path, text: c.title + ' (' + c.path + ')' })); });
      var message = el('p', { class: 'hb-field-problem', role: 'alert' });
      var box = dialog(L['new-page'], [
        el('label', { for: 'hb-new-type', text: L.type }), type,
        el('label', { for: 'hb-new-title', text: L.title + ' (' + L.required + ')' }), title,
        el('label', { for: 'hb-new-chapter', text: L.chapter }), chapter, message
      ], [
        el('button', { type: 'button', class: 'hb-primary', text: L.create, onclick: function () {
          request('POST', 'new', { type: type.value, title: title.value, chapter: chapter.value }).then(function (answer) {
            if (answer.status !== 201) { message.textContent = answer.json.error + (answer.json.hint ? ' ' + answer.json.hint : ''); return; }
            box.close();
            // the new file makes the preview rebuild and reload this page, maybe before open() is done:
            // the page that comes back opens the new file, whichever comes first
            try { sessionStorage.setItem(REOPEN_KEY, JSON.stringify({ path: answer.json.path, page: location.pathname })); } catch (e) { /* private mode */ }
            open(answer.json.path);
          });
        } }),
        el('button', { type: 'button', text: L.cancel, onclick: function () { box.close(); } })
      ]);
    });
  }

  // ---- images dropped onto the text

  function onDrop(event, editorView) {
    var files = event.dataTransfer && event.dataTransfer.files;
    if (!files || !files.length) return false;
    event.preventDefault();
    var file = files[0];
    var pos = editorView.posAtCoords({ x: event.clientX, y: event.clientY });
    if (pos === null) pos = editorView.state.selection.main.head;
    askAlt(file, pos);
    return true;
  }

  function askAlt(file, pos) {
    var L = state.labels;
    var alt = el('input', { id: 'hb-image-alt', type: 'text', 'aria-required': 'true', autocomplete: 'off' });
    var message = el('p', { class: 'hb-field-problem', role: 'alert' });
    var box = dialog(file.name, [el('label', { for: 'hb-image-alt', text: L['image-alt'] }), alt, message], [
      el('button', { type: 'button', class: 'hb-primary', text: L.insert, onclick: function () {
        if (!alt.value.trim()) { message.textContent = L['image-alt-required']; alt.focus(); return; }
        var route = 'image?page=' + encodeURIComponent(state.path) + '&name=' + encodeURIComponent(file.name) + '&alt=' + encodeURIComponent(alt.value);
        uploads += 1;
        file.arrayBuffer().then(function (bytes) { return request('POST', route, bytes, true); }).then(function (answer) {
          uploads -= 1;
          if (answer.status !== 201) { message.textContent = answer.json.error; return; }
          box.close();
          view.dispatch({ changes: { from: pos, insert: answer.json.markdown } });
          view.focus();
        }, function () { uploads -= 1; });
      } }),
      el('button', { type: 'button', text: L.cancel, onclick: function () { box.close(); } })
    ]);
  }

  function start() {
    style();
    buttons();
    var reopen = null;
    try { reopen = JSON.parse(sessionStorage.getItem(REOPEN_KEY) || 'null'); } catch (e) { /* private mode */ }
    if (reopen && reopen.page === location.pathname) open(reopen.path);
  }

  if (document.body) start(); else document.addEventListener('DOMContentLoaded', start);
})();
