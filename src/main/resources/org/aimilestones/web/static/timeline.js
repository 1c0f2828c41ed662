// The timeline: every event (SPARQL) on an ECharts time axis, one row of lanes per kind (events that share a date
// stack in lanes of their own, see layout); undated events in rows below.
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
  const SYMBOL = 10;       // a point's size, px
  const ROW = 16;          // the height of one lane, px: a point and a gap
  const MIN_LANES = 2;     // lanes of a kind with few events, so that its name fits
  const LEFT = 190;
  const RIGHT = 30;
  const DAY = 86400000;
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

  // The layout: no two points overlap however many events share a date. Each kind gets as many lanes as it needs:
  // its events, in date order, go to the first lane whose last point is at least a point and a gap to the left at
  // the chart's width (so events on one date, or on dates too close to tell apart, stack in lanes of their own).
  // Undated events fill rows of a grid of their own below, as many columns as fit.
  function layout(width) {
    const kinds = [...new Set(events.map(e => e.kind))];
    const dated = events.filter(e => e.sort && !isNaN(Date.parse(e.sort)));
    const undated = events.filter(e => !dated.includes(e));
    const times = dated.map(e => Date.parse(e.sort));
    const first = times.length ? Math.min(...times) : 0;
    const last = times.length ? Math.max(...times) : 0;
    const pad = Math.max(30 * DAY, (last - first) * 0.03);
    const min = first - pad;
    const max = last + pad;
    const plot = Math.max(200, width - LEFT - RIGHT);
    const gap = (SYMBOL + 3) * (max - min) / plot;   // in ms: the least distance between two points of one lane
    const rows = [];                                   // [{kind, label}] top to bottom
    const points = new Map();                          // kind -> [{event, time, row}]
    kinds.forEach(k => {
      const lanes = [];                                // last time plotted in each lane
      const placed = dated.filter(e => e.kind === k).map(e => ({ event: e, time: Date.parse(e.sort) }))
        .sort((a, b) => a.time - b.time || a.event.iri.localeCompare(b.event.iri));
      placed.forEach(p => {
        let lane = lanes.findIndex(t => p.time - t >= gap);
        if (lane < 0) { lane = lanes.length; lanes.push(p.time); } else { lanes[lane] = p.time; }
        p.lane = lane;
      });
      const count = Math.max(MIN_LANES, lanes.length);
      const base = rows.length;
      for (let i = 0; i < count; i++) rows.push({ kind: k, label: i === Math.floor((count - 1) / 2) });
      placed.forEach(p => { p.row = base + p.lane; });
      points.set(k, placed);
    });
    const columns = Math.max(1, Math.floor(plot / (SYMBOL + 3)));
    const undatedRows = Math.max(1, Math.ceil(undated.length / columns));
    return { kinds, rows, points, undated, columns, undatedRows, min, max };
  }

  function option(width) {
    const l = layout(width);
    const kindName = k => AIMIL.pick(events.find(e => e.kind === k).kindLabel, AIMIL.shortIri(k));
    const undatedLane = I18N.t('timeline.undated');
    const point = e => ({ iri: e.iri, name: AIMIL.pick(e.label, e.iri), date: e.date || I18N.t('timeline.noDate') });
    const series = [];
    l.kinds.forEach((k, i) => {
      const style = { color: COLORS[i % COLORS.length] };
      const dated = l.points.get(k).map(p => Object.assign(point(p.event), { value: [p.time, p.row] }));
      const lane = l.undated.map((e, x) => e.kind === k
        ? Object.assign(point(e), { value: [x % l.columns, Math.floor(x / l.columns)] }) : null).filter(p => p);
      series.push({ type: 'scatter', name: kindName(k), xAxisIndex: 0, yAxisIndex: 0, data: dated, itemStyle: style, symbolSize: SYMBOL });
      series.push({ type: 'scatter', name: kindName(k), xAxisIndex: 1, yAxisIndex: 1, data: lane, itemStyle: style, symbolSize: SYMBOL });
    });
    const datedHeight = ROW * l.rows.length;
    const kindStarts = l.rows.map((r, i) => i === 0 || l.rows[i - 1].kind !== r.kind);
    return {
      animation: false,
      legend: { top: 0, type: 'scroll' },
      tooltip: { trigger: 'item', formatter: p => AIMIL.esc(p.data.name) + '<br>' + AIMIL.esc(p.seriesName) + ' · ' + AIMIL.esc(p.data.date) },
      grid: [{ top: 50, left: LEFT, right: RIGHT, height: datedHeight },
        { top: 100 + datedHeight, left: LEFT, right: RIGHT, height: ROW * l.undatedRows }],
      xAxis: [{ type: 'time', gridIndex: 0, min: l.min, max: l.max, splitLine: { show: true } },
        { type: 'category', gridIndex: 1, data: [...Array(l.columns).keys()], axisLabel: { show: false }, axisTick: { show: false } }],
      yAxis: [{ type: 'category', gridIndex: 0, inverse: true, data: l.rows.map((r, i) => String(i)),
        axisTick: { show: false },
        axisLabel: { interval: 0, formatter: (v, i) => l.rows[i] && l.rows[i].label ? kindName(l.rows[i].kind) : '' },
        splitLine: { show: true, interval: i => kindStarts[i] } },
      { type: 'category', gridIndex: 1, inverse: true, data: [...Array(l.undatedRows).keys()].map(String), axisTick: { show: false },
        axisLabel: { interval: 0, formatter: (v, i) => i === 0 ? undatedLane : '' } }],
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
    const width = box.clientWidth || 1000;
    const o = option(width);
    box.style.height = (o.grid[1].top + o.grid[1].height + 40) + 'px';
    if (!chart) {
      chart = echarts.init(box);
      chart.on('click', p => {
        const href = p.data && p.data.iri ? AIMIL.pageHref(p.data.iri) : null;
        if (href !== null) location.href = href;
      });
      let drawn = width;
      // the lanes depend on the width: drawn anew when it changes
      window.addEventListener('resize', () => { if (box.clientWidth !== drawn) { drawn = box.clientWidth; draw(); } });
    }
    chart.resize();
    chart.setOption(o, true);
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
