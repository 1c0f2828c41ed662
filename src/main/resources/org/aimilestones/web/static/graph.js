// The graph page (/graph?iri=IRI): a resource and its neighbours (links both ways), drawn by GraphView
// (graphview.js) and listed beside the drawing, grouped by relation; a node or a list entry expands in place (its
// neighbours join the drawing and the list), "centre here" moves to that resource's own graph page. Without iri: a
// prompt with a search-as-you-type picker; an IRI nothing in the graph is about: a message and the same picker.
(function () {
  const NS = 'https://w3id.org/ai-milestones/ontology#';
  const SKOS = 'http://www.w3.org/2004/02/skos/core#';
  // the groups of the legend, first match wins (the served graph has the RDFS entailments: a Company is an Organization)
  const GROUPS = [['Event', [NS + 'Event']], ['Person', [NS + 'Person']], ['Organization', [NS + 'Organization']],
    ['Artifact', [NS + 'Artifact']], ['Place', [NS + 'Place']], ['Concept', [SKOS + 'Concept']],
    ['Claim', [NS + 'Claim']], ['Source', [NS + 'Source', NS + 'Slide', NS + 'Cue', NS + 'Video']]];
  const TYPES = GROUPS.flatMap(g => g[1]);
  const ROWS = 1000;          // neighbours fetched per resource (in a fixed order; the list says when there are more)
  const DRAW_FIRST = 30;      // neighbours drawn for the centre, for an expanded node, and in all
  const DRAW_MORE = 20;
  const DRAW_ALL = 300;
  const LIST_SHOWN = 25;      // entries of a relation listed before "show all"

  let center = null;          // {iri, labels: {en, zh}, group}
  const hoods = new Map();    // iri → {iri, rows: [...], more: bool} in the order expanded
  const resources = new Map(); // iri → {labels: {en, zh}, group}
  const drawnEdges = [];      // [{source, target, p, labels}]
  let view = null;
  let selected = null;

  const $ = id => document.getElementById(id);

  function v(b, name) {
    return b[name] ? b[name].value : undefined;
  }

  function groupOf(types) {
    const list = (types || '').split(' ');
    const g = GROUPS.find(([, classes]) => classes.some(c => list.includes(c)));
    return g ? g[0] : 'other';
  }

  function label(labels, iri) {
    return AIMIL.pick(labels, AIMIL.shortIri(iri));
  }

  function neighboursQuery(iri) {
    const c = '<' + iri + '>';
    // the most specific relation only: the served graph also holds every link under its super-properties
    const side = (pattern, dir, specific) => `{ ${pattern} BIND("${dir}" AS ?dir)
      FILTER NOT EXISTS { ${specific} ?q rdfs:subPropertyOf ?p . FILTER(?q != ?p) } }`;
    return `PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?dir ?p ?n (SAMPLE(?pen) AS ?pEn) (SAMPLE(?pzh) AS ?pZh) (SAMPLE(?nen) AS ?nEn) (SAMPLE(?nzh) AS ?nZh)
       (GROUP_CONCAT(DISTINCT STR(?t); separator=" ") AS ?types)
WHERE {
  ${side(c + ' ?p ?n .', 'out', c + ' ?q ?n .')}
  UNION ${side('?n ?p ' + c + ' .', 'in', '?n ?q ' + c + ' .')}
  FILTER(isIRI(?n) && STRSTARTS(STR(?n), "${AIMIL.RES}") && ?n != ${c})
  OPTIONAL { ?p rdfs:label ?pen FILTER(lang(?pen) = "en") }
  OPTIONAL { ?p rdfs:label ?pzh FILTER(lang(?pzh) = "zh") }
  OPTIONAL { ?n rdfs:label ?nen FILTER(lang(?nen) = "en") }
  OPTIONAL { ?n rdfs:label ?nzh FILTER(lang(?nzh) = "zh") }
  OPTIONAL { ?n a ?t VALUES ?t { ${TYPES.map(x => '<' + x + '>').join(' ')} } }
}
GROUP BY ?dir ?p ?n
ORDER BY ?dir ?p ?n
LIMIT ${ROWS + 1}`;
  }

  function aboutQuery(iri) {
    const c = '<' + iri + '>';
    return `PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT (SAMPLE(?en) AS ?lEn) (SAMPLE(?zh) AS ?lZh) (GROUP_CONCAT(DISTINCT STR(?t); separator=" ") AS ?types)
       (SAMPLE(?k) AS ?known)
WHERE {
  BIND(EXISTS { { ${c} ?p ?o } UNION { ?s ?p2 ${c} } } AS ?k)
  OPTIONAL { ${c} rdfs:label ?en FILTER(lang(?en) = "en") }
  OPTIONAL { ${c} rdfs:label ?zh FILTER(lang(?zh) = "zh") }
  OPTIONAL { ${c} a ?t VALUES ?t { ${TYPES.map(x => '<' + x + '>').join(' ')} } }
}`;
  }

  // the three people, organizations and artifacts linked to the most events: where to start when no iri is given
  function examplesQuery() {
    const best = cls => `{ SELECT ?x (COUNT(DISTINCT ?e) AS ?n) (${GROUPS.findIndex(g => g[0] === cls)} AS ?g) WHERE {
      ?x a aimil:${cls} . ?e ?p ?x . ?e a aimil:Event FILTER(STRSTARTS(STR(?x), "${AIMIL.RES}")) } GROUP BY ?x ORDER BY DESC(?n) ?x LIMIT 3 }`;
    return `PREFIX aimil: <${NS}>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?x ?g ?n (SAMPLE(?en) AS ?lEn) (SAMPLE(?zh) AS ?lZh)
WHERE {
  { ${best('Person')} UNION ${best('Organization')} UNION ${best('Artifact')} }
  OPTIONAL { ?x rdfs:label ?en FILTER(lang(?en) = "en") }
  OPTIONAL { ?x rdfs:label ?zh FILTER(lang(?zh) = "zh") }
}
GROUP BY ?x ?g ?n ORDER BY ?g DESC(?n) ?x`;
  }

  async function fetchHood(iri) {
    const raw = (await AIMIL.sparql(neighboursQuery(iri))).results.bindings;
    const rows = raw.map(b => ({ dir: v(b, 'dir'), p: v(b, 'p'), n: v(b, 'n'), pLabels: { en: v(b, 'pEn'), zh: v(b, 'pZh') } }));
    raw.forEach(b => {
      if (!resources.has(v(b, 'n'))) {
        resources.set(v(b, 'n'), { labels: { en: v(b, 'nEn'), zh: v(b, 'nZh') }, group: groupOf(v(b, 'types')) });
      }
    });
    return { iri, rows: rows.slice(0, ROWS), more: rows.length > ROWS };
  }

  // --- the drawing
  function nodeOf(iri) {
    const r = resources.get(iri) || { labels: {}, group: 'other' };
    const text = label(r.labels, iri);
    return { id: iri, label: text, fullLabel: text, group: r.group, href: AIMIL.pageHref(iri) };
  }

  function edgeOf(e) {
    return { source: e.source, target: e.target, label: label(e.labels, e.p) };
  }

  function groups() {
    return GROUPS.map(([g]) => ({ id: g, label: I18N.t('group.' + g) }))
      .concat([{ id: 'other', label: I18N.t('group.other') }]);
  }

  // the neighbours of a hood to draw: up to max, one relation after the other in turn (each relation shows), in the
  // hood's fixed order
  function toDraw(hood, max) {
    const byRel = new Map();
    hood.rows.forEach(r => {
      const key = r.dir + ' ' + r.p;
      if (!byRel.has(key)) byRel.set(key, []);
      byRel.get(key).push(r);
    });
    const lists = [...byRel.values()];
    const out = [];
    const seen = new Set();
    for (let i = 0; out.length < max && lists.some(l => l.length > i); i++) {
      lists.forEach(l => {
        if (l.length > i && out.length < max && !seen.has(l[i].n)) {
          seen.add(l[i].n);
          out.push(l[i].n);
        }
      });
    }
    return out;
  }

  function edgesAmong(hood, drawn) {
    return hood.rows.filter(r => drawn.has(r.n)).map(r => ({
      source: r.dir === 'out' ? hood.iri : r.n, target: r.dir === 'out' ? r.n : hood.iri, p: r.p, labels: r.pLabels
    }));
  }

  function drawCentre() {
    const hood = hoods.get(center.iri);
    const ids = toDraw(hood, DRAW_FIRST);
    const drawn = new Set(ids.concat([center.iri]));
    drawnEdges.length = 0;
    edgesAmong(hood, drawn).forEach(e => drawnEdges.push(e));
    view.set({ nodes: [center.iri].concat(ids).map(nodeOf), edges: drawnEdges.map(edgeOf), groups: groups(),
      roots: [center.iri] });
    view.mark(center.iri, true);
  }

  // adds the hood of an expanded resource to the drawing (and the resource itself first, if only listed)
  function drawHood(hood, via) {
    if (!view.has(hood.iri) && via) {
      const link = hoods.get(via).rows.filter(r => r.n === hood.iri).map(r => ({
        source: r.dir === 'out' ? via : r.n, target: r.dir === 'out' ? r.n : via, p: r.p, labels: r.pLabels }));
      link.forEach(e => drawnEdges.push(e));
      view.add({ nodes: [nodeOf(hood.iri)], edges: link.map(edgeOf) }, { from: via });
    }
    const room = Math.max(0, DRAW_ALL - Object.keys(view.positions()).length);
    const ids = toDraw(hood, Math.min(DRAW_MORE, room));
    const drawn = new Set(ids.concat(Object.keys(view.positions())));
    const edges = edgesAmong(hood, drawn);
    edges.forEach(e => drawnEdges.push(e));
    view.add({ nodes: ids.filter(id => !view.has(id)).map(nodeOf), edges: edges.map(edgeOf) }, { from: hood.iri });
    view.mark(hood.iri, true);
  }

  async function expand(iri, via) {
    if (hoods.has(iri)) {
      const section = document.querySelector('.graph-hood[data-iri="' + CSS.escape(iri) + '"]');
      if (section) section.scrollIntoView({ block: 'nearest' });
      return;
    }
    status(I18N.t('loading'));
    try {
      const hood = await fetchHood(iri);
      hoods.set(iri, hood);
      drawHood(hood, via || (resources.has(iri) ? viaOf(iri) : null));
      renderList();
      counts();
    } catch (e) {
      status(I18N.t('error', { m: e.message || e }));
    }
  }

  // the expanded resource a listed one was found in (the first, in the order expanded)
  function viaOf(iri) {
    for (const [h, hood] of hoods) {
      if (hood.rows.some(r => r.n === iri)) return h;
    }
    return null;
  }

  // --- the list beside the drawing
  function renderList() {
    const box = $('graph-hoods');
    box.textContent = '';
    hoods.forEach(hood => box.appendChild(hoodSection(hood)));
  }

  function hoodSection(hood) {
    const section = document.createElement('section');
    section.className = 'graph-hood';
    section.dataset.iri = hood.iri;
    const h = document.createElement('h3');
    if (hood.iri === center.iri) {
      h.textContent = I18N.t('graph.list.centre', { name: label(center.labels, center.iri) });
    } else {
      h.textContent = I18N.t('graph.list.of', { name: label((resources.get(hood.iri) || {}).labels, hood.iri) });
      h.appendChild(document.createTextNode(' '));
      h.appendChild(centreLink(hood.iri));
    }
    section.appendChild(h);
    const count = document.createElement('p');
    count.className = 'status';
    count.textContent = hood.rows.length === 0 ? I18N.t('graph.none')
      : I18N.t(hood.more ? 'graph.list.more' : 'graph.list.count', { n: new Set(hood.rows.map(r => r.n)).size });
    section.appendChild(count);
    const rels = new Map();
    hood.rows.forEach(r => {
      const key = r.dir + ' ' + r.p;
      if (!rels.has(key)) rels.set(key, { dir: r.dir, p: r.p, labels: r.pLabels, rows: [] });
      rels.get(key).rows.push(r);
    });
    // outgoing relations first, those to sources (slides, cues) last, else by name
    const sourcesOnly = rel => rel.rows.every(r => resources.get(r.n).group === 'Source');
    [...rels.values()].sort((a, b) => sourcesOnly(a) - sourcesOnly(b) || (a.dir === b.dir ? 0 : a.dir === 'out' ? -1 : 1)
      || label(a.labels, a.p).localeCompare(label(b.labels, b.p))).forEach(rel => {
      const title = document.createElement('h4');
      title.className = 'graph-rel';
      title.textContent = I18N.t(rel.dir === 'out' ? 'graph.rel.out' : 'graph.rel.in',
        { p: label(rel.labels, rel.p), n: rel.rows.length });
      title.title = I18N.t(rel.dir === 'out' ? 'graph.rel.out.hint' : 'graph.rel.in.hint');
      section.appendChild(title);
      const ul = document.createElement('ul');
      ul.className = 'graph-nbrs';
      rel.rows.sort((a, b) => label(resources.get(a.n).labels, a.n).localeCompare(label(resources.get(b.n).labels, b.n))
        || (a.n < b.n ? -1 : 1));
      rel.rows.forEach((r, i) => {
        const li = entry(r.n, hood.iri);
        if (i >= LIST_SHOWN) li.hidden = true;
        ul.appendChild(li);
      });
      section.appendChild(ul);
      if (rel.rows.length > LIST_SHOWN) {
        const all = document.createElement('button');
        all.type = 'button';
        all.className = 'graph-all';
        all.textContent = I18N.t('graph.list.all', { n: rel.rows.length });
        all.addEventListener('click', () => {
          ul.querySelectorAll('li[hidden]').forEach(li => { li.hidden = false; });
          all.remove();
        });
        section.appendChild(all);
      }
    });
    return section;
  }

  function entry(iri, via) {
    const r = resources.get(iri);
    const li = document.createElement('li');
    li.dataset.iri = iri;
    // pointing at an entry or focusing its links shows its node in the drawing
    li.addEventListener('mouseenter', () => view.highlight(iri));
    li.addEventListener('mouseleave', () => view.highlight(null));
    li.addEventListener('focusin', () => view.highlight(iri));
    li.addEventListener('focusout', () => view.highlight(null));
    const swatch = document.createElement('span');
    const index = GROUPS.findIndex(g => g[0] === r.group);
    swatch.className = 'gv-swatch gv-c' + (index < 0 ? GROUPS.length : index); // the drawing's colour of the group
    swatch.title = I18N.t('group.' + r.group);
    li.appendChild(swatch);
    const name = label(r.labels, iri);
    const href = AIMIL.pageHref(iri);
    const a = document.createElement(href === null ? 'span' : 'a');
    if (href !== null) a.href = href;
    a.className = 'graph-nbr';
    a.textContent = name;
    const names = document.createElement('span');
    names.className = 'graph-names';
    names.appendChild(a);
    li.appendChild(names);
    const other = I18N.lang() === 'zh' ? r.labels.en : r.labels.zh;
    if (other && other !== name) {
      const o = document.createElement('span');
      o.className = 'other-label';
      o.lang = I18N.lang() === 'zh' ? 'en' : 'zh';
      o.textContent = other;
      names.appendChild(o);
    }
    const tools = document.createElement('span');
    tools.className = 'graph-tools';
    const expandButton = document.createElement('button');
    expandButton.type = 'button';
    expandButton.className = 'graph-expand';
    const done = hoods.has(iri);
    expandButton.textContent = done ? I18N.t('graph.expanded') : I18N.t('graph.expand');
    expandButton.disabled = done;
    expandButton.setAttribute('aria-label', I18N.t(done ? 'graph.expanded.of' : 'graph.expand.of', { name }));
    expandButton.addEventListener('click', () => expand(iri, via));
    tools.appendChild(expandButton);
    tools.appendChild(centreLink(iri));
    li.appendChild(tools);
    return li;
  }

  function centreLink(iri) {
    const a = document.createElement('a');
    a.className = 'graph-centre';
    a.href = '/graph?iri=' + encodeURIComponent(iri);
    a.textContent = I18N.t('graph.centre');
    a.setAttribute('aria-label', I18N.t('graph.centre.of', { name: label((resources.get(iri) || center).labels, iri) }));
    return a;
  }

  function status(text) {
    $('graph-status').textContent = text;
  }

  function counts() {
    const drawn = Object.keys(view.positions()).length;
    const listed = new Set([...hoods.values()].flatMap(h => h.rows.map(r => r.n)));
    listed.delete(center.iri);
    status(I18N.t('graph.count2', { drawn, listed: listed.size, expanded: hoods.size }));
    const box = $('graph');
    box.dataset.nodes = drawn;
    box.dataset.listed = listed.size;
    box.dataset.expanded = hoods.size;
  }

  function showSelected(node) {
    if (!node) return;
    selected = node.id;
    renderSelected();
    document.querySelectorAll('.graph-nbrs li.graph-hit').forEach(li => li.classList.remove('graph-hit'));
    document.querySelectorAll('.graph-nbrs li[data-iri="' + CSS.escape(node.id) + '"]')
      .forEach(li => li.classList.add('graph-hit'));
  }

  function renderSelected() {
    const p = $('graph-selected');
    p.textContent = '';
    if (!selected) {
      p.textContent = I18N.t('graph.select');
      return;
    }
    const r = selected === center.iri ? center : resources.get(selected);
    const name = label(r.labels, selected);
    const strong = document.createElement('strong');
    strong.textContent = name;
    p.appendChild(strong);
    p.appendChild(document.createTextNode(' · '));
    const href = AIMIL.pageHref(selected);
    if (href !== null) {
      const a = document.createElement('a');
      a.href = href;
      a.textContent = I18N.t('graph.open');
      p.appendChild(a);
      p.appendChild(document.createTextNode(' · '));
    }
    if (selected !== center.iri) p.appendChild(centreLink(selected));
  }

  // --- the whole page
  function heading() {
    const name = label(center.labels, center.iri);
    $('graph-center').textContent = name;
    document.title = I18N.t('graph.doctitle', { name });
  }

  function relabel() {
    if (!center) return;
    heading();
    if (hoods.size) {
      renderList();
      counts();
      renderSelected();
      const ids = Object.keys(view.positions());
      view.update({ nodes: ids.map(id => id === center.iri ? Object.assign(nodeOf(id), { label: label(center.labels, id),
        fullLabel: label(center.labels, id) }) : nodeOf(id)), edges: drawnEdges.map(edgeOf), groups: groups() });
      view.retitle();
    }
  }

  async function show(iri) {
    status(I18N.t('loading'));
    let about;
    try {
      about = (await AIMIL.sparql(aboutQuery(iri))).results.bindings[0] || {};
    } catch (e) {
      status(I18N.t('error', { m: e.message || e }));
      return;
    }
    center = { iri, labels: { en: v(about, 'lEn'), zh: v(about, 'lZh') }, group: groupOf(v(about, 'types')) };
    if (v(about, 'known') !== 'true') {
      unknown(iri);
      return;
    }
    resources.set(iri, { labels: center.labels, group: center.group });
    heading();
    $('graph-actions').hidden = false;
    const href = AIMIL.pageHref(iri);
    if (href === null) $('graph-page').removeAttribute('href'); else $('graph-page').setAttribute('href', href);
    $('graph-layout').hidden = false;
    view = GraphView.create($('graph'), {
      onExpand: node => { showSelected(node); expand(node.id, null); },
      onSelect: showSelected
    });
    try {
      const hood = await fetchHood(iri);
      hoods.set(iri, hood);
      drawCentre();
      renderList();
      counts();
      renderSelected();
      $('graph').dataset.center = iri;
    } catch (e) {
      status(I18N.t('error', { m: e.message || e }));
    }
  }

  function unknown(iri) {
    $('graph-title').textContent = '';
    $('graph-center').textContent = '';
    $('graph-heading').dataset.i18n = 'graph.unknown.title';
    $('graph-heading').textContent = I18N.t('graph.unknown.title');
    status('');
    $('graph-message').textContent = I18N.t('graph.unknown', { iri });
    $('graph-message').dataset.iri = iri;
    const local = iri.substring(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1).replace(/[-_]+/g, ' ');
    $('graph-q').value = local;
    $('graph-find').hidden = false;
    $('graph-find').dataset.state = 'unknown';
    suggest();
    examples();
  }

  function prompt() {
    $('graph-heading').dataset.i18n = 'graph.pick.title';
    $('graph-heading').textContent = I18N.t('graph.pick.title');
    $('graph-message').textContent = I18N.t('graph.pick');
    $('graph-find').hidden = false;
    $('graph-find').dataset.state = 'prompt';
    examples();
  }

  async function examples() {
    try {
      const rows = (await AIMIL.sparql(examplesQuery())).results.bindings;
      const ul = $('graph-examples');
      ul.textContent = '';
      rows.forEach(b => {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = '/graph?iri=' + encodeURIComponent(v(b, 'x'));
        a.dataset.en = v(b, 'lEn') || '';
        a.dataset.zh = v(b, 'lZh') || '';
        a.textContent = label({ en: v(b, 'lEn'), zh: v(b, 'lZh') }, v(b, 'x'));
        li.appendChild(a);
        ul.appendChild(li);
      });
      $('graph-examples-title').hidden = rows.length === 0;
    } catch (e) {
      status(I18N.t('error', { m: e.message || e }));
    }
  }

  // search as you type: /search?format=json, each hit a link to its graph page
  let typed = 0;
  async function suggest() {
    const q = $('graph-q').value.trim();
    const mine = ++typed;
    const ul = $('graph-suggestions');
    if (!q) {
      ul.textContent = '';
      return;
    }
    try {
      const response = await fetch('/search?format=json&limit=8&q=' + encodeURIComponent(q),
        { headers: { Accept: 'application/json' } });
      const answer = await response.json();
      if (mine !== typed) return;
      ul.textContent = '';
      (answer.hits || []).forEach(hit => {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = '/graph?iri=' + encodeURIComponent(hit.iri);
        a.className = 'graph-suggestion';
        a.textContent = label(hit.label, hit.iri);
        li.appendChild(a);
        if (hit.type && hit.type.label) {
          const type = document.createElement('span');
          type.className = 'type';
          type.textContent = label(hit.type.label, hit.type.iri);
          li.appendChild(type);
        }
        ul.appendChild(li);
      });
      if (!(answer.hits || []).length) {
        const li = document.createElement('li');
        li.className = 'status';
        li.textContent = answer.error ? AIMIL.pick({ en: answer.error, zh: answer.error_zh }) : I18N.t('search.none', { q });
        ul.appendChild(li);
      }
    } catch (e) {
      if (mine === typed) ul.textContent = '';
    }
  }

  function fromUrl() {
    const iri = new URLSearchParams(location.search).get('iri');
    if (iri === null || iri.trim() === '') return null;
    const full = iri.startsWith('res:') ? AIMIL.RES + iri.substring(4) : iri.trim();
    return full;
  }

  document.addEventListener('DOMContentLoaded', () => {
    let timer = null;
    $('graph-q').addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(suggest, 200);
    });
    const iri = fromUrl();
    if (iri === null) {
      prompt();
    } else if (!/^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>"{}|\\^`]+$/.test(iri)) { // not an absolute IRI SPARQL can hold
      center = { iri, labels: {} };
      unknown(iri);
    } else {
      show(iri);
    }
  });
  document.addEventListener('aimil:lang', () => {
    if ($('graph-find').dataset.state === 'unknown') {
      $('graph-message').textContent = I18N.t('graph.unknown', { iri: $('graph-message').dataset.iri });
      suggest();
    } else if ($('graph-find').dataset.state === 'prompt') {
      $('graph-message').textContent = I18N.t('graph.pick');
      document.querySelectorAll('#graph-examples a').forEach(a => {
        a.textContent = label({ en: a.dataset.en, zh: a.dataset.zh }, decodeURIComponent(a.href.split('iri=')[1]));
      });
      suggest();
    } else {
      relabel();
    }
  });
})();
