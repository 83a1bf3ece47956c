// Charts of the campaign results page: each campaign's (and moment type's) retention uplift in
// percentage points with its 95 % interval as an error bar. Data come from JSON blocks in the page.
(function () {
  function json(id) {
    var el = document.getElementById(id);
    return el ? JSON.parse(el.textContent) : null;
  }

  function draw(chartId, dataId) {
    var el = document.getElementById(chartId);
    var data = json(dataId);
    if (el && data && (!data.labels || data.labels.length === 0)) {
      el.style.display = 'none'; // nothing to draw yet: no empty chart frame
      return;
    }
    if (!el || !data || !window.echarts) {
      return;
    }
    var labels = el.dataset;
    var chart = echarts.init(el, null, { renderer: 'canvas' });
    chart.setOption({
      animation: false,
      tooltip: {
        trigger: 'axis',
        formatter: function (items) {
          var i = items[0].dataIndex;
          return data.labels[i] + '<br>' + labels.labelUplift + ': ' + data.uplift[i] + ' pp<br>'
            + labels.labelInterval + ': ' + data.low[i] + ' … ' + data.high[i];
        }
      },
      grid: { left: 60, right: 20, top: 40, bottom: 110, containLabel: true },
      xAxis: { type: 'category', data: data.labels, axisLabel: { rotate: 20, interval: 0 } },
      yAxis: { type: 'value', name: 'pp' },
      series: [
        { name: labels.labelUplift, type: 'scatter', symbolSize: 12, data: data.uplift, itemStyle: { color: '#1f5fa8' },
          markLine: { silent: true, symbol: 'none', data: [{ yAxis: 0 }], lineStyle: { color: '#888' } } },
        { name: labels.labelInterval, type: 'custom', data: data.labels.map(function (_, i) { return [i, data.low[i], data.high[i]]; }),
          renderItem: function (params, api) {
            var low = api.coord([api.value(0), api.value(1)]);
            var high = api.coord([api.value(0), api.value(2)]);
            var w = 8;
            var style = { stroke: '#1f5fa8', lineWidth: 2 };
            return { type: 'group', children: [
              { type: 'line', shape: { x1: low[0], y1: low[1], x2: high[0], y2: high[1] }, style: style },
              { type: 'line', shape: { x1: low[0] - w, y1: low[1], x2: low[0] + w, y2: low[1] }, style: style },
              { type: 'line', shape: { x1: high[0] - w, y1: high[1], x2: high[0] + w, y2: high[1] }, style: style }
            ] };
          } }
      ]
    });
    el.setAttribute('data-rendered', 'true');
    window.addEventListener('resize', function () { chart.resize(); });
  }

  document.addEventListener('DOMContentLoaded', function () {
    draw('campaign-chart', 'campaign-data');
    draw('type-chart', 'type-data');
  });
})();
