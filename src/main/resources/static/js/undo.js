// The "Undo" beside a confirmation goes away after about ten seconds, as it does in a phone's own apps;
// a deletion can still be undone from History for a day. It stays while it has the focus or the pointer,
// so nobody loses it while reaching for it with a keyboard, a screen reader or a mouse.
(function () {
  function setUp() {
    document.querySelectorAll('form.undo[data-seconds]:not([data-timed])').forEach(function (form) {
      form.dataset.timed = '1';
      var until = Date.now() + Number(form.dataset.seconds) * 1000;
      var check = setInterval(function () {
        if (!document.body.contains(form)) {
          clearInterval(check);
        } else if (Date.now() >= until && !form.contains(document.activeElement) && !form.matches(':hover')) {
          form.hidden = true;
          clearInterval(check);
        }
      }, 500);
    });
  }

  document.addEventListener('DOMContentLoaded', setUp);
  // Boosted navigation swaps the page in without a new load.
  document.addEventListener('htmx:afterSettle', setUp);
  if (document.readyState !== 'loading') {
    setUp();
  }
}());
