// Copy buttons: a button with data-copy="#id" copies that element's text and says so in the element
// named by data-status. The buttons start hidden: without this script the text is still selected
// whole by a tap (CSS user-select: all), and where the browser will not copy, the text is selected.
(function () {
  'use strict';

  function select(element) {
    var range = document.createRange();
    range.selectNodeContents(element);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }

  function copy(button) {
    var source = document.querySelector(button.dataset.copy);
    var status = document.querySelector(button.dataset.status);
    if (!source || !status) { return; }
    function copied() { status.textContent = button.dataset.copied; }
    function selected() {
      select(source);
      status.textContent = button.dataset.selected;
    }
    // The clipboard API needs a secure context (https or localhost); a plain-http address on a home
    // network falls back to copying the selection.
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(source.textContent.trim()).then(copied, selected);
      return;
    }
    select(source);
    try {
      if (document.execCommand('copy')) { copied(); } else { selected(); }
    } catch (e) {
      selected();
    }
  }

  function reveal() {
    document.querySelectorAll('button[data-copy][hidden]').forEach(function (button) { button.hidden = false; });
  }

  document.addEventListener('click', function (event) {
    var button = event.target.closest && event.target.closest('button[data-copy]');
    if (button) { copy(button); }
  });
  document.addEventListener('DOMContentLoaded', reveal);
  document.addEventListener('htmx:afterSettle', reveal);
})();
