// The graph view: a resource and its neighbours (links both ways) with ECharts' graph series; click to re-centre.
(function () {
  const GROUPS = ['Event', 'Person', 'Organization', 'Artifact'];
  const NS = 'https://w3id.org/ai-milestones/ontology#';
  let center = null;
  let rows = null;
  let chart = null;

  function query(iri) {
    const c = '<' + iri + '>';
    const side = (pattern, dir, subProperty) => `{ ${pattern} BIND("${dir}" AS ?dir)
      FILTER NOT EXISTS { ${subProperty} ?q rdfs:subPropertyOf ?p . FILTER(?q != ?p) } }`;
    return `PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX aimil: <${NS}>
SELECT ?dir ?p ?n (SAMPLE(?pen) AS ?pEn) (SAMPLE(?pzh) AS ?pZh) (SAMPLE(?nen) AS ?nEn) (SAMPLE(?nzh) AS ?nZh)
       (SAMPLE(?g) AS ?group) (SAMPLE(?cen) AS ?cEn) (SAMPLE(?czh) AS ?cZh)
WHERE {
  ${side(c + ' ?p ?n .', 'out', c + ' ?q ?n .')}
  UNION ${side('?n ?p ' + c + ' .', 'in', '?n ?q ' + c + ' .')}
  FILTER(isIRI(?n) && STRSTARTS(STR(?n), "${AIMIL.RES}") && ?n != ${c})
  OPTIONAL { ?p rdfs:label ?pen FILTER(lang(?pen) = "en") }
  OPTIONAL { ?p rdfs:label ?pzh FILTER(lang(?pzh) = "zh") }
  OPTIONAL { ?n rdfs:label ?nen FILTER(lang(?nen) = "en") }
  OPTIONAL { ?n rdfs:label ?nzh FILTER(lang(?nzh) = "zh") }
  OPTIONAL { ?n a/rdfs:subClassOf* ?g VALUES ?g { ${GROUPS.map(g => 'aimil:' + g).join(' ')} } }
  OPTIONAL { ${c} rdfs:label ?cen FILTER(lang(?cen) = "en") }
  OPTIONAL { ${c} rdfs:label ?czh FILTER(lang(?czh) = "zh") }
}
GROUP BY ?dir ?p ?n`;
  }

  function v(b, name) {
    return b[name] && b[name].value;
  }

  function option() {
    const categories = GROUPS.map(g => ({ name: I18N.t('group.' + g) })).concat([{ name: I18N.t('group.other') }]);
    const centerName = rows.length ? AIMIL.pick({ en: v(rows[0], 'cEn'), zh: v(rows[0], 'cZh') }, AIMIL.shortIri(center))
      : AIMIL.shortIri(center);
    const nodes = [{ id: center, name: centerName, symbolSize: 46, category: categories.length - 1,
      itemStyle: { color: '#222' }, label: { fontWeight: 'bold' } }];
    const links = [];
    rows.forEach(b => {
      const n = v(b, 'n');
      if (!nodes.some(x => x.id === n)) {
        const g = v(b, 'group');
        const cat = g ? GROUPS.indexOf(g.substring(NS.length)) : categories.length - 1;
        nodes.push({ id: n, name: AIMIL.pick({ en: v(b, 'nEn'), zh: v(b, 'nZh') }, AIMIL.shortIri(n)), symbolSize: 22, category: cat });
      }
      const label = AIMIL.pick({ en: v(b, 'pEn'), zh: v(b, 'pZh') }, AIMIL.shortIri(v(b, 'p')));
      const out = v(b, 'dir') === 'out';
      links.push({ source: out ? center : n, target: out ? n : center, value: label });
    });
    return {
      animation: false,
      legend: { data: categories.map(c => c.name), top: 0 },
      tooltip: { formatter: p => AIMIL.esc(p.dataType === 'edge' ? p.data.value : p.data.name + ' — ' + AIMIL.shortIri(p.data.id)) },
      series: [{
        type: 'graph', layout: 'force', roam: true, draggable: true, categories,
        force: { repulsion: 420, edgeLength: [110, 190], gravity: 0.08, layoutAnimation: false },
        label: { show: true, position: 'right', width: 160, overflow: 'truncate' },
        edgeSymbol: ['none', 'arrow'], edgeSymbolSize: 7,
        edgeLabel: { show: true, fontSize: 10, color: '#666', formatter: p => p.data.value },
        lineStyle: { color: '#aaa', curveness: 0.12 },
        data: nodes, links
      }]
    };
  }

  function draw() {
    const box = document.getElementById('graph');
    if (!chart) {
      chart = echarts.init(box);
      chart.on('click', p => { if (p.dataType === 'node' && p.data.id !== center) show(p.data.id, true); });
      window.addEventListener('resize', () => chart.resize());
    }
    const opt = option();
    chart.setOption(opt, true);
    const name = opt.series[0].data[0].name;
    document.getElementById('graph-center').textContent = name;
    document.title = name + ' — ' + I18N.t('brand.name');
    const page = document.getElementById('graph-page');
    const href = AIMIL.pageHref(center);
    if (href === null) page.removeAttribute('href'); else page.setAttribute('href', href);
    document.getElementById('graph-status').textContent =
      I18N.t('graph.count', { n: opt.series[0].data.length - 1, e: opt.series[0].links.length });
    box.dataset.center = center;
    box.dataset.nodes = opt.series[0].data.length;
    box.dataset.links = opt.series[0].links.length;
  }

  async function show(iri, push) {
    center = iri;
    if (push) history.pushState({ iri }, '', '/graph?iri=' + encodeURIComponent(iri));
    document.getElementById('graph-status').textContent = I18N.t('loading');
    try {
      rows = (await AIMIL.sparql(query(iri))).results.bindings;
      draw();
    } catch (e) {
      document.getElementById('graph-status').textContent = I18N.t('error', { m: e.message || e });
    }
  }

  function fromUrl() {
    const iri = new URLSearchParams(location.search).get('iri') || AIMIL.RES + 'deep-learning';
    const full = iri.startsWith('res:') ? AIMIL.RES + iri.substring(4) : iri;
    return /^[^\s<>"{}|\\^`]+$/.test(full) ? full : AIMIL.RES + 'deep-learning';
  }

  document.addEventListener('DOMContentLoaded', () => show(fromUrl(), false));
  window.addEventListener('popstate', () => show(fromUrl(), false));
  document.addEventListener('aimil:lang', () => { if (rows) draw(); });
})();
