// Charts of the service-star pages: the ranking (horizontal bars, best on top) and one employee's
// month-by-month totals. Data come from JSON blocks in the page: no inline script.
(function () {
  function json(id) {
    var el = document.getElementById(id);
    return el ? JSON.parse(el.textContent) : null;
  }

  function chart(id) {
    var el = document.getElementById(id);
    if (!el || !window.echarts) {
      return null;
    }
    var c = echarts.init(el, null, { renderer: 'canvas' });
    window.addEventListener('resize', function () { c.resize(); });
    return { el: el, chart: c };
  }

  document.addEventListener('DOMContentLoaded', function () {
    var ranking = json('ranking-data');
    var r = chart('ranking-chart');
    if (ranking && r) {
      r.el.style.height = Math.max(240, ranking.names.length * 22 + 60) + 'px';
      r.chart.resize();
      r.chart.setOption({
        animation: false,
        tooltip: { trigger: 'axis' },
        grid: { left: 180, right: 40, top: 20, bottom: 30 },
        xAxis: { type: 'value', min: 0, max: 100, name: r.el.dataset.labelScore },
        yAxis: { type: 'category', data: ranking.names.slice().reverse() },
        series: [{ type: 'bar', data: ranking.scores.slice().reverse(), color: '#1f6fd1',
                   label: { show: true, position: 'right' } }]
      });
    }
    var history = json('history-data');
    var h = chart('history-chart');
    if (history && h) {
      h.chart.setOption({
        animation: false,
        tooltip: { trigger: 'axis' },
        grid: { left: 50, right: 30, top: 40, bottom: 30 },
        xAxis: { type: 'category', data: history.months },
        yAxis: { type: 'value', min: 0, max: 100, name: h.el.dataset.labelScore },
        series: [{ type: 'line', data: history.totals, symbolSize: 8, color: '#c0392b' }]
      });
    }
  });
})();
