/* Content the pages' Markdown makes: content tabs and abbreviations. A plain deferred script without
   requests or storage. Without it, tabs read as labelled sections one after another and an
   abbreviation's expansion is there for screen readers and print, after its first use. */
(function () {
  'use strict';

  // Tabs, as the WAI-ARIA tabs pattern: the tab list shown, one panel at a time, arrows, Home and End
  // move between tabs (and show the one they reach).
  function select(tabs, index, focus) {
    tabs.forEach(function (tab, i) {
      var on = i === index;
      tab.setAttribute('aria-selected', on ? 'true' : 'false');
      tab.tabIndex = on ? 0 : -1;
      var panel = document.getElementById(tab.getAttribute('aria-controls'));
      if (panel) panel.hidden = !on;
    });
    if (focus) tabs[index].focus();
  }

  Array.prototype.forEach.call(document.querySelectorAll('.handbook-tabs'), function (set) {
    var list = set.querySelector('[role=tablist]');
    if (!list || list.parentNode !== set) return;
    var tabs = Array.prototype.slice.call(list.querySelectorAll('[role=tab]'));
    if (!tabs.length) return;
    var selected = 0;
    tabs.forEach(function (tab, i) {
      if (tab.getAttribute('aria-selected') === 'true') selected = i;
      var panel = document.getElementById(tab.getAttribute('aria-controls'));
      // a panel without anything to focus in it is reached by Tab itself, as the pattern asks
      if (panel && !panel.querySelector('a[href], button, input, select, textarea, [tabindex]')) panel.tabIndex = 0;
      tab.addEventListener('click', function () { select(tabs, i, false); });
    });
    list.addEventListener('keydown', function (event) {
      var at = tabs.indexOf(document.activeElement);
      if (at < 0) return;
      var to = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: tabs.length - 1 }[event.key];
      if (to === undefined) return;
      event.preventDefault();
      select(tabs, (to + tabs.length) % tabs.length, true);
    });
    list.hidden = false;
    set.classList.add('handbook-tabs--active');
    select(tabs, selected, false);
  });

  // Abbreviations: a tap (or click) on one shows its expansion in words after it, a second tap hides it;
  // a title alone shows on hover only, which touch screens do not have.
  document.addEventListener('click', function (event) {
    var abbr = event.target.closest ? event.target.closest('abbr.handbook-abbr[title]') : null;
    if (!abbr) return;
    var next = abbr.nextSibling;
    if (!next || !next.classList || !next.classList.contains('handbook-abbr__expansion')) {
      next = document.createElement('span');
      next.className = 'handbook-abbr__expansion';
      next.textContent = ' (' + abbr.title + ')';
      abbr.parentNode.insertBefore(next, abbr.nextSibling);
    }
    next.classList.toggle('handbook-abbr__expansion--shown');
  });
})();
