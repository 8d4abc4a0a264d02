/* The default theme's script: the phone menu, folding sidebar branches, and branches that are not
   in the page yet, built from toc.js. A plain deferred script without requests, so that the site also
   works from file://; the only thing it stores is the reader's choice of light or dark. Without it every
   rendered item stays visible. */
(function () {
  'use strict';
  var html = document.documentElement;
  // The CSS folds closed branches and hides the phone sidebar only under this class.
  html.classList.add('handbook-js');

  var sidebar = document.getElementById('sidebar');
  if (!sidebar) return;

  var nl = (html.lang || '').toLowerCase().split('-')[0] === 'nl';
  // A template may pass its own words (data-text-expand / data-text-collapse on the sidebar).
  var words = {
    expand: sidebar.getAttribute('data-text-expand') || (nl ? 'Uitklappen' : 'Expand'),
    collapse: sidebar.getAttribute('data-text-collapse') || (nl ? 'Inklappen' : 'Collapse')
  };

  function isOpen(el) {
    return el.getAttribute('aria-expanded') === 'true';
  }

  function tocEntries(key) {
    var toc = window.handbookToc;
    return key && toc && Array.isArray(toc[key]) ? toc[key] : null;
  }

  // The site root as an absolute address ('./' rather than '': a page at the root may have a
  // query or a hash).
  var rootUrl = new URL(html.getAttribute('data-root') || './', location.href).href;

  // A sidebar link's path from the site root: its branch's key in toc.js. The page holds only the
  // link (short markup on every page of the site), and its resolved href says the rest.
  function keyOf(link) {
    var url = link.href.split('#')[0];
    if (url.indexOf(rootUrl) !== 0) return null;
    try {
      return decodeURIComponent(url.slice(rootUrl.length));
    } catch (e) {
      return null;
    }
  }

  // An item's link holds an optional number span and then the title; the toggle is named by the title.
  function titleOf(link) {
    var number = link.querySelector('span');
    return link.textContent.slice(number ? number.textContent.length : 0).trim();
  }

  function label(toggle) {
    var title = titleOf(toggle.previousElementSibling);
    toggle.setAttribute('aria-label', (isOpen(toggle) ? words.collapse : words.expand) + ': ' + title);
  }

  // A toggle goes right after the link of an item whose branch is in the page (the current chapter)
  // or in toc.js under its key; an item that has neither stays a plain link.
  function addToggle(item, key) {
    var link = item.firstElementChild;
    var list = link.nextElementSibling;
    if (!list && !tocEntries(key)) return;
    var toggle = document.createElement('button');
    toggle.className = 'handbook-nav__toggle';
    toggle.type = 'button';
    // The template marks the current page and the chapters around it as open.
    toggle.setAttribute('aria-expanded', String(Boolean(list) && item.classList.contains('handbook-nav__open')));
    link.insertAdjacentElement('afterend', toggle);
    label(toggle);
  }

  // The same markup as the sidebar template, with text set as text: titles are never parsed as HTML.
  function buildList(entries) {
    var root = html.getAttribute('data-root') || '';
    var list = document.createElement('ul');
    entries.forEach(function (entry) {
      var item = document.createElement('li');
      var link = document.createElement('a');
      link.setAttribute('href', root + entry.u);
      if (entry.n) {
        var number = document.createElement('span');
        number.textContent = entry.n;
        link.appendChild(number);
        link.appendChild(document.createTextNode(' '));
      }
      link.appendChild(document.createTextNode(entry.t));
      item.appendChild(link);
      list.appendChild(item);
      addToggle(item, entry.u);
    });
    return list;
  }

  Array.prototype.forEach.call(sidebar.querySelectorAll('.handbook-nav:not(.handbook-nav--overviews) li'), function (item) {
    addToggle(item, keyOf(item.firstElementChild));
  });

  // One listener for all toggles, also those built later.
  sidebar.addEventListener('click', function (event) {
    var toggle = event.target.closest('.handbook-nav__toggle');
    if (!toggle) return;
    var open = !isOpen(toggle);
    if (open && !toggle.nextElementSibling) {
      // The CSS shows or hides the list right after its toggle.
      toggle.insertAdjacentElement('afterend', buildList(tocEntries(keyOf(toggle.previousElementSibling))));
    }
    toggle.setAttribute('aria-expanded', String(open));
    label(toggle);
  });

  var menu = document.querySelector('.handbook-menu-button');
  if (menu) {
    var setMenu = function (open) {
      menu.setAttribute('aria-expanded', String(open));
      sidebar.classList.toggle('handbook-sidebar--open', open);
    };
    menu.hidden = false;
    menu.addEventListener('click', function () {
      setMenu(!isOpen(menu));
    });
    document.addEventListener('keydown', function (event) {
      // Only while the button shows: on wide screens the sidebar is always there.
      if (event.key !== 'Escape' || !isOpen(menu) || !menu.getClientRects().length) return;
      setMenu(false);
      menu.focus();
    });
  }

  // Scroll the sidebar, not the page, so that the current page's item is in view.
  var current = sidebar.querySelector('[aria-current="page"]');
  if (current && sidebar.scrollHeight > sidebar.clientHeight) {
    var top = current.getBoundingClientRect().top - sidebar.getBoundingClientRect().top + sidebar.scrollTop;
    if (top < sidebar.scrollTop || top + current.offsetHeight > sidebar.scrollTop + sidebar.clientHeight) {
      sidebar.scrollTop = Math.max(0, top - sidebar.clientHeight / 3);
    }
  }
})();

/* The reader's tools around the text: the light/dark toggle, the phone's search button, tables that
   scroll on their own with a cue, the entry a permalink arrived at, and the current section in the
   on-page contents. */
