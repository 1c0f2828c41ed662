// The timeline: every event (SPARQL) on an ECharts time axis, one row per kind; undated events in a lane below.
(function () {
  const QUERY = `PREFIX aimil: <https://w3id.org/ai-milestones/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?event ?kind (SAMPLE(?date) AS ?d) (SAMPLE(?sort) AS ?s) (SAMPLE(?en) AS ?labelEn) (SAMPLE(?zh) AS ?labelZh)
       (SAMPLE(?ken) AS ?kindEn) (SAMPLE(?kzh) AS ?kindZh)
WHERE {
  ?event a ?kind . ?kind rdfs:subClassOf* aimil:Event .
  FILTER NOT EXISTS { ?event a ?sub . ?sub rdfs:subClassOf+ ?kind . FILTER(?sub != ?kind) }
  OPTIONAL { ?event rdfs:label ?en FILTER(lang(?en) = "en") }
  OPTIONAL { ?event rdfs:label ?zh FILTER(lang(?zh) = "zh") }
  OPTIONAL { ?kind rdfs:label ?ken FILTER(lang(?ken) = "en") }
  OPTIONAL { ?kind rdfs:label ?kzh FILTER(lang(?kzh) = "zh") }
  OPTIONAL { ?event aimil:date ?date }
  OPTIONAL { ?event aimil:sortDate ?sort }
}
GROUP BY ?event ?kind
ORDER BY ?s ?labelEn`;
  const COLORS = ['#5470c6', '#91cc75', '#fac858', '#ee6666', '#73c0de', '#3ba272', '#fc8452', '#9a60b4',
    '#ea7ccc', '#2f4554', '#c23531', '#61a0a8', '#d48265', '#749f83'];
  const OFFSET = 9;
  const LANE = 40;
  let events = null;
  let chart = null;

  function load(bindings) {
    const seen = new Set();
    return bindings.filter(b => !seen.has(b.event.value) && seen.add(b.event.value)).map(b => ({
      iri: b.event.value, kind: b.kind.value,
      kindLabel: { en: b.kindEn && b.kindEn.value, zh: b.kindZh && b.kindZh.value },
      label: { en: b.labelEn && b.labelEn.value, zh: b.labelZh && b.labelZh.value },
      date: b.d && b.d.value, sort: b.s && b.s.value
    }));
  }

  function option() {
    const kinds = [...new Set(events.map(e => e.kind))];
    const kindName = k => AIMIL.pick(events.find(e => e.kind === k).kindLabel, AIMIL.shortIri(k));
    const undatedLane = I18N.t('timeline.undated');
    const undated = events.filter(e => !e.sort);
    const stackSize = {};
    events.filter(e => e.sort).forEach(e => { stackSize[e.kind + e.sort] = (stackSize[e.kind + e.sort] || 0) + 1; });
    const stacked = {};
    const series = [];
    kinds.forEach((k, i) => {
      const style = { color: COLORS[i % COLORS.length] };
      const point = e => ({ iri: e.iri, name: AIMIL.pick(e.label, e.iri), date: e.date || I18N.t('timeline.noDate') });
      const dated = events.filter(e => e.kind === k && e.sort).map(e => {
        const key = k + e.sort;
        const n = stacked[key] = (stacked[key] || 0) + 1;
        const offset = (n - 1 - (stackSize[key] - 1) / 2) * OFFSET;
        return Object.assign(point(e), { value: [e.sort, kindName(k)], symbolOffset: [0, offset] });
      });
      const lane = undated.map((e, x) => e.kind === k ? Object.assign(point(e), { value: [x, undatedLane] }) : null)
        .filter(p => p);
      series.push({ type: 'scatter', name: kindName(k), xAxisIndex: 0, yAxisIndex: 0, data: dated, itemStyle: style, symbolSize: 10 });
      series.push({ type: 'scatter', name: kindName(k), xAxisIndex: 1, yAxisIndex: 1, data: lane, itemStyle: style, symbolSize: 10 });
    });
    return {
      animation: false,
      legend: { top: 0, type: 'scroll' },
      tooltip: { trigger: 'item', formatter: p => AIMIL.esc(p.data.name) + '<br>' + AIMIL.esc(p.seriesName) + ' · ' + AIMIL.esc(p.data.date) },
      grid: [{ top: 50, left: 190, right: 30, height: LANE * kinds.length }, { top: 100 + LANE * kinds.length, left: 190, right: 30, height: 40 }],
      xAxis: [{ type: 'time', gridIndex: 0, splitLine: { show: true } },
        { type: 'category', gridIndex: 1, data: undated.map((e, x) => x), axisLabel: { show: false }, axisTick: { show: false } }],
      yAxis: [{ type: 'category', gridIndex: 0, data: kinds.map(kindName), splitLine: { show: true } },
        { type: 'category', gridIndex: 1, data: [undatedLane] }],
      dataZoom: [{ type: 'inside', xAxisIndex: 0 }],
      series
    };
  }

  function list() {
    const ol = document.getElementById('timeline-list');
    const kinds = [...new Set(events.map(e => e.kind))];
    ol.innerHTML = events.map(e => '<li><span class="dot"></span>'
      + '<span class="date">' + AIMIL.esc(e.date || I18N.t('timeline.noDate')) + '</span> '
      + AIMIL.link(AIMIL.pageOf(e.iri), AIMIL.esc(AIMIL.pick(e.label, e.iri))) + ' '
      + '<span class="type">' + AIMIL.esc(AIMIL.pick(e.kindLabel, AIMIL.shortIri(e.kind))) + '</span></li>').join('');
    // colours through the style object: a style attribute in markup is inline style, which the CSP refuses
    ol.querySelectorAll('.dot').forEach((dot, i) => {
      dot.style.background = COLORS[kinds.indexOf(events[i].kind) % COLORS.length];
    });
  }

  function draw() {
    const box = document.getElementById('timeline');
    const kinds = new Set(events.map(e => e.kind)).size;
    box.style.height = (200 + LANE * kinds) + 'px';
    if (!chart) {
      chart = echarts.init(box);
      chart.on('click', p => {
        const href = p.data && p.data.iri ? AIMIL.pageHref(p.data.iri) : null;
        if (href !== null) location.href = href;
      });
      window.addEventListener('resize', () => chart.resize());
    }
    chart.resize();
    chart.setOption(option(), true);
    const plotted = chart.getOption().series.reduce((n, s) => n + s.data.length, 0);
    box.dataset.events = events.length;
    box.dataset.plotted = plotted;
    document.getElementById('timeline-status').textContent =
      I18N.t('timeline.count', { n: events.length, u: events.filter(e => !e.sort).length });
    list();
  }

  document.addEventListener('DOMContentLoaded', async () => {
    try {
      events = load((await AIMIL.sparql(QUERY)).results.bindings);
      draw();
    } catch (e) {
      document.getElementById('timeline-status').textContent = I18N.t('error', { m: e.message || e });
    }
  });
  document.addEventListener('aimil:lang', () => { if (events) draw(); });
})();
