// The workbench pages (docs/moments.md): a refused action (a 4xx answer: over capacity, a closed
// task, a time in the past) is shown in the page's message area instead of being dropped, as htmx
// does with error answers by default; the chosen task's row is marked in the day's list.
document.addEventListener('htmx:beforeSwap', function (event) {
  var status = event.detail.xhr.status;
  if (status >= 400 && status < 500 && document.querySelector('[data-wb]')) {
    var box = document.getElementById('wb-message');
    if (box) {
      event.detail.shouldSwap = true;
      event.detail.isError = false;
      event.detail.target = box;
      event.detail.swapOverride = 'innerHTML';
    }
  }
});
document.addEventListener('htmx:afterRequest', function (event) {
  var status = event.detail.xhr ? event.detail.xhr.status : 0;
  var box = document.getElementById('wb-message');
  if (box && status >= 200 && status < 300 && event.detail.target !== box) {
    box.innerHTML = '';
  }
});
document.addEventListener('click', function (event) {
  var link = event.target.closest ? event.target.closest('a.wb-open') : null;
  if (!link) {
    return;
  }
  document.querySelectorAll('tr.selected').forEach(function (row) { row.classList.remove('selected'); });
  var row = link.closest('tr');
  if (row) {
    row.classList.add('selected');
  }
});
