// Language switch of the ai-milestones pages: English, Chinese or both, remembered in localStorage.
(function () {
  var root = document.documentElement;
  var key = 'ai-milestones.lang';
  try {
    var saved = window.localStorage.getItem(key);
    if (saved === 'en' || saved === 'zh' || saved === 'both') { root.setAttribute('data-show', saved); }
  } catch (e) { /* storage disabled: keep the server's choice */ }
  document.addEventListener('click', function (event) {
    var button = event.target.closest('button[data-set]');
    if (!button) { return; }
    var choice = button.getAttribute('data-set');
    root.setAttribute('data-show', choice);
    try { window.localStorage.setItem(key, choice); } catch (e) { /* not remembered */ }
  });
})();
