// The progress bar of the Import and export page: htmx reports the upload's progress; while the
// server reads the file the bar has no value (indeterminate). Without script the form posts normally.
(function () {
  function bar(form) {
    var id = form && form.getAttribute('data-import-progress');
    return id ? document.getElementById(id) : null;
  }
  document.addEventListener('htmx:beforeRequest', function (event) {
    var box = bar(event.target.closest('form'));
    if (box) {
      box.hidden = false;
      box.querySelector('progress').value = 0;
    }
  });
  document.addEventListener('htmx:xhr:progress', function (event) {
    var box = bar(event.target.closest('form'));
    if (box && event.detail.lengthComputable) {
      var progress = box.querySelector('progress');
      var sent = Math.round(event.detail.loaded / event.detail.total * 100);
      if (sent >= 100) {
        progress.removeAttribute('value');
      } else {
        progress.value = sent;
      }
    }
  });
  document.addEventListener('htmx:afterRequest', function (event) {
    var box = bar(event.target.closest('form'));
    if (box) {
      box.hidden = true;
    }
  });
}());
