// The path explorer: two pickers that search as you type (/search JSON), then /paths JSON drawn as a layered graph
// (the start at the left, the end at the right, one row per path) and told as sentences, each step with the slide or
// transcript cue that states it. Builds its markup with DOM calls and AIMIL.esc/link only; no inline style.
(function () {
  const SVG = 'http://www.w3.org/2000/svg';
  let answer = null;      // the last /paths answer, or {error, error_zh}, or {text} for a plain error
  let searchSeq = 0;

  // ---- pickers ----

  function picker(name) {
    const box = document.getElementById('picker-' + name);
    const text = document.getElementById(name + '-text');
    const hidden = document.getElementById(name);
    const list = document.getElementById(name + '-hits');
    let hits = [];
    let active = -1;
    let timer = null;

    function close() {
      list.hidden = true;
      list.innerHTML = '';
      active = -1;
    }

    function choose(hit) {
      hidden.value = hit.iri;
      text.value = AIMIL.pick(hit.label, AIMIL.shortIri(hit.iri));
      box.classList.add('chosen');
      close();
    }

    function show() {
      list.innerHTML = '';
      hits.forEach((hit, i) => {
        const li = document.createElement('li');
        li.setAttribute('role', 'option');
        li.dataset.iri = hit.iri;
        if (i === active) li.classList.add('active');
        li.innerHTML = AIMIL.esc(AIMIL.pick(hit.label, AIMIL.shortIri(hit.iri)))
          + (hit.type ? ' <span class="type">' + AIMIL.esc(AIMIL.pick(hit.type.label, AIMIL.shortIri(hit.type.iri))) + '</span>' : '');
        li.addEventListener('mousedown', e => { e.preventDefault(); choose(hit); });
        list.appendChild(li);
      });
      if (hits.length === 0) {
        const li = document.createElement('li');
        li.className = 'muted';
        li.textContent = I18N.t('paths.noHits', { q: text.value.trim() });
        list.appendChild(li);
      }
      list.hidden = false;
    }

    async function search(q) {
      const seq = ++searchSeq;
      const response = await fetch('/search?' + new URLSearchParams({ q, format: 'json', limit: '8' }),
        { headers: { 'Accept': 'application/json' } });
      const json = await response.json();
      if (seq !== searchSeq || text.value.trim() !== q) return;
      hits = json.hits || [];
      active = hits.length ? 0 : -1;
      show();
    }

    text.addEventListener('input', () => {
      hidden.value = '';
      box.classList.remove('chosen');
      clearTimeout(timer);
      const q = text.value.trim();
      if (/^https?:\/\/\S+$/.test(q)) {
        hidden.value = q;
        close();
        return;
      }
      if (q.length === 0) {
        close();
        return;
      }
      timer = setTimeout(() => search(q).catch(() => close()), 200);
    });
    text.addEventListener('keydown', e => {
      if (list.hidden || hits.length === 0) return;
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        active = (active + (e.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length;
        show();
      } else if (e.key === 'Enter' && active >= 0) {
        e.preventDefault();
        choose(hits[active]);
      } else if (e.key === 'Escape') {
        close();
      }
    });
    text.addEventListener('blur', () => setTimeout(close, 150));
    return {
      value: () => hidden.value,
      text: () => text.value.trim(),
      set(iri, label) {
        hidden.value = iri;
        text.value = label || iri;
        box.classList.toggle('chosen', !!iri);
      }
    };
  }

  // ---- words ----

  function nodeLabel(node) {
    return AIMIL.pick(node.label, AIMIL.shortIri(node.iri));
  }

  // the step read from the node before it: "— leads →", or for a step against the property "— creator of →" (its
  // inverse) or "← creator —"
  function stepWords(edge) {
    if (edge.direction === 'forward') return { before: '— ', name: AIMIL.pick(edge.property.label, AIMIL.shortIri(edge.property.iri)), after: ' →' };
    if (edge.inverse) return { before: '— ', name: AIMIL.pick(edge.inverse.label, AIMIL.shortIri(edge.inverse.iri)), after: ' →' };
    return { before: '← ', name: AIMIL.pick(edge.property.label, AIMIL.shortIri(edge.property.iri)), after: ' —' };
  }

  function nodeLink(node) {
    return AIMIL.link(node.page || node.iri, AIMIL.esc(nodeLabel(node)), ' class="node-link"');
  }

  function sentence(path) {
    let html = nodeLink(path.nodes[0]);
    path.edges.forEach((edge, i) => {
      const w = stepWords(edge);
      html += ' <span class="link-name">' + AIMIL.esc(w.before + w.name + w.after) + '</span> ' + nodeLink(path.nodes[i + 1]);
    });
    return html;
  }

  function place(source) {
    const name = AIMIL.pick(source.label, source.number !== undefined
      ? I18N.t(source.kind === 'cue' ? 'search.cue' : source.kind === 'slide' ? 'search.slide' : 'search.part', { n: source.number })
      : AIMIL.shortIri(source.iri));
    let html = AIMIL.link(source.page || source.iri, AIMIL.esc(name), ' class="place"');
    if (source.document) {
      html += I18N.t('paths.inDocument', { document: AIMIL.link(source.document.page || source.document.iri,
        AIMIL.esc(AIMIL.pick(source.document.title, AIMIL.shortIri(source.document.iri))), ' class="source-title"') });
    }
    if (source.watch) html += ' ' + AIMIL.link(source.watch, AIMIL.esc(I18N.t('search.watch')), ' class="watch"');
    return html;
  }

  function steps(path) {
    const ul = document.createElement('ul');
    ul.className = 'steps';
    path.edges.forEach((edge, i) => {
      const li = document.createElement('li');
      const w = stepWords(edge);
      const step = AIMIL.esc(nodeLabel(path.nodes[i]) + ' ' + w.before + w.name + w.after + ' ' + nodeLabel(path.nodes[i + 1]));
      if (edge.sources.length === 0) {
        li.innerHTML = I18N.t('paths.stepNoSource', { step });
      } else {
        let sources = edge.sources.map(place).join(I18N.t('paths.sourceSeparator'));
        if (edge.moreSources > 0) sources += ' <span class="muted">' + AIMIL.esc(I18N.t('search.more', { n: edge.moreSources })) + '</span>';
        // the dictionary's texts hold no markup; step is escaped, sources is built from escaped parts
        li.innerHTML = I18N.t('paths.stepSources', { step, sources });
      }
      ul.appendChild(li);
    });
    return ul;
  }

  // ---- drawing ----

  function el(name, attrs, parent) {
    const e = document.createElementNS(SVG, name);
    Object.entries(attrs || {}).forEach(([k, v]) => e.setAttribute(k, String(v)));
    if (parent) parent.appendChild(e);
    return e;
  }

  function shorten(text, chars) {
    return text.length <= chars ? text : text.substring(0, Math.max(1, chars - 1)) + '…';
  }

  // a layered drawing: the start at the left, the end at the right, path r on row r, its nodes spread evenly
  function draw(paths) {
    const box = document.getElementById('paths-drawing');
    box.innerHTML = '';
    if (!paths.length) return;
    const width = Math.max(320, Math.min(box.clientWidth || 960, 1180));
    const margin = Math.min(40, width / 10);
    const row = width < 500 ? 92 : 74;
    const height = 40 + paths.length * row;
    const middle = 40 + (paths.length - 1) * row / 2;
    const svg = el('svg', { viewBox: '0 0 ' + width + ' ' + height, width, height, role: 'img' });
    el('title', {}, svg).textContent = I18N.t('paths.drawing');
    const edges = el('g', {}, svg);
    const nodes = el('g', {}, svg);
    const longest = Math.max(...paths.map(p => p.hops));
    paths.forEach((path, r) => {
      const y = 40 + r * row;
      const spacing = (width - 2 * margin) / path.hops;
      const points = path.nodes.map((n, i) => ({
        x: margin + i * spacing,
        y: i === 0 || i === path.hops ? middle : y
      }));
      const chars = Math.max(4, Math.floor(spacing * 0.9 / 7.5));
      path.edges.forEach((edge, i) => {
        const a = points[i];
        const b = points[i + 1];
        el('line', { x1: a.x, y1: a.y, x2: b.x, y2: b.y, class: 'edge' }, edges);
        const w = stepWords(edge);
        // where rows fan out of an end, a label sits nearer its row, so that the labels of rows next to each other
        // do not meet at the end
        const t = path.hops === 1 ? 0.5 : i === 0 ? 0.62 : i === path.hops - 1 ? 0.38 : 0.5;
        // too narrow a step (a phone) shows no label: the sentences below name every link
        if (spacing >= 90) {
          // above its line, on the rows below the ends under it: away from the node labels of the row above
          const dy = y > middle + 1 ? 14 : -6;
          const label = el('text', { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t + dy, class: 'edge-label' }, edges);
          label.textContent = shorten(w.before + w.name + w.after, Math.max(6, Math.floor(spacing / 6.5)));
          el('title', {}, label).textContent = w.name;
        }
      });
      path.nodes.forEach((node, i) => {
        if ((i === 0 || i === path.hops) && r > 0) return; // the ends are drawn once
        const p = points[i];
        const end = i === 0 || i === path.hops;
        const href = AIMIL.safeHref(node.page || node.iri);
        const g = el(href ? 'a' : 'g', { class: 'node' + (end ? ' end' : '') }, nodes);
        if (href) g.setAttribute('href', href);
        el('title', {}, g).textContent = nodeLabel(node);
        el('circle', { cx: p.x, cy: p.y, r: end ? 9 : 6 }, g);
        // the ends' labels run inwards from the page's edges; the others are centred under their node
        const anchor = i === 0 ? 'start' : i === path.hops ? 'end' : 'middle';
        // above its node on the rows above the ends (their edges leave it downwards), below it elsewhere
        const y = p.y < middle - 1 ? p.y - 13 : p.y + 24;
        const text = el('text', { x: p.x + (i === 0 ? -9 : i === path.hops ? 9 : 0), y, 'text-anchor': anchor }, g);
        text.textContent = shorten(nodeLabel(node), end ? Math.max(8, Math.floor((margin + spacing / 2) / 7.5)) : chars);
      });
    });
    svg.dataset.longest = longest;
    box.appendChild(svg);
  }

  // ---- answer ----

  function render() {
    const status = document.getElementById('paths-status');
    const list = document.getElementById('paths-list');
    list.innerHTML = '';
    document.getElementById('paths-drawing').innerHTML = '';
    status.classList.remove('paths-error');
    if (!answer) {
      status.textContent = I18N.t('paths.prompt');
      return;
    }
    if (answer.error || answer.text) {
      status.classList.add('paths-error');
      const zh = I18N.lang() === 'zh';
      let reason = answer.error ? (zh && answer.error_zh ? answer.error_zh : answer.error) : answer.text;
      if (answer.text) {
        const lines = answer.text.split('\n').filter(l => l.trim());
        reason = zh && lines.length > 1 ? lines[1] : lines[0];
      }
      status.textContent = I18N.t('error', { m: reason });
      return;
    }
    const from = nodeLabel(answer.from);
    const to = nodeLabel(answer.to);
    status.textContent = answer.paths.length === 0
      ? I18N.t('paths.none', { from, to, hops: answer.maxHops })
      : I18N.t('paths.count', { from, to, n: answer.paths.length });
    draw(answer.paths);
    answer.paths.forEach(path => {
      const li = document.createElement('li');
      li.className = 'path';
      const p = document.createElement('p');
      p.className = 'sentence';
      p.innerHTML = sentence(path) + ' <span class="path-hops">' + AIMIL.esc(I18N.t('paths.hopsN', { n: path.hops })) + '</span>';
      li.appendChild(p);
      li.appendChild(steps(path));
      list.appendChild(li);
    });
  }

  async function find(params, pickers) {
    document.getElementById('paths-status').textContent = I18N.t('paths.finding');
    const query = new URLSearchParams(params);
    query.set('format', 'json');
    const response = await fetch('/paths?' + query, { headers: { 'Accept': 'application/json' } });
    const type = response.headers.get('Content-Type') || '';
    answer = type.includes('json') ? await response.json() : { text: (await response.text()).trim() || String(response.status) };
    if (answer.from && answer.to) {
      pickers.from.set(answer.from.iri, nodeLabel(answer.from));
      pickers.to.set(answer.to.iri, nodeLabel(answer.to));
    }
    render();
  }

  document.addEventListener('DOMContentLoaded', () => {
    const form = document.getElementById('paths-form');
    if (!form) return;
    const k = document.getElementById('k');
    for (let i = 1; i <= 20; i++) k.add(new Option(String(i), String(i), i === 5, i === 5));
    const hops = document.getElementById('max-hops');
    for (let i = 1; i <= 6; i++) hops.add(new Option(String(i), String(i), i === 4, i === 4));
    const pickers = { from: picker('from'), to: picker('to') };
    const params = new URLSearchParams(location.search);
    ['k', 'max-hops', 'include', 'exclude'].forEach(name => {
      if (params.get(name)) document.getElementById(name).value = params.get(name);
    });
    form.addEventListener('submit', e => {
      e.preventDefault();
      const missing = ['from', 'to'].find(n => !pickers[n].value());
      if (missing) {
        answer = null;
        render();
        document.getElementById('paths-status').textContent = I18N.t(pickers[missing].text() ? 'paths.pickFromList' : 'paths.pick',
          { which: I18N.t('paths.' + missing) });
        return;
      }
      const chosen = { from: pickers.from.value(), to: pickers.to.value() };
      ['k', 'max-hops', 'include', 'exclude'].forEach(name => {
        const v = document.getElementById(name).value.trim();
        if (v && !(name === 'k' && v === '5') && !(name === 'max-hops' && v === '4')) chosen[name] = v;
      });
      history.replaceState(null, '', '/paths?' + new URLSearchParams(chosen));
      find(chosen, pickers).catch(err => { answer = { text: String(err) }; render(); });
    });
    if (params.get('from') && params.get('to')) {
      pickers.from.set(params.get('from'), params.get('from'));
      pickers.to.set(params.get('to'), params.get('to'));
      const chosen = {};
      ['from', 'to', 'k', 'max-hops', 'include', 'exclude'].forEach(n => { if (params.get(n)) chosen[n] = params.get(n); });
      find(chosen, pickers).catch(err => { answer = { text: String(err) }; render(); });
    } else {
      render();
    }
    let resize = null;
    window.addEventListener('resize', () => {
      clearTimeout(resize);
      resize = setTimeout(() => { if (answer && answer.paths) draw(answer.paths); }, 200);
    });
  });
  document.addEventListener('aimil:lang', () => { if (document.getElementById('paths-list')) render(); });
})();
