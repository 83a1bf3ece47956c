// The Pareto chart of the complaint analysis page: causes by volume (bars) and the running share
// (line). Data come from a JSON block in the page: no inline script.
(function () {
  function drawPareto() {
    var el = document.getElementById('pareto-chart');
    var block = document.getElementById('pareto-data');
    if (!el || !block || !window.echarts) {
      return;
    }
    var data = JSON.parse(block.textContent);
    var chart = echarts.init(el, null, { renderer: 'canvas' });
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 60, right: 60, top: 40, bottom: 10, containLabel: true },
      xAxis: { type: 'category', data: data.map(function (c) { return c.name || c.category; }),
               axisLabel: { rotate: 40, interval: 0, width: 150, overflow: 'truncate' } },
      yAxis: [{ type: 'value' }, { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } }],
      series: [
        { name: el.dataset.labelTickets, type: 'bar', data: data.map(function (c) { return c.tickets; }), itemStyle: { color: '#3f7fc9' } },
        { name: el.dataset.labelCumulative, type: 'line', yAxisIndex: 1,
          data: data.map(function (c) { return Math.round(c.cumulativeShare * 1000) / 10; }), itemStyle: { color: '#c0392b' } }
      ]
    });
    el.setAttribute('data-rendered', 'true');
    window.addEventListener('resize', function () { chart.resize(); });
  }
  document.addEventListener('DOMContentLoaded', drawPareto);
})();
