// The SPARQL editor: CodeMirror on the textarea with completion (prefixes from /api/prefixes, the ontology's terms
// from /api/terms, resources from /api/complete), the grouped example queries of /api/queries (?name=NAME loads and
// runs one), the query in the address (?query=…, #query=… when long: a permalink) with a copy-link button, downloads
// of the results from the endpoint (CSV, TSV, JSON; Turtle, N-Triples, JSON-LD for CONSTRUCT/DESCRIBE), and views of
// the results chosen from their shape: the table always, a graph, a timeline, a bar chart.
(function () {
  // rows drawn at most in the table and in the charts (the downloads have them all)
  const MAX_TABLE_ROWS = 1000;
  const MAX_GRAPH_EDGES = 300;
  const MAX_TIMELINE_POINTS = 2_000;
  const MAX_BARS = 100;
  // a permalink longer than this (the encoded query in the address) puts the query in the fragment (#query=…), which
  // is never sent to any server: this one takes long query strings (up to --max-body), but proxies in front of it
  // (nginx: 8 KiB request lines) and programs that pass links on may cut a long address
  const MAX_QUERY_PARAM = 4000;

  const XSD = 'http://www.w3.org/2001/XMLSchema#';
  const NUMERIC = ['integer', 'decimal', 'double', 'float', 'long', 'int', 'short', 'byte', 'nonNegativeInteger',
    'positiveInteger', 'negativeInteger', 'nonPositiveInteger', 'unsignedLong', 'unsignedInt'].map(t => XSD + t);
  const DATES = ['date', 'dateTime', 'gYear', 'gYearMonth', 'dateTimeStamp'].map(t => XSD + t);
  const RDFS_LABEL = 'http://www.w3.org/2000/01/rdf-schema#label';

  const SELECT_FORMATS = [
    { id: 'csv', accept: 'text/csv', ext: 'csv', name: 'CSV' },
    { id: 'tsv', accept: 'text/tab-separated-values', ext: 'tsv', name: 'TSV' },
    { id: 'json', accept: 'application/sparql-results+json', ext: 'json', name: 'JSON' }];
  const GRAPH_FORMATS = [
    { id: 'ttl', accept: 'text/turtle', ext: 'ttl', name: 'Turtle' },
    { id: 'nt', accept: 'application/n-triples', ext: 'nt', name: 'N-Triples' },
    { id: 'jsonld', accept: 'application/ld+json', ext: 'jsonld', name: 'JSON-LD' }];

  let editor = null;
  let examples = [];
  let examplesFailed = false; // /api/queries did not answer (so a name cannot be said to be unknown)
  let prefixes = {};
  let terms = [];
  let current = null;      // the example loaded, {name, question, text, group}, while its text is in the editor
  let notice = null;       // {key, values} of the notice shown above the editor
  let last = null;         // the last answer: {query, name, kind: 'select'|'ask'|'graph', json | triples, ms}
  let view = 'table';
  let chart = null;        // the ECharts instance or GraphView of the chosen view

  const $ = id => document.getElementById(id);

  // ---- the example list ----

  function fillExamples() {
    const select = $('examples');
    const chosen = select.value;
    select.querySelectorAll('optgroup').forEach(g => g.remove());
    let group = null;
    let box = null;
    examples.forEach(x => {
      if (!group || group.id !== x.group.id) {
        group = x.group;
        box = document.createElement('optgroup');
        box.label = AIMIL.pick(group);
        box.dataset.group = group.id;
        select.appendChild(box);
      }
      const option = document.createElement('option');
      option.value = x.name;
      option.textContent = AIMIL.pick(x.question, x.name);
      option.title = x.name;
      box.appendChild(option);
    });
    select.value = chosen;
    showQuestion();
  }

  function showQuestion() {
    const edited = current !== null && editor.getValue() !== current.text;
    $('question-text').textContent = current ? AIMIL.pick(current.question) : '';
    $('question-edited').hidden = !edited;
    $('question').classList.toggle('is-edited', edited);
    $('question').dataset.state = current ? (edited ? 'edited' : 'example') : 'none';
  }

  function showNotice(key, values) {
    notice = key ? { key, values } : null;
    $('editor-notice').hidden = !key;
    $('editor-notice').textContent = key ? I18N.t(key, values) : '';
  }

  function choose(name, andRun) {
    const chosen = examples.find(x => x.name === name);
    if (!chosen) {
      current = null;
      $('examples').value = '';
      showQuestion();
      showNotice(examplesFailed ? 'editor.examplesFailed' : 'editor.unknownName', { name });
      return false;
    }
    showNotice(null);
    current = chosen;
    $('examples').value = name;
    editor.setValue(chosen.text);
    showQuestion();
    history.replaceState(null, '', '/query?name=' + encodeURIComponent(name));
    if (andRun) run();
    return true;
  }

  // ---- the permalink ----

  // the address of the editor's text: ?name=NAME while it is an example's, else ?query=… (or #query=… when long)
  function permalink(text) {
    if (current && text === current.text) return '/query?name=' + encodeURIComponent(current.name);
    const encoded = encodeURIComponent(text);
    return encoded.length <= MAX_QUERY_PARAM ? '/query?query=' + encoded : '/query#query=' + encoded;
  }

  async function copyLink() {
    const url = location.origin + permalink(editor.getValue());
    const fallback = $('link-fallback');
    try {
      if (!navigator.clipboard || !window.isSecureContext) throw new Error('no clipboard');
      await navigator.clipboard.writeText(url);
      fallback.hidden = true;
      $('link-status').textContent = I18N.t('editor.linkCopied');
    } catch (e) {
      // no clipboard access (an insecure origin, or refused): the link to copy by hand, selected
      fallback.value = url;
      fallback.hidden = false;
      fallback.focus();
      fallback.select();
      let copied = false;
      try { copied = document.execCommand('copy'); } catch (ignored) { copied = false; }
      $('link-status').textContent = I18N.t(copied ? 'editor.linkCopied' : 'editor.linkManual');
    }
    $('link-status').dataset.link = url;
  }

  // ---- running ----

  let runs = 0;             // the number of the latest run: an older run's answer, come late, is dropped

  async function run() {
    const ticket = ++runs;
    const text = editor.getValue();
    const status = $('query-status');
    const error = $('query-error');
    status.textContent = I18N.t('query.running');
    status.dataset.state = 'running';
    error.hidden = true;
    clearResults();
    const address = permalink(text);
    if (location.pathname + location.search + location.hash !== address) history.replaceState(null, '', address);
    const started = performance.now();
    try {
      const response = await AIMIL.sparqlRaw(text,
        'application/sparql-results+json, application/rdf+json;q=0.9, text/turtle;q=0.8');
      const type = (response.headers.get('Content-Type') || '').split(';')[0].trim();
      const cut = response.headers.get('X-SPARQL-MaxRows');
      const name = current && text === current.text ? current.name : null;
      let answer;
      if (type === 'application/sparql-results+json') {
        const json = await response.json();
        answer = 'boolean' in json ? { query: text, name, kind: 'ask', json } : { query: text, name, kind: 'select', json };
      } else if (type === 'application/rdf+json') {
        answer = { query: text, name, kind: 'graph', triples: rdfJsonTriples(await response.json()) };
      } else {
        answer = { query: text, name, kind: 'text', body: await response.text() };
      }
      if (ticket !== runs) return;
      last = answer;
      last.ms = Math.round(performance.now() - started);
      last.cut = cut;
      view = 'table';
      status.dataset.state = 'done';
      render();
    } catch (e) {
      if (ticket !== runs) return;
      last = null;
      status.dataset.state = 'failed';
      status.textContent = I18N.t('query.failed', { status: e.status || '?' });
      error.textContent = e.message || String(e);
      error.hidden = false;
    }
  }

  // RDF/JSON ({s: {p: [{type, value, lang, datatype}]}}) as [{s, p, o}] with SPARQL-JSON-like terms
  function rdfJsonTriples(json) {
    const triples = [];
    Object.entries(json).forEach(([s, props]) => Object.entries(props).forEach(([p, objects]) => objects.forEach(o => {
      triples.push({
        s: { type: s.startsWith('_:') ? 'bnode' : 'uri', value: s.startsWith('_:') ? s.substring(2) : s },
        p: { type: 'uri', value: p },
        o: o.type === 'literal' ? { type: 'literal', value: o.value, 'xml:lang': o.lang, datatype: o.datatype }
          : { type: o.type === 'bnode' ? 'bnode' : 'uri', value: o.type === 'bnode' ? o.value.replace(/^_:/, '') : o.value }
      });
    })));
    return triples;
  }

  function clearResults() {
    destroyChart();
    $('results').innerHTML = '';
    $('result-bar').hidden = true;
    $('result-note').hidden = true;
    $('download-status').textContent = '';
    $('result-chart').hidden = true;
    $('graph-selection').hidden = true;
  }

  function destroyChart() {
    if (chart) chart.destroy ? chart.destroy() : chart.dispose();
    chart = null;
  }

  // ---- the shape of the results, and the views it allows ----

  function isNumeric(t) { return t && t.type !== 'uri' && t.type !== 'bnode' && NUMERIC.includes(t.datatype); }
  function isDate(t) { return t && t.type !== 'uri' && t.type !== 'bnode' && DATES.includes(t.datatype); }
  function isIri(t) { return t && t.type === 'uri'; }

  // the columns whose bound values (of the first rows) are mostly of a kind
  function columns(json, test) {
    const rows = json.results.bindings.slice(0, 500);
    return json.head.vars.filter(v => {
      const bound = rows.map(b => b[v]).filter(Boolean);
      return bound.length > 0 && bound.filter(test).length >= bound.length * 0.8;
    });
  }

  function shape() {
    if (!last) return {};
    if (last.kind === 'graph') return { graph: last.triples.some(t => t.o.type !== 'literal') };
    if (last.kind !== 'select' || !last.json.results.bindings.length) return {};
    const json = last.json;
    const iris = columns(json, isIri);
    const dates = columns(json, isDate);
    const numbers = columns(json, isNumeric);
    const others = json.head.vars.filter(v => !numbers.includes(v) && !dates.includes(v));
    return {
      iris, dates, numbers, others,
      graph: iris.length >= 2,
      timeline: dates.length >= 1,
      bar: numbers.length >= 1 && others.length >= 1
    };
  }

  function render() {
    const s = shape();
    const views = ['table'].concat(['graph', 'timeline', 'bar'].filter(v => s[v]));
    if (!views.includes(view)) view = 'table';
    const tabs = $('views');
    tabs.innerHTML = '';
    if (views.length > 1) {
      views.forEach(v => {
        const tab = document.createElement('button');
        tab.type = 'button';
        tab.className = 'view-tab';
        tab.setAttribute('role', 'tab');
        tab.dataset.view = v;
        tab.dataset.i18n = 'editor.view.' + v;
        tab.textContent = I18N.t('editor.view.' + v);
        tab.setAttribute('aria-selected', String(v === view));
        tab.addEventListener('click', () => { view = v; render(); });
        tabs.appendChild(tab);
      });
    }
    tabs.dataset.views = views.join(' ');
    fillDownloads();
    $('result-bar').hidden = !last || last.kind === 'text';
    destroyChart();
    $('results').innerHTML = '';
    $('result-chart').hidden = view === 'table';
    $('graph-selection').hidden = true;
    $('results').hidden = view !== 'table';
    $('results').dataset.view = view;
    const status = $('query-status');
    if (last.kind === 'ask') {
      status.textContent = I18N.t('editor.answered', { ms: last.ms });
      $('results').innerHTML = '<p class="boolean">' + I18N.t(last.json.boolean ? 'query.true' : 'query.false') + '</p>';
    } else if (last.kind === 'text') {
      status.textContent = I18N.t('editor.answered', { ms: last.ms });
      $('results').innerHTML = '<pre class="rdf">' + AIMIL.esc(last.body) + '</pre>';
    } else {
      const n = last.kind === 'graph' ? last.triples.length : last.json.results.bindings.length;
      status.textContent = I18N.t(last.kind === 'graph' ? 'editor.triples' : 'query.rows', { n, ms: last.ms })
        + (last.cut ? ' ' + I18N.t('editor.cut', { max: last.cut }) : '');
      if (view === 'table') drawTable();
      else if (view === 'graph') drawGraph();
      else if (view === 'timeline') drawTimeline(s);
      else drawBar(s);
    }
  }

  function note(key, values) {
    const p = $('result-note');
    p.hidden = !key;
    p.textContent = key ? I18N.t(key, values) : '';
  }

  // ---- the table ----

  function cell(term) {
    if (!term) return '';
    if (term.type === 'uri') {
      return AIMIL.link(AIMIL.pageOf(term.value), AIMIL.esc(AIMIL.shortIri(term.value)),
        ' title="' + AIMIL.esc(term.value) + '"');
    }
    if (term.type === 'bnode') return '_:' + AIMIL.esc(term.value);
    const tag = term['xml:lang'] ? '<span class="tag">@' + AIMIL.esc(term['xml:lang']) + '</span>'
      : term.datatype ? '<span class="tag">' + AIMIL.esc(AIMIL.shortIri(term.datatype)) + '</span>' : '';
    return AIMIL.esc(term.value) + ' ' + tag;
  }

  function drawTable() {
    const graph = last.kind === 'graph';
    const vars = graph ? ['subject', 'predicate', 'object'] : last.json.head.vars;
    const all = graph ? last.triples.map(t => ({ subject: t.s, predicate: t.p, object: t.o })) : last.json.results.bindings;
    const shown = all.slice(0, MAX_TABLE_ROWS);
    const head = '<tr>' + vars.map(v => '<th>' + (graph ? '' : '?') + AIMIL.esc(v) + '</th>').join('') + '</tr>';
    const rows = shown.map(b => '<tr>' + vars.map(v => '<td>' + cell(b[v]) + '</td>').join('') + '</tr>');
    $('results').innerHTML = '<table class="result-table"><thead>' + head + '</thead><tbody>' + rows.join('')
      + '</tbody></table>';
    note(all.length > shown.length ? 'editor.capped' : null, { shown: shown.length, n: all.length });
  }

  // ---- the charts ----

  // the display text of a term: a resource's label from a column ?xLabel beside it, else its short name
  function display(term, row, v) {
    if (!term) return '';
    if (term.type === 'uri') {
      const label = row && (row[v + 'Label'] || row[v + '_label']);
      return label ? label.value : termLabel(term.value);
    }
    return term.value;
  }

  function short(text) {
    return text.length > 28 ? text.substring(0, 27) + '…' : text;
  }

  function chartBox() {
    const box = $('result-chart');
    Object.keys(box.dataset).forEach(k => delete box.dataset[k]); // nothing of the view drawn before
    box.hidden = false;
    box.dataset.view = view;
    box.style.height = '';
    return box;
  }

  function drawGraph() {
    const nodes = new Map();
    const edges = [];
    const labels = new Map();
    const node = (term, label) => {
      const id = term.type === 'bnode' ? '_:' + term.value : term.value;
      if (!nodes.has(id)) {
        nodes.set(id, { id, label: '', fullLabel: '', group: term.type === 'bnode' ? 'bnode' : groupOf(id),
          href: term.type === 'uri' ? AIMIL.pageHref(term.value) : null });
      }
      if (label) labels.set(id, label);
      return id;
    };
    let total;
    if (last.kind === 'graph') {
      const l = I18N.lang();
      last.triples.forEach(t => {
        if (t.p.value === RDFS_LABEL && t.o.type === 'literal') {
          const id = t.s.type === 'bnode' ? '_:' + t.s.value : t.s.value;
          if (!labels.has(id) || (t.o['xml:lang'] || '').startsWith(l)) labels.set(id, t.o.value);
        }
      });
      const links = last.triples.filter(t => t.o.type !== 'literal');
      total = links.length;
      links.slice(0, MAX_GRAPH_EDGES).forEach(t => edges.push({ source: node(t.s), target: node(t.o),
        label: short(termLabel(t.p.value)) }));
    } else {
      const s = shape();
      const [a, b] = s.iris;
      const third = s.iris[2] || s.others.find(v => v !== a && v !== b && !/label$/i.test(v));
      const rows = last.json.results.bindings.filter(r => r[a] && r[b] && isIri(r[a]) && isIri(r[b]));
      total = rows.length;
      rows.slice(0, MAX_GRAPH_EDGES).forEach(r => edges.push({
        source: node(r[a], r[a + 'Label'] && r[a + 'Label'].value),
        target: node(r[b], r[b + 'Label'] && r[b + 'Label'].value),
        label: third && r[third] ? short(display(r[third], r, third)) : ''
      }));
    }
    nodes.forEach((n, id) => {
      const full = labels.get(id) || (id.startsWith('_:') ? id : termLabel(id));
      n.fullLabel = full;
      n.label = short(full);
    });
    const box = chartBox();
    box.classList.add('is-graph');
    chart = GraphView.create(box, { onSelect: select, onExpand: expand });
    const roots = last.kind === 'graph' ? [...new Set(last.triples.map(t => t.s.type === 'bnode' ? '_:' + t.s.value
      : t.s.value))].filter(id => nodes.has(id)).slice(0, 3) : [];
    chart.set({ nodes: [...nodes.values()], edges, roots,
      groups: ['resource', 'ontology', 'other', 'bnode'].map(id => ({ id, label: I18N.t('editor.group.' + id) })) });
    $('graph-selection').hidden = false;
    $('graph-selection').textContent = I18N.t('editor.graphHint');
    nameNodes(chart, nodes, edges, roots, labels);
    box.dataset.drawnNodes = nodes.size;
    box.dataset.drawnEdges = edges.length;
    note(total > edges.length ? 'editor.cappedEdges' : null, { shown: edges.length, n: total });
  }

  // an IRI's name: an ontology term's label in the UI language, else the IRI with a prefix of /api/prefixes
  function termLabel(iri) {
    const t = terms.find(x => x.iri === iri);
    if (t && (t.label.en || t.label.zh)) return AIMIL.pick(t.label);
    const p = Object.entries(prefixes).find(([, ns]) => iri.startsWith(ns) && iri.length > ns.length);
    return p ? p[0] + ':' + iri.substring(p[1].length) : AIMIL.shortIri(iri);
  }

  // the labels, in the UI language, of the drawn resources the answer did not label: asked for in one query, then
  // the drawing's texts renewed
  async function nameNodes(view, nodes, edges, roots, labels) {
    const unnamed = [...nodes.keys()].filter(id => !labels.has(id) && !id.startsWith('_:')
      && !terms.some(t => t.iri === id) && /^[^\s<>"{}|\\^`]+$/.test(id));
    if (!unnamed.length) return;
    try {
      const json = await AIMIL.sparql('PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n'
        + 'SELECT ?x (SAMPLE(?l) AS ?label) WHERE { VALUES ?x { ' + unnamed.map(id => '<' + id + '>').join(' ')
        + ' } ?x rdfs:label ?l FILTER(lang(?l) = "' + I18N.lang() + '") } GROUP BY ?x');
      if (view !== chart || !json.results.bindings.length) return;
      json.results.bindings.forEach(b => {
        const n = nodes.get(b.x.value);
        n.fullLabel = b.label.value;
        n.label = short(b.label.value);
      });
      const data = { nodes: [...nodes.values()], edges, roots,
        groups: ['resource', 'ontology', 'other', 'bnode'].map(id => ({ id, label: I18N.t('editor.group.' + id) })) };
      if (view.update) view.update(data); else view.set(data);
      $('result-chart').dataset.named = json.results.bindings.length;
    } catch (e) {
      // the short names stay
    }
  }

  // a node pointed at in the graph view: its full label, a link to its page
  function select(n) {
    if (!n) return;
    const p = $('graph-selection');
    p.innerHTML = AIMIL.esc(I18N.t('editor.selected')) + ' ' + AIMIL.link(n.href, AIMIL.esc(n.fullLabel || n.label || n.id))
      + ' · ' + AIMIL.esc(I18N.t('editor.graphHint'));
  }

  // grows the graph view by a resource's links to other resources (both directions, at most 50)
  async function expand(n) {
    if (!n || n.id.startsWith('_:') || !/^[^\s<>"{}|\\^`]+$/.test(n.id)) return;
    const view = chart;
    const iri = '<' + n.id + '>';
    try {
      const json = await AIMIL.sparql('PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n'
        + 'SELECT ?s ?p ?o (SAMPLE(?l) AS ?label) WHERE { { ' + iri + ' ?p ?o . BIND(' + iri + ' AS ?s) BIND(?o AS ?x) }'
        + ' UNION { ?s ?p ' + iri + ' . BIND(' + iri + ' AS ?o) BIND(?s AS ?x) } FILTER(isIRI(?x))'
        + ' OPTIONAL { ?x rdfs:label ?l FILTER(lang(?l) = "' + I18N.lang() + '") } } GROUP BY ?s ?p ?o LIMIT 50');
      if (view !== chart) return;
      const nodes = [];
      const edges = json.results.bindings.map(b => {
        const other = b.s.value === n.id ? b.o.value : b.s.value;
        const full = b.label ? b.label.value : termLabel(other);
        nodes.push({ id: other, label: short(full), fullLabel: full, group: groupOf(other), href: AIMIL.pageHref(other) });
        return { source: b.s.value, target: b.o.value, label: short(termLabel(b.p.value)) };
      });
      chart.add({ nodes, edges }, { from: n.id });
      if (chart.mark) chart.mark(n.id, true);
    } catch (e) {
      note('error', { m: e.message || e });
    }
  }

  function groupOf(iri) {
    if (iri.startsWith(AIMIL.RES)) return 'resource';
    if (iri.startsWith('https://w3id.org/ai-milestones/ontology')) return 'ontology';
    return 'other';
  }

  // an xsd date, gYearMonth, gYear or dateTime as a time (UTC), or null
  function time(value) {
    const m = /^(-?\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(value || '');
    return m ? Date.UTC(+m[1], m[2] ? +m[2] - 1 : 0, m[3] ? +m[3] : 1) : null;
  }

  function echartsBox() {
    const box = chartBox();
    box.classList.remove('is-graph');
    const instance = echarts.init(box);
    chart = instance;
    return instance;
  }

  function drawTimeline(s) {
    const json = last.json;
    const date = s.dates[0];
    const textCols = json.head.vars.filter(v => v !== date && !s.numbers.includes(v) && !s.dates.includes(v));
    const labelCol = textCols.find(v => /label|name|title/i.test(v) && !s.iris.includes(v))
      || textCols.find(v => !s.iris.includes(v)) || textCols[0];
    // lanes: another column of few distinct values (a kind, if a column is called so), else one lane
    const few = v => v !== labelCol && json.results.bindings.some(b => b[v])
      && new Set(json.results.bindings.map(b => b[v] && display(b[v], b, v))).size <= 20;
    const lanesCol = textCols.filter(few).sort((a, b) => (/kind|type|class|categor/i.test(a) ? 0 : 1)
      - (/kind|type|class|categor/i.test(b) ? 0 : 1))[0];
    const dated = json.results.bindings.filter(b => b[date] && time(b[date].value) !== null);
    const shown = dated.slice(0, MAX_TIMELINE_POINTS);
    const lanes = lanesCol ? [...new Set(shown.map(b => b[lanesCol] ? display(b[lanesCol], b, lanesCol) : '—'))] : [''];
    const instance = echartsBox();
    const labelled = shown.length <= 80;
    const left = lanesCol ? Math.round(Math.min(110, $('result-chart').clientWidth * 0.28)) : 20;
    instance.setOption({
      animation: false,
      grid: { left, right: 30, top: 20, bottom: 60, containLabel: false },
      tooltip: { renderMode: 'richText', formatter: p => p.data.name + '\n' + p.data.when },
      xAxis: { type: 'time', axisLabel: { hideOverlap: true } },
      yAxis: { type: 'category', data: lanes, axisLabel: { width: left - 10, overflow: 'truncate' } },
      dataZoom: [{ type: 'slider', xAxisIndex: 0, bottom: 10 }, { type: 'inside', xAxisIndex: 0 }],
      series: [{
        type: 'scatter', symbolSize: 10,
        label: { show: labelled, position: 'top', formatter: p => short(p.data.name), fontSize: 11 },
        labelLayout: { hideOverlap: true },
        data: shown.map(b => ({
          value: [time(b[date].value), lanesCol ? lanes.indexOf(b[lanesCol] ? display(b[lanesCol], b, lanesCol) : '—') : 0],
          name: labelCol && b[labelCol] ? display(b[labelCol], b, labelCol) : b[date].value,
          when: b[date].value,
          href: labelCol && isIri(b[labelCol]) ? AIMIL.pageHref(b[labelCol].value)
            : (s.iris[0] && b[s.iris[0]] ? AIMIL.pageHref(b[s.iris[0]].value) : null)
        }))
      }]
    });
    instance.on('click', p => { if (p.data && p.data.href) location.href = p.data.href; });
    $('result-chart').dataset.points = shown.length;
    const undated = json.results.bindings.length - dated.length;
    note(dated.length > shown.length ? 'editor.cappedPoints' : undated ? 'editor.undated' : null,
      { shown: shown.length, n: dated.length, u: undated });
  }

  function drawBar(s) {
    const json = last.json;
    const value = s.numbers[s.numbers.length - 1];
    const labelCols = json.head.vars.filter(v => v !== value && !s.dates.includes(v));
    const rows = json.results.bindings.filter(b => b[value]);
    const shown = rows.slice(0, MAX_BARS);
    const names = shown.map(b => labelCols.map(v => b[v] ? display(b[v], b, v) : '').filter(Boolean)
      .filter((x, i, all) => !(i > 0 && /label$/i.test(labelCols[i]))).join(' · '));
    const instance = echartsBox();
    const box = $('result-chart');
    box.style.height = Math.max(320, shown.length * 22 + 80) + 'px';
    instance.resize();
    instance.setOption({
      animation: false,
      grid: { left: 10, right: 40, top: 30, bottom: 20, containLabel: true },
      tooltip: { renderMode: 'richText', formatter: p => p.name + ': ' + p.value },
      xAxis: { type: 'value', name: '?' + value },
      yAxis: { type: 'category', inverse: true, data: names,
        axisLabel: { width: Math.min(260, Math.max(120, box.clientWidth * 0.4)), overflow: 'truncate' } },
      series: [{ type: 'bar', data: shown.map(b => Number(b[value].value)),
        label: { show: true, position: 'right' } }]
    });
    box.dataset.bars = shown.length;
    note(rows.length > shown.length ? 'editor.cappedBars' : null, { shown: shown.length, n: rows.length });
  }

  // ---- downloads ----

  function fillDownloads() {
    const box = $('downloads');
    box.querySelectorAll('button').forEach(b => b.remove());
    if (!last || last.kind === 'text') return;
    (last.kind === 'graph' ? GRAPH_FORMATS : SELECT_FORMATS).forEach(f => {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'download secondary';
      button.dataset.format = f.id;
      button.textContent = f.name;
      button.title = f.accept;
      button.addEventListener('click', () => download(f, button));
      box.appendChild(button);
    });
  }

  // asks the endpoint for the last query's results in format f and saves them as a file
  async function download(f, button) {
    const status = $('download-status');
    const file = 'ai-milestones-' + (last.name ? last.name.replace(/[^A-Za-z0-9-]+/g, '-') : 'query') + '.' + f.ext;
    status.textContent = I18N.t('editor.downloading', { file });
    try {
      const response = await AIMIL.sparqlRaw(last.query, f.accept);
      const blob = await response.blob();
      const type = (response.headers.get('Content-Type') || '').split(';')[0].trim();
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = file;
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60000);
      button.dataset.type = type;
      status.dataset.file = file;
      status.dataset.type = type;
      status.textContent = I18N.t('editor.downloaded', { file, type, kb: Math.max(1, Math.round(blob.size / 1024)) });
    } catch (e) {
      status.textContent = I18N.t('query.failed', { status: e.status || '?' }) + ' ' + (e.message || '');
    }
  }

  // ---- completion ----

  const HAN = /\p{Script=Han}/u;

  function prefixOf(name) {
    const i = name.indexOf(':');
    return i > 0 && !name.startsWith('<') ? name.substring(0, i) : null;
  }

  // adds "PREFIX p: <ns>" after the query's PREFIX lines (or at its top) if the query declares no prefix p
  function ensurePrefix(cm, p) {
    if (!p || !prefixes[p]) return;
    const text = cm.getValue();
    if (new RegExp('^\\s*PREFIX\\s+' + p + '\\s*:', 'im').test(text)) return;
    let line = 0;
    for (let i = 0; i < cm.lineCount(); i++) {
      const l = cm.getLine(i);
      if (/^\s*(PREFIX|BASE)\b/i.test(l)) line = i + 1;
      else if (line === 0 && /^\s*#/.test(l)) line = i + 1;
    }
    const declared = /^\s*(PREFIX|BASE)\b/im.test(text);
    if (!declared) {
      line = 0;
      while (line < cm.lineCount() && /^\s*#/.test(cm.getLine(line))) line++;
    }
    cm.replaceRange('PREFIX ' + p + ': <' + prefixes[p] + '>\n', { line, ch: 0 });
  }

  function pickCompletion(cm, data, completion) {
    cm.replaceRange(completion.text, data.from, data.to, 'complete');
    ensurePrefix(cm, completion.prefix);
  }

  function termCompletion(t) {
    const label = AIMIL.pick(t.label, '');
    const comment = AIMIL.pick(t.comment, '');
    return {
      text: t.name, prefix: prefixOf(t.name), hint: pickCompletion, className: 'hint-term hint-' + t.kind,
      displayText: t.name + (label ? ' — ' + label : '') + ' (' + I18N.t('editor.kind.' + t.kind) + ')',
      // the term's description on hover
      render: (element, self, data) => { element.textContent = data.displayText; if (comment) element.title = comment; }
    };
  }

  function matchesLabel(t, fragment) {
    const f = fragment.toLowerCase();
    return ['en', 'zh'].some(l => t.label[l] && t.label[l].toLowerCase().includes(f));
  }

  async function resources(fragment) {
    if (!fragment || (fragment.length < 2 && !HAN.test(fragment))) return [];
    try {
      const response = await fetch('/api/complete?limit=12&q=' + encodeURIComponent(fragment));
      if (!response.ok) return [];
      return (await response.json()).hits.map(h => {
        const label = AIMIL.pick(h.label, '');
        const type = h.type ? AIMIL.pick(h.type.label, '') : '';
        return {
          text: h.name, prefix: prefixOf(h.name), hint: pickCompletion, className: 'hint-resource',
          displayText: h.name + (label ? ' — ' + label : '') + (type ? ' (' + type + ')' : '')
        };
      });
    } catch (e) {
      return [];
    }
  }

  // the ontology's terms, asked for again if the first answer was not there (a busy server answers 503)
  let termsAsked = 0;
  function refreshTerms() {
    if (terms.length || Date.now() - termsAsked < 5000) return;
    termsAsked = Date.now();
    json('/api/terms', null).then(t => { if (t) terms = t; });
  }

  async function completions(cm) {
    refreshTerms();
    const cur = cm.getCursor();
    const line = cm.getLine(cur.line);
    const token = cm.getTokenAt(cur);
    if (token.type === 'comment' || token.type === 'string') return null;
    let start = cur.ch;
    while (start > 0 && /[^\s{}().,;<>"'=!|&+*/\[\]?$^]/.test(line.charAt(start - 1))) start--;
    if (start > 0 && /[?$]/.test(line.charAt(start - 1))) return null; // a variable
    const word = line.substring(start, cur.ch);
    const from = CodeMirror.Pos(cur.line, start);
    const to = CodeMirror.Pos(cur.line, cur.ch);
    const before = line.substring(0, start);
    if (/^\s*PREFIX\s+$/i.test(before)) {
      const typed = word.replace(/:.*$/, '');
      const list = Object.entries(prefixes).filter(([p]) => p.startsWith(typed))
        .map(([p, ns]) => ({ text: p + ': <' + ns + '>', displayText: p + ': <' + ns + '>', className: 'hint-prefix' }));
      return { list, from, to };
    }
    const colon = word.indexOf(':');
    let list = [];
    if (colon >= 0) {
      const p = word.substring(0, colon);
      const local = word.substring(colon + 1);
      if (p === 'res') {
        list = await resources(word);
      } else {
        const lower = word.toLowerCase();
        // the names beginning with what is typed (in its case first), then those whose label has it
        const rank = t => t.name.startsWith(word) ? 0 : t.name.toLowerCase().startsWith(lower) ? 1 : 2;
        list = terms.filter(t => t.name.startsWith(p + ':')
          && (t.name.toLowerCase().startsWith(lower) || (local && matchesLabel(t, local))))
          .sort((a, b) => rank(a) - rank(b)).slice(0, 40).map(termCompletion);
      }
    } else if (word) {
      const lower = word.toLowerCase();
      const ps = Object.keys(prefixes).filter(p => p.startsWith(lower))
        .map(p => ({ text: p + ':', displayText: p + ':  <' + prefixes[p] + '>', className: 'hint-prefix',
          hint: (c, data, completion) => { c.replaceRange(completion.text, data.from, data.to, 'complete');
            ensurePrefix(c, p); setTimeout(() => c.showHint(), 0); } }));
      const ts = terms.filter(t => t.name.substring(t.name.indexOf(':') + 1).toLowerCase().startsWith(lower)
        || matchesLabel(t, word)).slice(0, 15).map(termCompletion);
      list = ps.concat(ts, await resources(word));
    }
    // the editor may have moved on while the resources were fetched
    const now = cm.getCursor();
    if (now.line !== cur.line || now.ch !== cur.ch) return null;
    return list.length ? { list, from, to } : null;
  }

  function hint(cm, callback) {
    completions(cm).then(callback, () => callback(null));
  }
  hint.async = true;

  let autoTimer = null;
  function autoComplete(cm, change) {
    if (change.origin !== '+input' || cm.state.completionActive) return;
    const cur = cm.getCursor();
    const before = cm.getLine(cur.line).substring(0, cur.ch);
    // after a prefix's colon and a letter, or Chinese letters: SPARQL's keywords are words too, so a plain word
    // waits for Ctrl+Space
    const m = /([A-Za-z][\w-]*:[^\s{}().,;<>"']*|\p{Script=Han}+)$/u.exec(before);
    if (!m) return;
    clearTimeout(autoTimer);
    autoTimer = setTimeout(() => cm.showHint({ completeSingle: false }), 200);
  }

  // ---- start ----

  async function json(url, fallback) {
    try {
      const response = await fetch(url);
      return response.ok ? await response.json() : fallback;
    } catch (e) {
      return fallback;
    }
  }

  function fromAddress() {
    const params = new URLSearchParams(location.search);
    const hash = new URLSearchParams(location.hash.replace(/^#/, ''));
    if (params.has('name')) {
      choose(params.get('name'), true);
    } else if (params.has('query') || hash.has('query')) {
      const text = params.has('query') ? params.get('query') : hash.get('query');
      current = null;
      editor.setValue(text);
      showQuestion();
      run();
    }
  }

  document.addEventListener('DOMContentLoaded', async () => {
    editor = CodeMirror.fromTextArea($('editor'), {
      mode: 'application/sparql-query', lineNumbers: true, matchBrackets: true, indentUnit: 2, lineWrapping: true,
      extraKeys: { 'Ctrl-Enter': run, 'Cmd-Enter': run, 'Ctrl-Space': 'autocomplete' },
      hintOptions: { hint, completeSingle: false, closeOnUnfocus: true }
    });
    editor.on('change', (cm, change) => { showQuestion(); autoComplete(cm, change); });
    $('run').addEventListener('click', run);
    $('copy-link').addEventListener('click', copyLink);
    $('examples').addEventListener('change', e => { if (e.target.value) choose(e.target.value, true); });
    termsAsked = Date.now();
    const [queries, p, t] = await Promise.all([json('/api/queries', null), json('/api/prefixes', {}),
      json('/api/terms', [])]);
    examplesFailed = queries === null;
    examples = queries || [];
    prefixes = p;
    terms = t;
    fillExamples();
    $('examples').dataset.loaded = examples.length;
    $('editor').dataset.terms = terms.length;
    fromAddress();
    document.body.dataset.editorReady = 'true';
  });

  document.addEventListener('aimil:lang', () => {
    if (!editor) return;
    fillExamples();
    if (notice) showNotice(notice.key, notice.values);
    if (last) render();
  });
})();
