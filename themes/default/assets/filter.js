/* Case index filters: checkboxes narrow the list at once (OR within a facet, AND across facets),
   counts show how many entries each value would leave, and the choice lives in the URL's hash so
   that it can be shared and works from file://. Without this script the full list shows. */
(function () {
  'use strict';
  var form = document.querySelector('.handbook-facets');
  if (!form) return;
  var items = Array.prototype.slice.call(document.querySelectorAll('.handbook-listing__item'));
  var groups = Array.prototype.slice.call(document.querySelectorAll('.handbook-listing__group'));
  var status = document.getElementById('handbook-filter-status');
  var boxes = Array.prototype.slice.call(form.querySelectorAll('input[type=checkbox]'));
  var facets = Array.prototype.slice.call(form.querySelectorAll('[data-facet]')).map(function (f) {
    return f.getAttribute('data-facet');
  });

  function valuesOf(item, facet) {
    var data = item.getAttribute('data-f-' + facet);
    return data ? data.split(' ') : [];
  }

  function selection() {
    var chosen = {};
    boxes.forEach(function (box) {
      if (box.checked) (chosen[box.name] = chosen[box.name] || []).push(box.value);
    });
    return chosen;
  }

  function matches(item, chosen, except) {
    return facets.every(function (facet) {
      if (facet === except || !chosen[facet]) return true;
      var have = valuesOf(item, facet);
      return chosen[facet].some(function (v) { return have.indexOf(v) >= 0; });
    });
  }

  function update(writeHash) {
    var chosen = selection();
    var shown = 0;
    items.forEach(function (item) {
      var visible = matches(item, chosen, null);
      item.hidden = !visible;
      if (visible) shown++;
    });
    groups.forEach(function (group) {
      group.hidden = !group.querySelector('.handbook-listing__item:not([hidden])');
    });
    boxes.forEach(function (box) {
      var count = items.filter(function (item) {
        return matches(item, chosen, box.name) && valuesOf(item, box.name).indexOf(box.value) >= 0;
      }).length;
      var label = box.parentNode.querySelector('.handbook-facet__count');
      if (label) label.textContent = '(' + count + ')';
    });
    var template = form.getAttribute(shown === 1 ? 'data-count-one' : 'data-count-many') || '{0} / {1}';
    if (status) status.textContent = template.replace('{0}', shown).replace('{1}', items.length);
    if (writeHash) {
      var parts = Object.keys(chosen).sort().map(function (facet) {
        return encodeURIComponent(facet) + '=' + chosen[facet].map(encodeURIComponent).join(',');
      });
      var hash = parts.length ? '#' + parts.join('&') : '';
      if (history.replaceState) history.replaceState(null, '', hash || location.pathname + location.search);
      else location.hash = hash;
    }
  }

  function readHash() {
    var chosen = {};
    location.hash.replace(/^#/, '').split('&').forEach(function (part) {
      var pair = part.split('=');
      if (pair.length === 2) chosen[decodeURIComponent(pair[0])] = pair[1].split(',').map(decodeURIComponent);
    });
    boxes.forEach(function (box) {
      box.checked = !!(chosen[box.name] && chosen[box.name].indexOf(box.value) >= 0);
    });
  }

  form.hidden = false;
  form.addEventListener('change', function () { update(true); });
  form.addEventListener('reset', function () { setTimeout(function () { update(true); }, 0); });
  form.addEventListener('submit', function (e) { e.preventDefault(); });
  window.addEventListener('hashchange', function () { readHash(); update(false); });
  readHash();
  update(false);
})();
