// Charts of a group customer's page: members by churn probability band, and revenue with the
// high-risk members month by month. Data come from the JSON block in the page: no inline script.
(function () {
  function draw() {
    var block = document.getElementById('group-data');
    if (!block || !window.echarts) {
      return;
    }
    var data = JSON.parse(block.textContent);
    var bandsEl = document.getElementById('risk-bands-chart');
    if (bandsEl) {
      var bands = echarts.init(bandsEl, null, { renderer: 'canvas' });
      var labels = data.bands.map(function (_, i) { return (i * 10) + '–' + (i * 10 + 10) + '%'; });
      bands.setOption({
        animation: false,
        tooltip: { trigger: 'axis' },
        grid: { left: 40, right: 10, top: 20, bottom: 40 },
        xAxis: { type: 'category', data: labels, axisLabel: { rotate: 30 } },
        yAxis: { type: 'value', minInterval: 1 },
        series: [{ name: bandsEl.dataset.labelMembers, type: 'bar', data: data.bands.map(function (v, i) {
          return { value: v, itemStyle: { color: i >= 5 ? '#c0392b' : '#1f6fd1' } };
        }) }]
      });
      window.addEventListener('resize', function () { bands.resize(); });
    }
    var trendEl = document.getElementById('trend-chart');
    if (trendEl) {
      var trend = echarts.init(trendEl, null, { renderer: 'canvas' });
      trend.setOption({
        animation: false,
        color: ['#1f6fd1', '#c0392b'],
        tooltip: { trigger: 'axis' },
        legend: { top: 0 },
        grid: { left: 60, right: 40, top: 40, bottom: 30 },
        xAxis: { type: 'category', data: data.months },
        yAxis: [{ type: 'value', name: trendEl.dataset.labelRevenue },
                { type: 'value', name: trendEl.dataset.labelHigh, minInterval: 1, splitLine: { show: false } }],
        series: [
          { name: trendEl.dataset.labelRevenue, type: 'bar', data: data.revenue },
          { name: trendEl.dataset.labelHigh, type: 'line', yAxisIndex: 1, data: data.highRisk, symbolSize: 6 }
        ]
      });
      window.addEventListener('resize', function () { trend.resize(); });
    }
  }
  document.addEventListener('DOMContentLoaded', draw);
})();
