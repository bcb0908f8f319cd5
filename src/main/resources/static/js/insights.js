// Draws the Insights charts from the JSON in each canvas's data-chart attribute (see InsightsCharts).
// Chart.js is loaded only when a page has a chart; both files come from this server (the CSP allows
// nothing else). Every chart has a data table beside it, so a failure here hides nothing.
(function () {
  'use strict';
  var CHART_JS = '/webjars/chart.js/dist/chart.umd.min.js';
  var ACCENT = '#2c5a5f';
  var PALETTE = [ACCENT, '#b5651d', '#5b6fa6', '#8a4f7d'];
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

  // Lines take the palette's colours in turn, the first the accent; intervals, means and bars have their own.
  function datasets(allSeries) {
    var lines = 0;
    return allSeries.map(function (series) {
      return dataset(series, series.style === 'line' ? PALETTE[lines++ % PALETTE.length] : ACCENT);
    });
  }

  function dataset(series, colour) {
    var common = { label: series.label, data: series.data, yAxisID: series.axis };
    switch (series.style) {
      case 'interval':
        return Object.assign(common, { type: 'bar', backgroundColor: 'rgba(44, 90, 95, 0.25)',
          borderColor: ACCENT, borderWidth: 1, barPercentage: 0.5 });
      case 'mean':
        return Object.assign(common, { type: 'line', showLine: false, pointRadius: 5, pointStyle: 'circle',
          backgroundColor: ACCENT, borderColor: ACCENT });
      case 'bar':
        return Object.assign(common, { type: 'bar', backgroundColor: 'rgba(44, 90, 95, 0.45)' });
      case 'faint':
        return Object.assign(common, { type: 'line', borderColor: '#9aa6a5', borderWidth: 1, pointRadius: 0,
          spanGaps: true });
      default:
        return Object.assign(common, { type: 'line', borderColor: colour, backgroundColor: colour,
          borderWidth: 2, pointRadius: series.data.length > 60 ? 0 : 2, spanGaps: true });
    }
  }

  function draw(canvas) {
    if (canvas.dataset.drawn) { return; }
    var spec = JSON.parse(canvas.dataset.chart);
    if (!spec.labels.length) {
      canvas.closest('figure').hidden = true;
      return;
    }
    canvas.dataset.drawn = 'true';
    var scales = {
      x: { ticks: { maxTicksLimit: 4, maxRotation: 0, autoSkip: true } },
      y: { title: { display: !!spec.yTitle, text: spec.yTitle } }
    };
    if (spec.scale10) {
      scales.y.min = 0;
      scales.y.max = 10;
    }
    if (spec.y2Title) {
      scales.y2 = { position: 'right', grid: { drawOnChartArea: false }, beginAtZero: true,
        title: { display: true, text: spec.y2Title } };
    }
    new window.Chart(canvas, {
      data: { labels: spec.labels, datasets: datasets(spec.series) },
      options: { animation: false, responsive: true, maintainAspectRatio: false, scales: scales,
        plugins: { legend: { position: 'bottom', labels: { boxWidth: 12 } } } }
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
