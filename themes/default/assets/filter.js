/* Overview filters: checkboxes narrow the list at once (OR within a facet, AND across facets),
   counts show how many entries each value would leave, and the choice lives in the URL's hash so
   that it can be shared and works from file://. Without this script the full list shows. The chosen
   values show as chips that remove them; a filter that leaves nothing shows an empty state with a button
   that clears them; on a phone the form folds behind a button that counts the active filters. */
(function () {
  'use strict';
  var form = document.querySelector('.handbook-facets');
  if (!form) return;
  var items = Array.prototype.slice.call(document.querySelectorAll('.handbook-listing__item'));
  var groups = Array.prototype.slice.call(document.querySelectorAll('.handbook-listing__group'));
  var status = document.getElementById('handbook-filter-status');
  var empty = document.querySelector('.handbook-listing__empty');
  var chips = document.querySelector('.handbook-chips');
  var chipList = chips && chips.querySelector('.handbook-chips__list');
  var toggle = document.querySelector('.handbook-facets__toggle');
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
    if (empty) empty.hidden = shown > 0;
    showChips();
    if (writeHash) {
      var parts = Object.keys(chosen).sort().map(function (facet) {
        return encodeURIComponent(facet) + '=' + chosen[facet].map(encodeURIComponent).join(',');
      });
      var hash = parts.length ? '#' + parts.join('&') : '';
      if (history.replaceState) history.replaceState(null, '', hash || location.pathname + location.search);
      else location.hash = hash;
    }
  }

  // One button per ticked box, named by its field and value; pressing it unticks the box.
  function showChips() {
    var ticked = boxes.filter(function (box) { return box.checked; });
    if (toggle) {
      var active = toggle.querySelector('.handbook-facets__active');
      if (active) active.textContent = ticked.length ? '(' + (toggle.getAttribute('data-text-active') || '{0}').replace('{0}', ticked.length) + ')' : '';
    }
    if (!chipList) return;
    chipList.textContent = '';
    ticked.forEach(function (box) {
      var item = document.createElement('li');
      var button = document.createElement('button');
      var name = box.getAttribute('data-label') || box.value;
      button.type = 'button';
      button.className = 'handbook-chip';
      button.textContent = name;
      button.setAttribute('aria-label', (chipList.getAttribute('data-text-remove') || '{0}').replace('{0}', name));
      button.addEventListener('click', function () {
        box.checked = false;
        update(true);
        var first = chipList.querySelector('button');
        (first || form.querySelector('input')).focus();
      });
      item.appendChild(button);
      chipList.appendChild(item);
    });
    chips.hidden = ticked.length === 0;
  }

  function clearAll() {
    form.reset();
    setTimeout(function () { update(true); }, 0);
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
  // A jump to a chapter's heading (#groep-2) is no filter: it leaves the chosen ones as they are.
  window.addEventListener('hashchange', function () {
    if (location.hash && location.hash.indexOf('=') < 0) return;
    readHash();
    update(false);
  });
  var clear = document.querySelector('.handbook-listing__clear');
  if (clear) clear.addEventListener('click', function () { clearAll(); form.querySelector('input').focus(); });
  if (toggle) {
    // Folded on a phone only (the CSS shows the button and folds the form below 48rem).
    toggle.hidden = false;
    form.classList.add('handbook-facets--folded');
    toggle.addEventListener('click', function () {
      var open = toggle.getAttribute('aria-expanded') !== 'true';
      toggle.setAttribute('aria-expanded', String(open));
      form.classList.toggle('handbook-facets--folded', !open);
    });
  }
  readHash();
  update(false);
})();