(function () {
  'use strict';
  var html = document.documentElement;
  var KEY = 'handbook-theme';

  // Light or dark: the stored choice (set before paint by base.peb), else the system's setting.
  var themeButton = document.querySelector('.handbook-theme-toggle');
  if (themeButton) {
    var system = window.matchMedia ? window.matchMedia('(prefers-color-scheme: dark)') : null;
    var isDark = function () {
      var chosen = html.getAttribute('data-handbook-theme');
      return chosen ? chosen === 'dark' : Boolean(system && system.matches);
    };
    var show = function () { themeButton.setAttribute('aria-pressed', String(isDark())); };
    themeButton.hidden = false;
    show();
    themeButton.addEventListener('click', function () {
      var next = isDark() ? 'light' : 'dark';
      html.setAttribute('data-handbook-theme', next);
      try {
        localStorage.setItem(KEY, next);
      } catch (e) {
        /* storage refused: the choice holds for this page only */
      }
      show();
    });
    if (system && system.addEventListener) system.addEventListener('change', show);
  }

  // On a phone the search box folds into the header's search button (CSS below 48rem).
  var searchButton = document.querySelector('.handbook-search-toggle');
  var search = document.getElementById('handbook-search');
  if (searchButton && search) {
    searchButton.hidden = false;
    html.classList.add('handbook-search-folds');
    var setSearch = function (open) {
      searchButton.setAttribute('aria-expanded', String(open));
      search.classList.toggle('handbook-search--open', open);
    };
    searchButton.addEventListener('click', function () {
      var open = searchButton.getAttribute('aria-expanded') !== 'true';
      setSearch(open);
      if (open) search.querySelector('input').focus();
    });
    document.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' && searchButton.getAttribute('aria-expanded') === 'true' && searchButton.getClientRects().length
          && !search.querySelector('[aria-expanded=true]')) {
        setSearch(false);
        searchButton.focus();
      }
    });
    // "/" focuses the box (search.js): on a phone it must unfold first
    search.querySelector('input').addEventListener('focus', function () {
      if (searchButton.getClientRects().length) setSearch(true);
    });
  }

  // A table scrolls in a box of its own; when it is wider than the box, the box can take the focus
  // (so that the keyboard scrolls it), is named as scrollable, and shows shadows at the hidden side.
  var named = document.querySelector('[data-text-table-scroll]');
  var cue = named && named.getAttribute('data-text-table-scroll');
  var boxes = [];
  Array.prototype.forEach.call(document.querySelectorAll('.handbook-content table'), function (table) {
    if (table.parentNode.classList.contains('handbook-table')) return;
    var box = document.createElement('div');
    box.className = 'handbook-table';
    table.parentNode.insertBefore(box, table);
    box.appendChild(table);
    boxes.push(box);
  });
  function measure() {
    boxes.forEach(function (box) {
      var scrolls = box.scrollWidth > box.clientWidth + 1;
      box.classList.toggle('handbook-table--scrolls', scrolls);
      var before = box.previousElementSibling;
      var hasCue = Boolean(before && before.classList.contains('handbook-table__cue'));
      if (scrolls && !hasCue) {
        // for the eye only: the box's own name says the same to a screen reader
        var line = document.createElement('p');
        line.className = 'handbook-table__cue';
        line.setAttribute('aria-hidden', 'true');
        line.textContent = (cue || 'Table') + ' \u2192';
        box.parentNode.insertBefore(line, box);
      } else if (!scrolls && hasCue) {
        before.remove();
      }
      if (scrolls) {
        box.setAttribute('tabindex', '0');
        box.setAttribute('role', 'region');
        var caption = box.querySelector('caption');
        box.setAttribute('aria-label', (caption ? caption.textContent.trim() + ' – ' : '') + (cue || 'Table'));
      } else {
        box.removeAttribute('tabindex');
        box.removeAttribute('role');
        box.removeAttribute('aria-label');
      }
    });
  }
  if (boxes.length) {
    measure();
    window.addEventListener('resize', measure);
  }

  // The entry (or heading) a link or permalink arrived at is marked, also after a later jump.
  function markTarget() {
    var old = document.querySelector('.handbook-arrived');
    if (old) old.classList.remove('handbook-arrived');
    var id = location.hash.slice(1);
    if (!id) return;
    var target;
    try {
      target = document.getElementById(decodeURIComponent(id));
    } catch (e) {
      return;
    }
    if (target && target.classList.contains('handbook-entry')) target.classList.add('handbook-arrived');
  }
  markTarget();
  window.addEventListener('hashchange', markTarget);

  // The on-page contents marks the section being read: the last heading above the upper third.
  var toc = document.querySelector('.handbook-toc');
  if (toc && 'IntersectionObserver' in window) {
    var links = Array.prototype.slice.call(toc.querySelectorAll('a[href^="#"]'));
    var headings = links.map(function (a) {
      try {
        return document.getElementById(decodeURIComponent(a.getAttribute('href').slice(1)));
      } catch (e) {
        return null;
      }
    });
    var current = function () {
      var line = window.innerHeight / 3;
      var index = -1;
      headings.forEach(function (h, i) { if (h && h.getBoundingClientRect().top <= line) index = i; });
      links.forEach(function (a, i) {
        if (i === index) a.setAttribute('aria-current', 'true');
        else a.removeAttribute('aria-current');
      });
    };
    var observer = new IntersectionObserver(current, { rootMargin: '0px 0px -66% 0px' });
    headings.forEach(function (h) { if (h) observer.observe(h); });
    current();
  }
})();
