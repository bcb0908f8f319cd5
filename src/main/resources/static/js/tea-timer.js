// The tea guide's timer. It counts down from the chosen minutes against the clock (not by counting
// ticks), so a phone that throttles background tabs still shows the right time when it comes back.
(function () {
  function setUp() {
    var box = document.getElementById('tea-timer');
    if (!box || box.dataset.ready) {
      return;
    }
    box.dataset.ready = '1';
    var display = document.getElementById('timer-display');
    var status = document.getElementById('timer-status');
    var start = document.getElementById('timer-start');
    var pause = document.getElementById('timer-pause');
    var reset = document.getElementById('timer-reset');
    var minutes = Number(box.dataset.minutes) || 15;
    var remaining = minutes * 60 * 1000;
    var endsAt = null;
    var tick = null;

    function show(ms) {
      var seconds = Math.max(0, Math.ceil(ms / 1000));
      var m = Math.floor(seconds / 60);
      var s = seconds % 60;
      display.textContent = m + ':' + (s < 10 ? '0' : '') + s;
    }

    function stop() {
      if (tick) {
        clearInterval(tick);
        tick = null;
      }
    }

    function update() {
      var left = endsAt - Date.now();
      show(left);
      if (left <= 0) {
        stop();
        endsAt = null;
        remaining = 0;
        status.textContent = box.dataset.done;
        box.classList.add('done');
        start.disabled = true;
        pause.disabled = true;
        if (navigator.vibrate) {
          navigator.vibrate([300, 150, 300]);
        }
      }
    }

    start.addEventListener('click', function () {
      if (endsAt || remaining <= 0) {
        return;
      }
      endsAt = Date.now() + remaining;
      status.textContent = box.dataset.running;
      start.disabled = true;
      pause.disabled = false;
      tick = setInterval(update, 250);
      update();
    });

    pause.addEventListener('click', function () {
      if (!endsAt) {
        return;
      }
      remaining = endsAt - Date.now();
      endsAt = null;
      stop();
      status.textContent = box.dataset.paused;
      start.disabled = false;
      pause.disabled = true;
    });

    function resetTo(mins) {
      stop();
      minutes = mins;
      remaining = mins * 60 * 1000;
      endsAt = null;
      box.classList.remove('done');
      start.disabled = false;
      pause.disabled = true;
      status.textContent = status.dataset.ready || status.textContent;
      show(remaining);
    }

    status.dataset.ready = status.textContent;
    reset.addEventListener('click', function () { resetTo(minutes); });
    box.querySelectorAll('[data-set]').forEach(function (button) {
      button.addEventListener('click', function () { resetTo(Number(button.dataset.set)); });
    });
    show(remaining);
  }

  document.addEventListener('DOMContentLoaded', setUp);
  // Boosted navigation swaps the page in without a new load.
  document.addEventListener('htmx:afterSettle', setUp);
  if (document.readyState !== 'loading') {
    setUp();
  }
}());
