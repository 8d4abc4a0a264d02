/* Loaded in the head before any style, without defer: the reader's choice of light or dark (the
   toggle in handbook.js), so that no page flashes in the other. Storage may be refused (some browsers
   on file://, private modes): then the system's setting decides. */
try {
  var handbookTheme = localStorage.getItem('handbook-theme');
  if (handbookTheme === 'dark' || handbookTheme === 'light') document.documentElement.setAttribute('data-handbook-theme', handbookTheme);
} catch (e) {
  /* no storage: the system decides */
}
