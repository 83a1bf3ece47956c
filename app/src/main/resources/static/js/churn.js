// Charts of the churn pages: the risk panel of the subscriber 360 (trend line and health radar,
// loaded by htmx, so drawn again after each swap) and the model report (ROC, lift, calibration,
// feature importance). Data come from JSON blocks in the page: no inline script.
(function () {
  function json(id) {
    var el = document.getElementById(id);
    return el ? JSON.parse(el.textContent) : null;
  }

  function init(id) {
    var el = document.getElementById(id);
    if (!el || !window.echarts || el.getAttribute('data-rendered') === 'true') {
      return null;
    }
    var chart = echarts.init(el, null, { renderer: 'canvas' });
    window.addEventListener('resize', function () { chart.resize(); });
    return { el: el, chart: chart, labels: el.dataset };
  }

  function done(c) {
    c.el.setAttribute('data-rendered', 'true');
  }

  function drawPanel() {
    var data = json('risk-data');
    if (!data) {
      return;
    }
    var trend = init('trend-chart');
    if (trend) {
      trend.chart.setOption({
        animation: false,
        color: ['#c0392b', '#1f6fd1'],
        tooltip: { trigger: 'axis' },
        legend: { top: 0 },
        grid: { left: 50, right: 50, top: 40, bottom: 30 },
        xAxis: { type: 'category', data: data.months },
        yAxis: [{ type: 'value', min: 0, max: 100, name: trend.labels.labelProbability },
                { type: 'value', min: 0, max: 100, name: trend.labels.labelComposite, splitLine: { show: false } }],
        series: [
          { name: trend.labels.labelProbability, type: 'line', data: data.probability, symbolSize: 6 },
          { name: trend.labels.labelComposite, type: 'line', yAxisIndex: 1, data: data.composite, symbolSize: 6,
            lineStyle: { type: 'dashed' } }
        ]
      });
      done(trend);
    }
    var health = init('health-chart');
    if (health) {
      var l = health.labels;
      health.chart.setOption({
        animation: false,
        color: ['#0b6e4f'],
        tooltip: {},
        radar: { indicator: [l.labelTariff, l.labelServices, l.labelExperience, l.labelCircle]
            .map(function (name) { return { name: name, max: 100 }; }) },
        series: [{ type: 'radar', data: [{ value: data.health, areaStyle: { opacity: 0.25 } }] }]
      });
      done(health);
    }
  }

  function xy(id, points, options) {
    var c = init(id);
    if (!c || !points) {
      return;
    }
    c.chart.setOption(Object.assign({
      animation: false,
      tooltip: { trigger: 'axis' },
      grid: { left: 56, right: 20, top: 30, bottom: 40 },
      xAxis: { type: 'value', name: c.labels.labelX, nameLocation: 'middle', nameGap: 26 },
      yAxis: { type: 'value', name: c.labels.labelY }
    }, options(c)));
    done(c);
  }

  function drawReport() {
    var data = json('report-data');
    if (!data) {
      return;
    }
    xy('roc-chart', data.roc, function () {
      return {
        color: ['#1f6fd1', '#9aa3ad'],
        xAxis: { type: 'value', min: 0, max: 1 },
        yAxis: { type: 'value', min: 0, max: 1 },
        series: [{ type: 'line', showSymbol: false, data: data.roc },
                 { type: 'line', showSymbol: false, data: [[0, 0], [1, 1]], lineStyle: { type: 'dashed' } }]
      };
    });
    xy('lift-chart', data.lift, function () {
      return {
        color: ['#0b6e4f'],
        xAxis: { type: 'category', data: data.lift.map(function (p) { return p[0]; }) },
        series: [{ type: 'bar', data: data.lift.map(function (p) { return p[1]; }), barMaxWidth: 36 }]
      };
    });
    xy('calibration-chart', data.calibration, function () {
      return {
        color: ['#d9822b', '#9aa3ad'],
        xAxis: { type: 'value', min: 0, max: 1 },
        yAxis: { type: 'value', min: 0, max: 1 },
        series: [{ type: 'line', data: data.calibration.filter(function (c) { return c[2] > 0; }).map(function (c) { return [c[0], c[1]]; }), symbolSize: 8 },
                 { type: 'line', showSymbol: false, data: [[0, 0], [1, 1]], lineStyle: { type: 'dashed' } }]
      };
    });
    var top = data.importance.slice(0, 20).reverse();
    xy('importance-chart', data.importance, function () {
      return {
        color: ['#1f5fa8'],
        grid: { left: 10, right: 30, top: 20, bottom: 40, containLabel: true },
        xAxis: { type: 'value' },
        yAxis: { type: 'category', data: top.map(function (i) { return i[0]; }), axisLabel: { interval: 0 } },
        series: [{ type: 'bar', data: top.map(function (i) { return i[1]; }), barMaxWidth: 18 }]
      };
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    drawPanel();
    drawReport();
  });
  document.addEventListener('htmx:afterSettle', drawPanel);
})();
