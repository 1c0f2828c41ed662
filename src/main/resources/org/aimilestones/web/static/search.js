// The search page: asks /search for JSON hits and lists them, each linking to its resource page.
(function () {
  let answer = null;

  function highlight(text, words) {
    const alternatives = words.filter(w => w.length > 0).sort((a, b) => b.length - a.length)
      .map(w => AIMIL.esc(w).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    const html = AIMIL.esc(text);
    return alternatives.length ? html.replace(new RegExp(alternatives.join('|'), 'gi'), m => '<mark>' + m + '</mark>') : html;
  }

  function render() {
    const status = document.getElementById('search-status');
    const list = document.getElementById('hits');
    list.innerHTML = '';
    if (!answer) {
      status.textContent = I18N.t('search.prompt');
      return;
    }
    if (answer.error) {
      const reason = I18N.lang() === 'zh' && answer.error_zh ? answer.error_zh : answer.error;
      status.textContent = I18N.t('error', { m: reason });
      return;
    }
    const q = answer.query;
    status.textContent = answer.hits.length === 0
      ? I18N.t('search.none', { q }) : I18N.t('search.count', { q, n: answer.hits.length });
    const words = [q].concat(q.split(/\s+/));
    answer.hits.forEach(hit => {
      const li = document.createElement('li');
      li.className = 'hit';
      const label = AIMIL.pick(hit.label, AIMIL.shortIri(hit.iri));
      const other = I18N.lang() === 'zh' ? hit.label.en : hit.label.zh;
      li.innerHTML = AIMIL.link(hit.page || hit.iri, highlight(label, words), ' class="hit-link"')
        + (other && other !== label ? ' <span class="other-label">' + highlight(other, words) + '</span>' : '')
        + (hit.type ? ' <span class="type">' + AIMIL.esc(AIMIL.pick(hit.type.label, AIMIL.shortIri(hit.type.iri))) + '</span>' : '')
        + (hit.snippet ? '<p class="snippet">' + highlight(hit.snippet, words) + '</p>' : '')
        + '<p class="iri">' + AIMIL.esc(hit.iri) + '</p>';
      list.appendChild(li);
    });
  }

  async function search(q, lang) {
    document.getElementById('search-status').textContent = I18N.t('search.searching');
    const params = new URLSearchParams({ q });
    if (lang) params.set('lang', lang);
    const response = await fetch('/search?' + params, { headers: { 'Accept': 'application/json' } });
    answer = await response.json();
    render();
  }

  document.addEventListener('DOMContentLoaded', () => {
    const params = new URLSearchParams(location.search);
    const q = (params.get('q') || '').trim();
    document.getElementById('q').value = q;
    document.getElementById('search-lang').value = params.get('lang') || '';
    if (q) {
      search(q, params.get('lang')).catch(e => { answer = { error: String(e) }; render(); });
    } else {
      render();
    }
  });
  document.addEventListener('aimil:lang', () => { if (document.getElementById('hits')) render(); });
})();
