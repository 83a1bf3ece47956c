// The managers' dashboard: one ECharts chart per KPI, drawn from the same twelve-month tables the
// page shows (a JSON block in the page: no inline script). Shares are drawn in percent.
(function () {
  var COLORS = ['#3f7fc9', '#e08e0b', '#2e9e5b', '#c0392b', '#8e44ad', '#16a085', '#7f8c8d', '#d35400'];

  function draw(kpi) {
    var el = document.getElementById('chart-' + kpi.key);
    if (!el) {
      return;
    }
    var months = kpi.rows.map(function (r) { return r[0]; });
    var rightAxis = kpi.series.some(function (s) { return s.axis === 1; });
    var percentLeft = kpi.series.some(function (s) { return s.axis === 0 && kpi.kinds[s.column] === 'PERCENT'; });
    var percentRight = kpi.series.some(function (s) { return s.axis === 1 && kpi.kinds[s.column] === 'PERCENT'; });
    var stacked = kpi.key === 'stars' || kpi.key === 'vip';
    var chart = echarts.init(el, null, { renderer: 'canvas' });
    var axis = function (percent) { return { type: 'value', axisLabel: { formatter: percent ? '{value}%' : '{value}' } }; };
    chart.setOption({
      animation: false,
      color: COLORS,
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 70, right: rightAxis ? 70 : 20, top: 40, bottom: 30 },
      xAxis: { type: 'category', data: months },
      yAxis: rightAxis ? [axis(percentLeft), axis(percentRight)] : [axis(percentLeft)],
      series: kpi.series.map(function (s) {
        var percent = kpi.kinds[s.column] === 'PERCENT';
        return {
          name: kpi.headers[s.column], type: s.type, yAxisIndex: s.axis, stack: stacked && s.type === 'bar' ? 'total' : undefined,
          connectNulls: false,
          data: kpi.rows.map(function (r) {
            var v = r[s.column];
            return v === null || v === undefined ? null : percent ? Math.round(Number(v) * 10000) / 100 : Number(v);
          })
        };
      })
    });
    el.setAttribute('data-rendered', 'true');
    window.addEventListener('resize', function () { chart.resize(); });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var block = document.getElementById('dashboard-data');
    if (!block || !window.echarts) {
      return;
    }
    JSON.parse(block.textContent).forEach(function (kpi) {
      try {
        draw(kpi);
      } catch (e) { // one broken chart must not stop the others; the reason stays on its element
        var el = document.getElementById('chart-' + kpi.key);
        if (el) {
          el.setAttribute('data-error', String(e));
        }
      }
    });
  });
})();
