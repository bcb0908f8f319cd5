// A file input with data-max-bytes refuses a larger file as soon as it is chosen, before a byte is
// sent: the form's own message (#<input>-too-large) appears and the form will not submit (htmx and
// plain posts both respect the validity). The server refuses such a file too; this spares the wait.
(function () {
  document.addEventListener('change', function (event) {
    var input = event.target;
    if (!input.matches || !input.matches('input[type=file][data-max-bytes]')) {
      return;
    }
    var max = Number(input.getAttribute('data-max-bytes'));
    var message = document.getElementById(input.id + '-too-large');
    var tooLarge = Array.prototype.some.call(input.files || [], function (file) {
      return file.size > max;
    });
    input.setCustomValidity(tooLarge && message ? message.textContent : '');
    if (message) {
      message.hidden = !tooLarge;
    }
  });
}());
