// Charts of the tier pages: the star mix by brand (overview) and the what-if moves by brand and city
// (rules page, re-drawn after each htmx preview). Data come from JSON blocks in the page: no inline script.
(function () {
  var STAR_COLOURS = ['#c9ced6', '#9fb8d9', '#6f9bd1', '#3f7fc9', '#1f5fa8', '#0b3d73'];

  function json(id) {
    var el = document.getElementById(id);
    return el ? JSON.parse(el.textContent) : null;
  }

  function drawMix() {
    var el = document.getElementById('mix-chart');
    var data = json('mix-data');
    if (!el || !data || !window.echarts) {
      return;
    }
    var chart = echarts.init(el, null, { renderer: 'canvas' });
    chart.setOption({
      animation: false,
      color: STAR_COLOURS,
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0 },
      grid: { left: 70, right: 20, top: 40, bottom: 30 },
      xAxis: { type: 'category', data: data.brands },
      yAxis: { type: 'value' },
      series: data.stars.map(function (counts, level) {
        return { name: level + '★', type: 'bar', stack: 'stars', data: counts, barMaxWidth: 60 };
      })
    });
    el.setAttribute('data-rendered', 'true');
    window.addEventListener('resize', function () { chart.resize(); });
  }

  function drawPreview() {
    var el = document.getElementById('preview-chart');
    var data = json('preview-data');
    if (!el || !data || !window.echarts) {
      return;
    }
    var labels = el.dataset;
    var categories = data.brands.concat(data.cities);
    function series(name, brand, city, colour) {
      return { name: name, type: 'bar', stack: 'moves', data: brand.concat(city), itemStyle: { color: colour } };
    }
    var chart = echarts.init(el, null, { renderer: 'canvas' });
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0 },
      grid: { left: 60, right: 20, top: 40, bottom: 60 },
      xAxis: { type: 'category', data: categories, axisLabel: { rotate: 30 } },
      yAxis: { type: 'value' },
      series: [
        series(labels.labelUp, data.brandUp, data.cityUp, '#0b6e4f'),
        series(labels.labelDown, data.brandDown, data.cityDown, '#c0392b'),
        series(labels.labelHeld, data.brandHeld, data.cityHeld, '#d9822b')
      ]
    });
    el.setAttribute('data-rendered', 'true');
  }

  document.addEventListener('DOMContentLoaded', function () {
    drawMix();
    drawPreview();
  });
  document.addEventListener('htmx:afterSettle', drawPreview);
})();
