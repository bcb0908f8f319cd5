// Draws the Insights charts from the JSON in each canvas's data-chart attribute (see InsightsCharts).
// Chart.js is loaded only when a page has a chart; both files come from this server (the CSP allows
// nothing else). Every chart has a data table beside it, so a failure here hides nothing. Colours
// come from the --chart-* custom properties in mitra.css, so a theme changes them in one place.
(function () {
  'use strict';
  var CHART_JS = '/webjars/chart.js/dist/chart.umd.min.js';
  var loading = null;

  function loadChartJs() {
    if (window.Chart) { return Promise.resolve(); }
    if (!loading) {
      loading = new Promise(function (resolve, reject) {
        var script = document.createElement('script');
        script.src = CHART_JS;
        script.onload = resolve;
        script.onerror = reject;
        document.head.appendChild(script);
      });
    }
    return loading;
  }

  function colours(element) {
    var style = getComputedStyle(element);
    function read(name) { return style.getPropertyValue(name).trim(); }
    return {
      lines: [read('--chart-1'), read('--chart-2'), read('--chart-3'), read('--chart-4')],
      interval: read('--chart-interval'), bar: read('--chart-bar'), faint: read('--chart-faint'),
      text: read('--chart-text'), grid: read('--chart-grid'), zero: read('--chart-zero')
    };
  }

  // Lines take the palette's colours in turn; intervals, means, bars and faint lines have their own.
  function datasets(allSeries, colour) {
    var lines = 0;
    return allSeries.map(function (series) {
      var common = { label: series.label, data: series.data };
      switch (series.style) {
        case 'interval':
          return Object.assign(common, { type: 'bar', backgroundColor: colour.interval,
            borderColor: colour.lines[0], borderWidth: 1, barPercentage: 0.5 });
        case 'mean':
          return Object.assign(common, { type: 'line', showLine: false, pointRadius: 5, pointStyle: 'circle',
            backgroundColor: colour.lines[0], borderColor: colour.lines[0] });
        case 'bar':
          return Object.assign(common, { type: 'bar', backgroundColor: colour.bar });
        case 'faint':
          return Object.assign(common, { type: 'line', borderColor: colour.faint, borderWidth: 1, pointRadius: 0,
            spanGaps: true });
        default:
          var line = colour.lines[lines++ % colour.lines.length];
          return Object.assign(common, { type: 'line', borderColor: line, backgroundColor: line,
            borderWidth: 2, pointRadius: series.data.length > 31 ? 0 : 2, spanGaps: true });
      }
    });
  }

  function draw(canvas) {
    if (canvas.dataset.drawn) { return; }
    canvas.dataset.drawn = 'true';
    var spec = JSON.parse(canvas.dataset.chart);
    var colour = colours(canvas);
    // A phone has room for about four short date labels side by side; a wider screen for more.
    var ticks = canvas.parentElement.clientWidth < 480 ? 4 : 7;
    var scales = {
      x: { ticks: { color: colour.text, maxTicksLimit: ticks, maxRotation: 0, autoSkip: true, autoSkipPadding: 16 },
        grid: { display: false } },
      y: { title: { display: !!spec.yTitle, text: spec.yTitle, color: colour.text },
        ticks: { color: colour.text, maxTicksLimit: 6 },
        grid: { color: function (context) { return context.tick && context.tick.value === 0 ? colour.zero : colour.grid; } } }
    };
    if (spec.scale10) {
      scales.y.min = 0;
      scales.y.max = 10;
    }
    new window.Chart(canvas, {
      data: { labels: spec.labels, datasets: datasets(spec.series, colour) },
      options: { animation: false, responsive: true, maintainAspectRatio: false, scales: scales,
        plugins: { legend: { display: spec.series.length > 1, position: 'bottom',
          labels: { boxWidth: 12, color: colour.text } } } }
    });
  }

  function drawAll() {
    var canvases = document.querySelectorAll('canvas[data-chart]');
    if (!canvases.length) { return; }
    loadChartJs().then(function () { canvases.forEach(draw); });
  }

  document.addEventListener('DOMContentLoaded', drawAll);
  document.addEventListener('htmx:afterSettle', drawAll);
})();
