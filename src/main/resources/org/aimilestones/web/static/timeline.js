// The timeline: every event of the graph drawn over the span its date means (a year across its year, a month across
// its month, a day as a day; an event the sources date differently once per claimed date, dashed), one lane per kind
// of event present, each event labelled, or counted in a cluster where labels would collide; undated events listed
// apart; filters (kind, topic, organization) and a zoom window that the chart and the list below it share.
// One SPARQL query (QUERY) brings all of it: the events, the date claims of disputed events, and the labels of the
// kinds, topics and organizations the filters offer.
(function () {
  const QUERY = `PREFIX aimil: <https://w3id.org/ai-milestones/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?part ?event ?kind ?date ?sort ?basis ?en ?zh ?topics ?orgs ?term
WHERE {
  {
    # each event: its kind (the most specific class of events it has), date, sort date, labels, topics, organizations
    SELECT ("event" AS ?part) ?event (SAMPLE(?k) AS ?kind) (SAMPLE(?d) AS ?date) (SAMPLE(?s) AS ?sort)
           (SAMPLE(?b) AS ?basis) (SAMPLE(?le) AS ?en) (SAMPLE(?lz) AS ?zh)
           (GROUP_CONCAT(DISTINCT STR(?topic); separator=" ") AS ?topics)
           (GROUP_CONCAT(DISTINCT STR(?org); separator=" ") AS ?orgs)
    WHERE {
      ?event a ?k . ?k rdfs:subClassOf* aimil:Event .
      FILTER NOT EXISTS { ?event a ?sub . ?sub rdfs:subClassOf+ ?k . FILTER(?sub != ?k) }
      OPTIONAL { ?event rdfs:label ?le FILTER(lang(?le) = "en") }
      OPTIONAL { ?event rdfs:label ?lz FILTER(lang(?lz) = "zh") }
      OPTIONAL { ?event aimil:date ?d }
      OPTIONAL { ?event aimil:sortDate ?s }
      OPTIONAL { ?event aimil:dateBasis ?b }
      OPTIONAL { ?event aimil:topic ?topic }
      OPTIONAL { ?event aimil:participant|aimil:about ?org . ?org a/rdfs:subClassOf* aimil:Organization }
    }
    GROUP BY ?event
  }
  UNION
  {
    # the dates the sources claim for an event they date differently, each with its label (which names the source)
    SELECT ("claim" AS ?part) ?event ?date ?en ?zh
    WHERE {
      ?claim a aimil:DateClaim ; aimil:about ?event ; aimil:claimedDate ?date .
      OPTIONAL { ?claim rdfs:label ?en FILTER(lang(?en) = "en") }
      OPTIONAL { ?claim rdfs:label ?zh FILTER(lang(?zh) = "zh") }
    }
  }
  UNION
  {
    # the labels of the kinds, topics and organizations of the events
    SELECT ("term" AS ?part) ?term (SAMPLE(?le) AS ?en) (SAMPLE(?lz) AS ?zh)
    WHERE {
      { SELECT DISTINCT ?term WHERE {
          ?e a ?k . ?k rdfs:subClassOf* aimil:Event .
          { ?e a ?term . ?term rdfs:subClassOf* aimil:Event }
          UNION { ?e aimil:topic ?term }
          UNION { ?e aimil:participant|aimil:about ?term . ?term a/rdfs:subClassOf* aimil:Organization } } }
      OPTIONAL { ?term rdfs:label ?le FILTER(lang(?le) = "en") }
      OPTIONAL { ?term rdfs:label ?lz FILTER(lang(?lz) = "zh") }
    }
    GROUP BY ?term
  }
}`;
  const XSD = 'http://www.w3.org/2001/XMLSchema#';
  const DISPUTED = 'https://w3id.org/ai-milestones/ontology#DateDisputed';
  const COLORS = ['#3b5bdb', '#2b8a3e', '#e8590c', '#c2255c', '#0b7285', '#7048e8', '#a61e4d', '#5c940d',
    '#d9480f', '#1864ab', '#862e9c', '#087f5b', '#e67700', '#495057', '#364fc7', '#2f9e44'];
  const FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans CJK SC", "PingFang SC", sans-serif';
  const FONT_SIZE = 12;
  const ROW = 19;           // px: one row of a lane (a bar with its label)
  const BAR = 15;           // px: a bar's height in its row
  const HEAD = 16;          // px: a lane's heading (the kind and its count) on a narrow screen
  const GUTTER = 172;       // px: the lanes' headings left of the plot on a wide screen
  const WIDE = 700;         // px: from this chart width on, the headings go in the gutter
  const LANE_GAP = 3;       // px between lanes
  const GAP = 6;            // px between two things in one row
  const MIN_BAR = 3;        // px: the narrowest bar (a day, seen from afar)
  const MAX_LABEL = 124;    // px: a longer label is cut short (the whole of it is in the tooltip and the list)
  const MIN_BUCKET = 30;    // px: the narrowest stretch of time a cluster counts the events of
  const TOP = 28;           // px: the time axis above the lanes
  const BOTTOM = 66;        // px: the time axis below them and the zoom slider
  const LIST_MAX = 1500;    // the list shows at most so many events of the window (zoom in or filter for the rest)
  const DAY = 86400000;
  const MIN_SPAN = 7 * DAY; // the narrowest window: a week
  const MONTH = 30.44 * DAY;
  const YEAR = 365.25 * DAY;
  // the stretches of time clusters count by, the smallest that is at least MIN_BUCKET wide at the zoom
  const BUCKETS = [[1, 'day'], [7, 'day'], [1, 'month'], [3, 'month'], [6, 'month'], [1, 'year'], [2, 'year'],
    [5, 'year'], [10, 'year'], [25, 'year'], [50, 'year'], [100, 'year'], [1000, 'year']];

  let events = null;        // [{iri, kind, label, topics, orgs, spans, disputed, first}]
  let terms = new Map();    // IRI -> {en, zh}: kinds, topics, organizations
  let kindOrder = [];       // kinds by their number of events, the colour of each by its place here
  let extent = null;        // {min, max}: the axis' whole range, the data with half a year either side
  let view = null;          // {start, end}: the zoom window
  let filter = { kind: '', topic: '', org: '' };
  let chart = null;
  let height = 0;           // px: the chart's height the rows are shared out in (chosen anew with filters and width)

  // ---- data ----

  function labels(b) {
    return { en: b.en && b.en.value, zh: b.zh && b.zh.value };
  }

  // the UTC time of a day, for any year (Date.UTC reads the years 0 to 99 as the 20th century's)
  function utc(y, m, d) {
    const t = new Date(0);
    t.setUTCFullYear(y, m, d);
    t.setUTCHours(0, 0, 0, 0);
    return t.getTime();
  }

  // The span a date literal means: its precision from the datatype (xsd:gYear, xsd:gYearMonth, xsd:date), else
  // from its form; {start, end (exclusive), precision} or null for a value that is no date.
  function period(value, datatype) {
    const m = /^(-?\d{4,})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(value || '');
    if (!m) return null;
    let precision = datatype === XSD + 'gYear' ? 'year' : datatype === XSD + 'gYearMonth' ? 'month'
      : datatype === XSD + 'date' || datatype === XSD + 'dateTime' ? 'day' : m[3] ? 'day' : m[2] ? 'month' : 'year';
    if (precision === 'day' && !m[3]) precision = m[2] ? 'month' : 'year';
    if (precision === 'month' && !m[2]) precision = 'year';
    const y = Number(m[1]);
    const mo = precision === 'year' ? 0 : Number(m[2]) - 1;
    const d = precision === 'day' ? Number(m[3]) : 1;
    const start = utc(y, mo, d);
    const end = precision === 'year' ? utc(y + 1, 0, 1) : precision === 'month' ? utc(y, mo + 1, 1) : utc(y, mo, d + 1);
    return isNaN(start) ? null : { start, end, precision };
  }

  function load(bindings) {
    const claims = new Map();
    const list = [];
    const seen = new Set();
    terms = new Map();
    bindings.forEach(b => {
      const part = b.part.value;
      if (part === 'term') {
        terms.set(b.term.value, labels(b));
      } else if (part === 'claim') {
        const p = b.date && period(b.date.value, b.date.datatype);
        if (!p) return;
        if (!claims.has(b.event.value)) claims.set(b.event.value, []);
        claims.get(b.event.value).push(Object.assign(p, { claims: [labels(b)] }));
      } else if (!seen.has(b.event.value)) {
        seen.add(b.event.value);
        list.push({
          iri: b.event.value, kind: b.kind.value, label: labels(b),
          topics: b.topics && b.topics.value ? b.topics.value.split(' ') : [],
          orgs: b.orgs && b.orgs.value ? b.orgs.value.split(' ') : [],
          date: b.date && period(b.date.value, b.date.datatype),
          sort: b.sort && period(b.sort.value, XSD + 'date'),
          basis: b.basis && b.basis.value
        });
      }
    });
    list.forEach(e => {
      const claimed = claims.get(e.iri) || [];
      e.disputed = !e.date && (claimed.length > 0 || e.basis === DISPUTED);
      if (e.date) {
        e.spans = [e.date];
      } else if (claimed.length) {
        // one span per claimed date; two sources claiming the same date share it
        const spans = [];
        claimed.sort((a, b) => a.start - b.start || a.end - b.end).forEach(c => {
          const same = spans.find(s => s.start === c.start && s.end === c.end);
          if (same) same.claims.push(...c.claims); else spans.push(c);
        });
        e.spans = spans;
      } else {
        // a sort date alone (no date, no claim) says only the day it sorts by
        e.spans = e.sort ? [e.sort] : [];
      }
      e.spans.forEach(s => { s.event = e; });
      e.first = e.spans.length ? e.spans[0].start : null;
    });
    const count = new Map();
    list.forEach(e => count.set(e.kind, (count.get(e.kind) || 0) + 1));
    kindOrder = [...count.keys()].sort((a, b) => count.get(b) - count.get(a) || a.localeCompare(b));
    list.sort((a, b) => (a.first === null) - (b.first === null) || a.first - b.first
      || (a.spans.length && b.spans.length ? b.spans[0].end - a.spans[0].end : 0) || name(a).localeCompare(name(b)));
    return list;
  }

  // ---- words ----

  function name(e) {
    return AIMIL.pick(e.label, e.iri);
  }

  function termName(iri) {
    return AIMIL.pick(terms.get(iri), AIMIL.shortIri(iri));
  }

  function color(kind) {
    return COLORS[Math.max(0, kindOrder.indexOf(kind)) % COLORS.length];
  }

  const formats = new Map();
  // a date at its precision in the UI language (year; month and year; day, month and year), by Intl
  function dateText(span) {
    const locale = I18N.lang() === 'zh' ? 'zh-CN' : 'en-GB';
    const key = locale + span.precision;
    if (!formats.has(key)) {
      const options = { timeZone: 'UTC', year: 'numeric' };
      if (span.precision !== 'year') options.month = 'short';
      if (span.precision === 'day') options.day = 'numeric';
      formats.set(key, new Intl.DateTimeFormat(locale, options));
    }
    return formats.get(key).format(new Date(span.start));
  }

  function eventDates(e) {
    return e.spans.map(dateText).join(' / ');
  }

  let measure = null;
  const widths = new Map();
  // the px a text takes in the chart's font (bold: as the clusters' counts are drawn)
  function textWidth(text, bold) {
    const key = (bold ? 'b' : 'n') + text;
    if (!widths.has(key)) {
      if (!measure) measure = document.createElement('canvas').getContext('2d');
      measure.font = (bold ? 'bold ' : '') + FONT_SIZE + 'px ' + FONT_FAMILY;
      // two pixels more: ECharts cuts a text short when it is not narrower than its width less one pixel
      widths.set(key, Math.ceil(measure.measureText(text).width) + 2);
    }
    return widths.get(key);
  }

  // ---- what is shown ----

  function matches(e) {
    return (!filter.kind || e.kind === filter.kind) && (!filter.topic || e.topics.includes(filter.topic))
      && (!filter.org || e.orgs.includes(filter.org));
  }

  function inView(e) {
    return e.spans.some(s => s.end > view.start && s.start < view.end);
  }

  // the least and the greatest of f over a list (of any length: no spread into Math.min's arguments)
  function least(list, f) {
    return list.reduce((t, x) => Math.min(t, f(x)), Infinity);
  }

  function most(list, f) {
    return list.reduce((t, x) => Math.max(t, f(x)), -Infinity);
  }

  function yearOf(t) {
    return new Date(t).getUTCFullYear();
  }

  function computeExtent() {
    const dated = events.filter(e => e.spans.length);
    if (!dated.length) return null;
    const first = least(dated, e => e.spans[0].start);
    const last = most(dated, e => most(e.spans, s => s.end));
    // whole years, and half a year more either side: every year has its tick, the first and the last bar room
    const min = utc(yearOf(first) - 1, 6, 1);
    const lastYear = yearOf(last - 1);
    return { min, max: utc(lastYear + 1, 6, 1), firstYear: yearOf(first), lastYear };
  }

  // ---- the layout ----

  // One lane per kind with matching events in the window. In each lane the spans of the window, in time order, take
  // the first row where they fit (bar and label; bars may touch, labels keep a gap); a lane given fewer rows than it
  // needs keeps its last row (or two) for the rest, counted by stretch of time in clusters, where a span alone in its
  // stretch keeps its label if it fits. The chart's height is chosen when the filters or the width change (not on
  // zoom, so the page does not jump), and its rows are shared out among the lanes by need.
  function lanesOf(matching) {
    const kinds = kindOrder.filter(k => matching.some(e => e.kind === k && e.spans.length));
    return kinds.map(kind => ({ kind, events: matching.filter(e => e.kind === kind && e.spans.length) }));
  }

  function items(lane, width) {
    const scale = width / (view.end - view.start);
    const out = [];
    lane.events.forEach(e => e.spans.forEach(s => {
      if (!(s.end > view.start && s.start < view.end)) return;
      const x0 = (s.start - view.start) * scale;
      const x1 = Math.max((s.end - view.start) * scale, x0 + MIN_BAR);
      const bx0 = Math.max(0, x0);
      const bx1 = Math.min(width, x1);
      const label = name(e);
      // a label as long as its bar, at least MAX_LABEL where it has to go beyond it
      const lw = Math.min(textWidth(label), Math.max(MAX_LABEL, bx1 - bx0 - 8), width);
      let lx = bx0 + 4;
      if (lx + lw > width) lx = Math.max(0, width - lw);
      // what it takes of its row: its bar (bars of one row may touch) and its label with a gap after it
      out.push({ span: s, event: e, text: label, bx0, bx1: Math.max(bx1, bx0 + MIN_BAR), lx, lw,
        a: Math.min(bx0, lx), b: Math.max(bx1, bx0 + MIN_BAR, lx + lw + GAP) });
    }));
    out.sort((p, q) => p.a - q.a || q.b - p.b || p.text.localeCompare(q.text));
    return out;
  }

  // a row's labels cut short at MAX_LABEL take the room up to the next thing of their row
  function widen(row) {
    const width = plotWidth();
    row.forEach((it, n) => {
      const next = row[n + 1];
      const room = (next ? next.a : width + GAP) - GAP - it.lx;
      const lw = Math.min(textWidth(it.text), room);
      if (lw > it.lw) {
        it.lw = lw;
        it.b = Math.max(it.b, it.lx + lw + GAP);
      }
    });
  }

  // first fit into at most rows rows; returns {placed: [[item…] per row], rest: [item…]}
  function pack(list, rows) {
    const ends = [];
    const placed = [];
    const rest = [];
    list.forEach(it => {
      let r = ends.findIndex(end => it.a >= end);
      if (r < 0 && ends.length < rows) { r = ends.length; ends.push(0); placed.push([]); }
      if (r < 0) { rest.push(it); return; }
      ends[r] = it.b;
      placed[r].push(it);
    });
    return { placed, rest };
  }

  // The last row of a crowded lane: the spans left over, counted by stretch of time (a year, a month… as wide as
  // the zoom allows); a stretch with one span shows it labelled where the label fits before the next stretch.
  // long: count the spans by their own precision (a year's events across the year), for spans longer than the
  // stretch of time the zoom counts by
  function clusterRow(list, width, long) {
    const scale = width / (view.end - view.start);
    const unit = bucketUnit(scale);
    const px = t => Math.min(width, Math.max(0, (t - view.start) * scale));
    const buckets = new Map();
    list.forEach(it => {
      const b = bucketOf(Math.max(it.span.start, view.start), long ? PRECISION[it.span.precision] : unit);
      const key = b.start + '/' + b.end;
      if (!buckets.has(key)) buckets.set(key, Object.assign(b, { members: [] }));
      buckets.get(key).members.push(it);
    });
    const out = [];
    const ordered = [...buckets.values()].sort((p, q) => p.start - q.start || p.end - q.end);
    let end = -Infinity;
    ordered.forEach((b, i) => {
      const bx0 = px(b.start);
      const bx1 = px(b.end);
      const next = ordered[i + 1];
      const single = b.members.length === 1 ? b.members[0] : null;
      if (single && single.a >= end && single.b <= (next ? px(next.start) : width + GAP)) {
        out.push({ single, a: single.a, b: single.b });
        end = single.b;
        return;
      }
      const n = b.members.length;
      const text = [I18N.t('timeline.more', { n }), '+' + n, String(n)].find(t => textWidth(t, true) + 6 <= bx1 - bx0)
        || String(n);
      const w = textWidth(text, true) + 6;
      // the badge where its first event is, inside its stretch of time where it fits, after what is drawn before it
      const first = least(b.members, m => m.bx0);
      const last = long ? bx1 : most(b.members, m => m.bx1);
      let a = Math.max(bx0 + 1, Math.min(first, bx1 - w));
      if (a + w > width) a = width - w;
      a = Math.max(a, end);
      const right = Math.max(a + w, Math.min(last, bx1 - 1));
      out.push({ members: b.members, bucket: b, bx0: a, bx1: right, text, lw: w - 6, lx: a + 3, a, b: right + GAP });
      end = right + GAP;
    });
    return out;
  }


  // rows for each lane: each at least one, then one more at a time to the lane with the fewest rows among those that
  // need more (the lane that needs most first among equals), so that small lanes show all their labels and the big
  // ones share the rest
  function shareRows(needs, total) {
    const rows = needs.map(() => 1);
    let left = total - rows.length;
    while (left > 0) {
      let best = -1;
      needs.forEach((n, i) => {
        if (n > rows[i] && (best < 0 || rows[i] < rows[best] || rows[i] === rows[best] && n > needs[best])) best = i;
      });
      if (best < 0) break;
      rows[best]++;
      left--;
    }
    return rows;
  }

  // the grid: on a wide chart the lanes' headings take a gutter on the left, on a narrow one a line of each lane
  function grid() {
    const wide = chart.getWidth() >= WIDE;
    return { top: TOP, bottom: BOTTOM, left: wide ? GUTTER : 4, right: 8, head: wide ? 0 : HEAD };
  }

  function plotWidth() {
    const g = grid();
    return Math.max(120, chart.getWidth() - g.left - g.right);
  }

  function bucketOf(t, unit) {
    const [k, u] = unit;
    const d = new Date(t);
    const y = d.getUTCFullYear();
    const m = d.getUTCMonth();
    if (u === 'year') {
      const start = y - (((y % k) + k) % k);
      return { start: utc(start, 0, 1), end: utc(start + k, 0, 1) };
    }
    if (u === 'month') return { start: utc(y, m - (m % k), 1), end: utc(y, m - (m % k) + k, 1) };
    const day = utc(y, m, d.getUTCDate());
    const start = k === 1 ? day : day - ((new Date(day).getUTCDay() + 6) % 7) * DAY;   // weeks from Monday
    return { start, end: start + k * DAY };
  }

  const PRECISION = { year: [1, 'year'], month: [1, 'month'], day: [1, 'day'] };

  function unitMs([k, u]) {
    return k * (u === 'day' ? DAY : u === 'month' ? MONTH : YEAR);
  }

  function bucketUnit(scale) {
    return BUCKETS.find(b => unitMs(b) * scale >= MIN_BUCKET) || BUCKETS[BUCKETS.length - 1];
  }

  // is the span longer than the stretch of time clusters count by at this zoom (a year's event, zoomed to months)?
  function isLong(it, width) {
    return unitMs(PRECISION[it.span.precision]) > unitMs(bucketUnit(width / (view.end - view.start)));
  }

  // the chart's height for the matching events at the current window: each lane's need, up to most of the window
  // the rows each lane needs to label every span of the window (at most 60)
  function needs(all) {
    return all.map(list => {
      const p = pack(list, 60);
      return Math.max(1, p.placed.length + (p.rest.length ? 1 : 0));
    });
  }

  // the chart's height for the matching events at the current window: what the lanes need, up to most of a screen
  function chooseHeight(lanes) {
    const g = grid();
    const width = plotWidth();
    const fixed = g.top + g.bottom + lanes.length * (g.head + LANE_GAP);
    const least = fixed + lanes.length * ROW;
    const most = Math.max(least, Math.max(480, Math.min(1200, window.innerHeight - 40)));
    const rows = needs(lanes.map(l => items(l, width))).reduce((s, n) => s + n, 0);
    return Math.min(most, fixed + ROW * rows);
  }

  function layout(every) {
    // the lanes of the kinds with events in the window: none empty, at any zoom
    const lanes = every.filter(l => l.events.some(inView));
    const g = grid();
    const width = plotWidth();
    const all = lanes.map(l => items(l, width));
    const fixed = g.top + g.bottom + lanes.length * (g.head + LANE_GAP);
    const total = Math.max(lanes.length, Math.floor((height - fixed) / ROW));
    const need = needs(all);
    const rows = shareRows(need, total);
    const out = { lanes: [], bars: [], clusters: [], width, grid: g };
    let y = g.top;
    lanes.forEach((lane, i) => {
      const r = rows[i];
      const fits = need[i] <= r && !pack(all[i], r).rest.length;
      let { placed, rest } = pack(all[i], fits ? r : r - 1);
      // the spans left over: long ones (a year's events, zoomed in to months) counted across their own span in a
      // row of their own where the lane has rows enough, short ones by the zoom's stretch of time
      let leftover = [rest];
      let long = rest.filter(it => isLong(it, width));
      if (long.length && long.length < rest.length && r >= 3) {
        ({ placed, rest } = pack(all[i], r - 2));
        long = rest.filter(it => isLong(it, width));
        leftover = long.length && long.length < rest.length ? [long, rest.filter(it => !isLong(it, width))] : [rest];
      }
      const laneTop = y;
      const rowY = k => laneTop + g.head + k * ROW;
      placed.forEach(widen);
      placed.forEach((row, k) => row.forEach(it => out.bars.push(Object.assign(it, { lane: i, row: k, y: rowY(k) }))));
      if (!fits) {
        leftover.forEach((list, n) => {
          const k = r - leftover.length + n;
          clusterRow(list, width, leftover.length > 1 && n === 0).forEach(c => {
            if (c.single) out.bars.push(Object.assign(c.single, { lane: i, row: k, y: rowY(k) }));
            else out.clusters.push(Object.assign(c, { lane: i, row: k, y: rowY(k) }));
          });
        });
      }
      const count = lane.events.filter(inView).length;
      out.lanes.push({ kind: lane.kind, y: laneTop, h: g.head + r * ROW, rows: r, count, total: lane.events.length });
      y += g.head + r * ROW + LANE_GAP;
    });
    out.end = Math.max(y - LANE_GAP, g.top + ROW);   // a window with no event keeps a row's height
    out.height = out.end + g.bottom;
    return out;
  }

  // ---- the chart ----

  function text(x, y, content, style) {
    return { type: 'text', x, y, silent: true, style: Object.assign({ text: content, fontSize: FONT_SIZE,
      fontFamily: FONT_FAMILY, verticalAlign: 'middle', fill: '#1d2330' }, style) };
  }

  // a lane: its band, its colour, its kind and how many of its events the window holds
  function laneShape(l, lane, index) {
    const g = l.grid;
    const full = g.left + l.width + g.right;
    const count = lane.count === lane.total ? String(lane.total)
      : I18N.t('timeline.laneCount', { n: lane.count, total: lane.total });
    const children = [
      { type: 'rect', silent: true, shape: { x: 0, y: lane.y, width: full, height: lane.h },
        style: { fill: index % 2 ? 'rgba(255, 255, 255, 0)' : 'rgba(214, 220, 234, 0.35)' } },
      { type: 'rect', silent: true, shape: { x: 0, y: lane.y, width: 4, height: lane.h }, style: { fill: color(lane.kind) } }];
    const heading = { fontWeight: 'bold', fill: color(lane.kind), overflow: 'truncate', ellipsis: '…' };
    const muted = { fill: '#5d6575', overflow: 'truncate', ellipsis: '…' };
    if (g.head) {
      // over the plot: on a white ground, so that the axis' lines do not cross it
      children.push(text(10, lane.y + g.head / 2, termName(lane.kind) + ' · ' + count,
        Object.assign(heading, { width: Math.min(full - 16, textWidth(termName(lane.kind) + ' · ' + count, true) + 6),
          backgroundColor: 'rgba(255, 255, 255, 0.9)', padding: [0, 3] })));
    } else if (lane.rows > 1) {
      children.push(text(10, lane.y + ROW / 2, termName(lane.kind), Object.assign(heading, { width: g.left - 14 })));
      children.push(text(10, lane.y + ROW * 1.5, count, Object.assign(muted, { width: g.left - 14 })));
    } else {
      children.push(text(10, lane.y + ROW / 2, termName(lane.kind) + ' · ' + lane.count,
        Object.assign(heading, { width: g.left - 14 })));
    }
    return { type: 'group', children };
  }

  function series(l) {
    const left = l.grid.left;
    return [{
      type: 'custom', id: 'lanes', silent: true, clip: false, z: 1,
      data: l.lanes.map(lane => ({ value: [view.start, view.end], kind: lane.kind, rows: lane.rows,
        box: [0, lane.y, left + l.width + l.grid.right, lane.h] })),
      renderItem: params => laneShape(l, l.lanes[params.dataIndex], params.dataIndex)
    }, {
      type: 'custom', id: 'events', clip: false, z: 3,
      data: l.bars.map(it => ({
        value: [it.span.start, it.span.end], iri: it.event.iri, name: it.text, label: it.text, kind: it.event.kind,
        precision: it.span.precision, disputed: it.event.disputed, lane: it.lane, row: it.row,
        box: [left + it.a, it.y, it.b - it.a, ROW], bar: [left + it.bx0, it.bx1 - it.bx0],
        at: [left + it.lx + Math.min(it.lw, 24) / 2, it.y + ROW / 2]
      })),
      renderItem: params => {
        const it = l.bars[params.dataIndex];
        const c = color(it.event.kind);
        const top = it.y + (ROW - BAR) / 2;
        return { type: 'group', children: [
          { type: 'rect', shape: { x: left + it.bx0, y: top, width: it.bx1 - it.bx0, height: BAR, r: 2 },
            style: { fill: c, opacity: 0.2, stroke: c, lineWidth: 1, lineDash: it.event.disputed ? [4, 3] : null } },
          { type: 'rect', shape: { x: left + it.bx0, y: top, width: Math.min(3, it.bx1 - it.bx0), height: BAR },
            style: { fill: c } },
          text(left + it.lx, it.y + ROW / 2, it.text, { width: it.lw, overflow: 'truncate', ellipsis: '…',
            fontStyle: it.event.disputed ? 'italic' : 'normal' })
        ] };
      }
    }, {
      type: 'custom', id: 'clusters', clip: false, z: 3,
      data: l.clusters.map(c => ({
        value: [least(c.members, m => m.span.start), most(c.members, m => m.span.end)],
        cluster: true, count: c.members.length, members: c.members.map(m => m.event.iri), label: c.text,
        names: c.members.map(m => m.text), lane: c.lane, row: c.row,
        box: [left + c.a, c.y, c.b - c.a, ROW], at: [left + c.lx + c.lw / 2, c.y + ROW / 2]
      })),
      renderItem: params => {
        const c = l.clusters[params.dataIndex];
        const top = c.y + (ROW - BAR) / 2;
        return { type: 'group', children: [
          { type: 'rect', shape: { x: left + c.bx0, y: top, width: c.bx1 - c.bx0, height: BAR, r: 7 },
            style: { fill: '#5d6575', opacity: 0.9 } },
          text(left + c.lx, c.y + ROW / 2, c.text, { fill: '#ffffff', fontWeight: 'bold' })
        ] };
      }
    }];
  }

  function tooltip(p) {
    const d = p.data;
    if (!d) return '';
    if (d.cluster) {
      const names = d.names.slice(0, 8).join('\n') + (d.names.length > 8 ? '\n…' : '');
      return I18N.t('timeline.clusterTip', { n: d.count }) + '\n' + names;
    }
    const e = events.find(x => x.iri === d.iri);
    if (!e) return '';
    let tip = name(e) + '\n' + termName(e.kind) + ' · ' + eventDates(e);
    if (e.disputed) {
      tip += '\n' + I18N.t('timeline.disputedTip') + '\n'
        + e.spans.map(s => (s.claims || [null]).map(c => '· ' + (c ? AIMIL.pick(c, dateText(s)) : dateText(s)))
          .join('\n')).join('\n');
    }
    return tip;
  }

  // the tick labels: a year at the start of a year, else a month (with its year), else a day (without), in the UI
  // language
  function tick(value) {
    const d = new Date(value);
    if (d.getUTCMonth() === 0 && d.getUTCDate() === 1) return String(d.getUTCFullYear());
    if (d.getUTCDate() === 1) return dateText({ start: value, precision: 'month' });
    const locale = I18N.lang() === 'zh' ? 'zh-CN' : 'en-GB';
    if (!formats.has(locale + 'tick')) {
      formats.set(locale + 'tick', new Intl.DateTimeFormat(locale, { timeZone: 'UTC', month: 'short', day: 'numeric' }));
    }
    return formats.get(locale + 'tick').format(d);
  }

  function option(l) {
    const years = (view.end - view.start) / YEAR;
    const g = l.grid;
    const axis = position => ({
      type: 'time', position, min: extent.min, max: extent.max, gridIndex: 0,
      // a tick a year while years are shown, else as many as fit (months, days)
      splitNumber: years >= 2 ? Math.max(2, Math.min(Math.ceil(years), Math.floor(l.width / 46)))
        : Math.max(2, Math.floor(l.width / 80)),
      axisLabel: { formatter: tick, hideOverlap: true, color: '#1d2330', fontFamily: FONT_FAMILY },
      axisLine: { show: true, lineStyle: { color: '#5d6575' } }, axisTick: { show: true },
      // under the lanes (their grounds are translucent), so that nothing is drawn over a heading or a label
      splitLine: { show: position === 'top', lineStyle: { color: '#c9ced8' } }, z: 0
    });
    return {
      animation: false,
      textStyle: { fontFamily: FONT_FAMILY },
      tooltip: { trigger: 'item', renderMode: 'richText', confine: true, formatter: tooltip,
        backgroundColor: '#ffffff', borderColor: '#b9c0cc', textStyle: { color: '#1d2330', fontSize: 12 } },
      grid: { top: g.top, height: l.end - g.top, left: g.left, right: g.right },
      xAxis: [axis('top'), axis('bottom')],
      yAxis: [{ type: 'value', min: 0, max: 1, show: false }],
      dataZoom: [
        { type: 'inside', id: 'inside', xAxisIndex: [0, 1], filterMode: 'none', startValue: view.start,
          endValue: view.end, zoomOnMouseWheel: 'ctrl', moveOnMouseWheel: false, moveOnMouseMove: true,
          preventDefaultMouseMove: false, minValueSpan: MIN_SPAN },
        { type: 'slider', id: 'slider', xAxisIndex: [0, 1], filterMode: 'none', startValue: view.start,
          endValue: view.end, top: l.end + 30, height: 22, left: g.left, right: g.right + 4, labelFormatter: v => tick(v),
          showDataShadow: false, minValueSpan: MIN_SPAN, textStyle: { fontFamily: FONT_FAMILY } }
      ],
      series: series(l)
    };
  }

  // ---- the page ----

  function $(id) {
    return document.getElementById(id);
  }

  function fillSelect(select, values, current, all) {
    select.innerHTML = '<option value="">' + AIMIL.esc(all) + '</option>' + values.map(v =>
      '<option value="' + AIMIL.esc(v.iri) + '">' + AIMIL.esc(v.name + ' (' + v.n + ')') + '</option>').join('');
    select.value = current;
    if (select.value !== current) select.value = '';
  }

  function facet(get) {
    const n = new Map();
    events.forEach(e => get(e).forEach(v => n.set(v, (n.get(v) || 0) + 1)));
    return [...n.entries()].map(([iri, count]) => ({ iri, n: count, name: termName(iri) }))
      .sort((a, b) => b.n - a.n || a.name.localeCompare(b.name));
  }

  function filters() {
    fillSelect($('filter-kind'), facet(e => [e.kind]), filter.kind, I18N.t('timeline.allKinds'));
    fillSelect($('filter-topic'), facet(e => e.topics), filter.topic, I18N.t('timeline.allTopics'));
    fillSelect($('filter-org'), facet(e => e.orgs), filter.org, I18N.t('timeline.allOrgs'));
    const years = [];
    if (extent) for (let y = extent.firstYear; y <= extent.lastYear; y++) years.push(y);
    ['zoom-from', 'zoom-to'].forEach(id => {
      $(id).innerHTML = years.map(y => '<option value="' + y + '">' + AIMIL.esc(dateText({ start: utc(y, 0, 1),
        precision: 'year' })) + '</option>').join('');
    });
    syncZoomSelects();
  }

  function syncZoomSelects() {
    if (!extent) return;
    const clamp = y => Math.min(extent.lastYear, Math.max(extent.firstYear, y));
    $('zoom-from').value = String(clamp(yearOf(view.start)));
    $('zoom-to').value = String(clamp(yearOf(view.end - 1)));
  }

  function swatch(li, kind) {
    // the colour through the style object: a style attribute in markup is inline style, which the CSP refuses
    li.querySelector('.dot').style.background = color(kind);
  }

  function eventItem(e) {
    return '<li class="event" data-iri="' + AIMIL.esc(e.iri) + '"><span class="dot"></span>'
      + (e.spans.length ? '<span class="date">' + AIMIL.esc(eventDates(e)) + '</span> ' : '')
      + AIMIL.link(AIMIL.pageOf(e.iri), AIMIL.esc(name(e))) + ' '
      + '<span class="type">' + AIMIL.esc(termName(e.kind)) + '</span>'
      + (e.disputed ? ' <span class="disputed">' + AIMIL.esc(I18N.t('timeline.disputed')) + '</span>' : '') + '</li>';
  }

  function list(matching) {
    const visible = view ? matching.filter(e => e.spans.length && inView(e)) : [];
    const shownEvents = visible.slice(0, LIST_MAX);
    const ol = $('timeline-list');
    let year = null;
    ol.innerHTML = shownEvents.map(e => {
      const y = yearOf(Math.max(e.first, view.start));
      const head = y !== year ? '<li class="year">' + AIMIL.esc(dateText({ start: utc(y, 0, 1), precision: 'year' }))
        + '</li>' : '';
      year = y;
      return head + eventItem(e);
    }).join('');
    ol.querySelectorAll('li.event').forEach((li, i) => swatch(li, shownEvents[i].kind));
    ol.dataset.count = visible.length;
    const whole = extent && view && view.start <= extent.min && view.end >= extent.max;
    $('timeline-list-title').textContent = whole ? I18N.t('timeline.allDated', { n: visible.length })
      : view ? I18N.t('timeline.inView', {
      from: dateText({ start: view.start, precision: 'month' }),
      to: dateText({ start: view.end - 1, precision: 'month' }), n: visible.length }) : '';
    $('timeline-list-more').textContent = visible.length > LIST_MAX
      ? I18N.t('timeline.listMore', { n: LIST_MAX, total: visible.length }) : '';

    const undated = matching.filter(e => !e.spans.length);
    const ul = $('timeline-undated');
    ul.innerHTML = undated.map(eventItem).join('');
    ul.querySelectorAll('li.event').forEach((li, i) => swatch(li, undated[i].kind));
    ul.dataset.count = undated.length;
    $('timeline-undated-title').textContent = I18N.t('timeline.undatedTitle', { n: undated.length });
    $('timeline-undated-none').textContent = undated.length ? '' : I18N.t('timeline.undatedNone');
    return { visible: visible.length, undated: undated.length };
  }

  function status(matching, counts) {
    const dated = matching.filter(e => e.spans.length).length;
    $('timeline-status').textContent = events.length === 0 ? I18N.t('timeline.empty')
      : matching.length === 0 ? I18N.t('timeline.noMatch')
        : I18N.t('timeline.summary', { n: matching.length, total: events.length, d: dated, v: counts.visible,
          u: counts.undated });
  }

  // draws the chart and the lists for the filters and the window; resize: choose the chart's height anew
  function draw(resize) {
    const matching = events.filter(matches);
    const lanes = extent ? lanesOf(matching) : [];
    const box = $('timeline');
    box.hidden = lanes.length === 0;
    $('timeline-legend').hidden = lanes.length === 0;
    if (lanes.length) {
      if (!chart) init(box);
      if (resize || !height) height = chooseHeight(lanes);
      let shown = layout(lanes);
      if (box.clientHeight !== shown.height) {
        box.style.height = shown.height + 'px';
        chart.resize();
      }
      chart.setOption(option(shown), { replaceMerge: ['series'] });
      // where ECharts kept the window elsewhere (its own bounds), the layout follows it
      const z = chart.getOption().dataZoom[0];
      if (Math.abs(z.startValue - view.start) > 1000 || Math.abs(z.endValue - view.end) > 1000) {
        view = { start: z.startValue, end: z.endValue };
        shown = layout(lanes);
        chart.setOption(option(shown), { replaceMerge: ['series'] });
      }
      const dated = new Set();
      shown.bars.forEach(b => dated.add(b.event.iri));
      shown.clusters.forEach(c => c.members.forEach(m => dated.add(m.event.iri)));
      box.setAttribute('role', 'img');
      box.setAttribute('aria-label', I18N.t('timeline.chartLabel'));
      box.dataset.lanes = shown.lanes.length;
      box.dataset.labelled = new Set(shown.bars.map(b => b.event.iri)).size;
      box.dataset.clusters = shown.clusters.length;
      box.dataset.drawn = dated.size;
    }
    const counts = list(matching);
    box.dataset.events = events.length;
    box.dataset.matching = matching.length;
    box.dataset.window = view ? yearOf(view.start) + '–' + yearOf(view.end - 1) : '';
    status(matching, counts);
    box.dataset.plotted = matching.filter(e => e.spans.length).length;   // set last: the tests wait for it
    remember();
  }

  let pending = 0;
  function zoomed() {
    const z = chart.getOption().dataZoom[0];
    if (z.startValue === undefined || z.endValue === undefined) return;
    const start = Number(z.startValue);
    const end = Number(z.endValue);
    if (start === view.start && end === view.end) return;
    view = { start, end };
    syncZoomSelects();
    if (!pending) pending = requestAnimationFrame(() => { pending = 0; draw(false); });
  }

  // a window within the axis, at least MIN_SPAN wide
  function within(start, end) {
    if (end - start < MIN_SPAN) {
      const middle = (start + end) / 2;
      start = middle - MIN_SPAN / 2;
      end = middle + MIN_SPAN / 2;
    }
    if (start < extent.min) { end += extent.min - start; start = extent.min; }
    if (end > extent.max) { start -= end - extent.max; end = extent.max; }
    return { start: Math.max(extent.min, start), end: Math.min(extent.max, end) };
  }

  function zoomTo(start, end) {
    view = within(start, end);
    syncZoomSelects();
    draw(false);
  }

  function init(box) {
    chart = echarts.init(box);
    chart.on('datazoom', zoomed);
    chart.on('click', p => {
      const d = p.data;
      if (!d) return;
      if (d.cluster) {
        // zoom to the cluster's time, with a little room; where that changes little, show its events in the list
        const span = Math.max(d.value[1] - d.value[0], 2 * MONTH);
        const start = d.value[0] - span * 0.15;
        const end = d.value[0] + span * 1.15;
        if ((end - start) / (view.end - view.start) > 0.8) {
          const first = $('timeline-list').querySelector('li.event[data-iri="' + CSS.escape(d.members[0]) + '"]');
          if (first) first.scrollIntoView({ block: 'center' });
        }
        zoomTo(start, end);
        return;
      }
      const href = d.iri ? AIMIL.pageHref(d.iri) : null;
      if (href !== null) location.href = href;
    });
    // drawn anew when its width changes (the window's, or a scroll bar coming or going)
    let drawnWidth = box.clientWidth;
    new ResizeObserver(() => {
      if (box.clientWidth === drawnWidth || !box.clientWidth) return;
      drawnWidth = box.clientWidth;
      chart.resize();
      draw(true);
    }).observe(box);
  }

  // the filters and the window in the address, so that a view can be linked to
  function remember() {
    const params = new URLSearchParams();
    if (filter.kind) params.set('kind', filter.kind);
    if (filter.topic) params.set('topic', filter.topic);
    if (filter.org) params.set('org', filter.org);
    if (extent && (view.start !== extent.min || view.end !== extent.max)) {
      params.set('from', new Date(view.start).toISOString().substring(0, 10));
      params.set('to', new Date(view.end).toISOString().substring(0, 10));
    }
    const query = params.toString();
    history.replaceState(null, '', location.pathname + (query ? '?' + query : ''));
  }

  function recall() {
    const params = new URLSearchParams(location.search);
    filter = { kind: params.get('kind') || '', topic: params.get('topic') || '', org: params.get('org') || '' };
    view = extent ? { start: extent.min, end: extent.max } : null;
    const from = params.get('from') && period(params.get('from'));
    const to = params.get('to') && period(params.get('to'));
    if (extent && from && to && from.start < to.start) {
      view = within(from.start, to.start);
    }
  }

  function wire() {
    [['filter-kind', 'kind'], ['filter-topic', 'topic'], ['filter-org', 'org']].forEach(([id, key]) => {
      $(id).addEventListener('change', () => { filter[key] = $(id).value; draw(true); });
    });
    const years = () => {
      let from = Number($('zoom-from').value);
      let to = Number($('zoom-to').value);
      if (to < from) [from, to] = [to, from];
      zoomTo(utc(from, 0, 1), utc(to + 1, 0, 1));
    };
    $('zoom-from').addEventListener('change', years);
    $('zoom-to').addEventListener('change', years);
    $('zoom-reset').addEventListener('click', () => zoomTo(extent.min, extent.max));
    $('filter-clear').addEventListener('click', () => {
      filter = { kind: '', topic: '', org: '' };
      filters();
      draw(true);
    });
  }

  document.addEventListener('DOMContentLoaded', async () => {
    $('timeline-status').textContent = I18N.t('loading');
    try {
      events = load((await AIMIL.sparql(QUERY)).results.bindings);
    } catch (e) {
      $('timeline-status').textContent = I18N.t('error', { m: e.message || e });
      return;
    }
    extent = computeExtent();
    recall();
    filters();
    wire();
    $('timeline-controls').hidden = false;
    draw(true);
  });
  document.addEventListener('aimil:lang', () => {
    if (!events) return;
    filters();
    draw(true);
  });
})();
