// The search page: asks /search for JSON hits and lists them, each linking to its resource page.
(function () {
  let answer = null;

  function highlight(text, words) {
    const alternatives = words.filter(w => w.length > 0).sort((a, b) => b.length - a.length)
      .map(w => AIMIL.esc(w).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    const html = AIMIL.esc(text);
    return alternatives.length ? html.replace(new RegExp(alternatives.join('|'), 'gi'), m => '<mark>' + m + '</mark>') : html;
  }

  // where the hit is stated: each document (linked to its page) with its slides or cues, a cue with its time and a
  // link to the video at that second where its source has a video
  const SHOWN_PLACES = 3;

  function sources(list) {
    if (list.length === 0) return '';
    return '<p class="sources">' + AIMIL.esc(I18N.t('search.source')) + ' ' + list.map(doc => {
      const title = AIMIL.link(doc.page || doc.iri, AIMIL.esc(AIMIL.pick(doc.title, AIMIL.shortIri(doc.iri))), ' class="source-title"');
      // a document's first places only, then how many more (its page lists them all): a statement spoken over
      // thirty cues would otherwise fill the result
      const more = doc.places.length - SHOWN_PLACES;
      const places = doc.places.slice(0, SHOWN_PLACES).map(p => {
        const name = p.number === undefined ? AIMIL.shortIri(p.iri)
          : I18N.t(p.kind === 'cue' ? 'search.cue' : p.kind === 'slide' ? 'search.slide' : 'search.part', { n: p.number });
        return AIMIL.link(p.page || p.iri, AIMIL.esc(name), ' class="place"')
          + (p.time ? ' <time class="clock">' + AIMIL.esc(p.time) + '</time>' : '')
          + (p.watch ? ' ' + AIMIL.link(p.watch, AIMIL.esc(I18N.t('search.watch')), ' class="watch"') : '');
      });
      if (more > 0) places.push('<span class="muted">' + AIMIL.esc(I18N.t('search.more', { n: more })) + '</span>');
      return title + (places.length ? ' (' + places.join(', ') + ')' : '');
    }).join('; ') + '</p>';
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
        + sources(hit.sources || [])
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
