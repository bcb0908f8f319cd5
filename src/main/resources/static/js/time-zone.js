// Preselects the browser's time zone on the sign-up form; without script the select simply stays on UTC.
(function () {
  function preselect() {
    var select = document.querySelector('select[data-browser-zone]');
    if (!select || select.dataset.touched) {
      return;
    }
    var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (select.value === 'UTC' && zone && select.querySelector('option[value="' + zone + '"]')) {
      select.value = zone;
    }
    select.addEventListener('change', function () { select.dataset.touched = 'true'; });
  }
  document.addEventListener('DOMContentLoaded', preselect);
  document.addEventListener('htmx:afterSettle', preselect);
}());
