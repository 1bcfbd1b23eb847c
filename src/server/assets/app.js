// Progressive enhancement only: every page works without it. When one piece of a quotation is
// hovered or focused, outline all of its pieces (a quotation interrupted by "he said" has two).
(function () {
  'use strict';
  function pieces(mark) {
    var id = mark.getAttribute('data-quote');
    var container = mark.closest('.article-text');
    if (!id || !container) return [];
    return Array.prototype.filter.call(container.querySelectorAll('mark.q'), function (m) {
      return m.getAttribute('data-quote') === id;
    });
  }
  function toggle(event, on) {
    var mark = event.target && event.target.closest ? event.target.closest('mark.q') : null;
    if (!mark) return;
    pieces(mark).forEach(function (m) { m.classList.toggle('active', on); });
  }
  document.addEventListener('mouseover', function (e) { toggle(e, true); });
  document.addEventListener('mouseout', function (e) { toggle(e, false); });
  document.addEventListener('focusin', function (e) { toggle(e, true); });
  document.addEventListener('focusout', function (e) { toggle(e, false); });
  document.addEventListener('keydown', function (e) {
    if (e.key === 'Escape' && document.activeElement && document.activeElement.matches('mark.q')) document.activeElement.blur();
  });
})();
