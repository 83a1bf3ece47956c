// The 12-month usage chart of the subscriber 360 page: spend as bars, data and voice as lines.
// Data and labels come from the page (a JSON block and data-* attributes), so no inline script is needed.
document.addEventListener('DOMContentLoaded', function () {
  var el = document.getElementById('usage-chart');
  var source = document.getElementById('usage-data');
  if (!el || !source || !window.echarts) {
    return;
  }
  var data = JSON.parse(source.textContent);
  var labels = el.dataset;
  var chart = echarts.init(el, null, { renderer: 'canvas' });
  chart.setOption({
    animation: false, // a work tool: show the figures at once
    color: ['#0b6e4f', '#1f6fd1', '#d9822b'],
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 56, right: 130, top: 48, bottom: 30 },
    xAxis: { type: 'category', data: data.months },
    yAxis: [
      { type: 'value', name: labels.labelSpend, position: 'left' },
      { type: 'value', name: labels.labelData, position: 'right', splitLine: { show: false } },
      { type: 'value', name: labels.labelMinutes, position: 'right', offset: 70, splitLine: { show: false } }
    ],
    series: [
      { name: labels.labelSpend, type: 'bar', data: data.spend, barMaxWidth: 28 },
      { name: labels.labelData, type: 'line', yAxisIndex: 1, data: data.dataMb, symbolSize: 6 },
      { name: labels.labelMinutes, type: 'line', yAxisIndex: 2, data: data.minutes, symbolSize: 6,
        lineStyle: { type: 'dashed' } }
    ]
  });
  el.setAttribute('data-rendered', 'true');
  window.addEventListener('resize', function () { chart.resize(); });
});
