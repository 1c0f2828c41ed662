// GraphView: a small node-link drawing (SVG, no library) for the pages that show a piece of the graph: the graph
// page, the SPARQL editor's graph result view, the paths page. Independent of any page: it needs only I18N (i18n.js)
// for its few UI strings; its styles are in the one stylesheet, /assets/milestones.css ("graphview" block).
//
//   const view = GraphView.create(container, {
//     onExpand(node),   // click, Enter or Space on a node (the page fetches its neighbours and calls view.add)
//     onSelect(node),   // a node is pointed at or focused (node null: none any more)
//     layout: 'radial'  // or 'layered' (columns by hop from the roots, left to right: paths)
//   });
//   view.set({nodes: [{id, label, fullLabel, group, href}], edges: [{source, target, label}],
//             groups: [{id, label}], roots: [id, ...]});   // replaces the drawing
//   view.add({nodes, edges}, {from: id});   // grows it in place: drawn nodes keep their positions, new ones are put
//                                           // around node `from` (default: the first root)
//   view.update({nodes, edges, groups});    // new texts (e.g. another language) for the same ids: laid out again
//   view.mark(id, true|false);              // shows a node as expanded (or not)
//   view.select(id);                        // makes node id the current one (keyboard), in view, highlighted
//   view.highlight(id|null);                // highlights node id as when pointed at (e.g. from a list beside)
//   view.has(id); view.fit(); view.positions() → {id: [x, y]}; view.retitle() (UI strings again); view.destroy();
//
// Layout (deterministic: no randomness at all, the same input gives the same picture): nodes are ordered by hop
// from the roots (breadth first), by group, by label and by id (code-point order); 'radial' puts each hop on a ring
// around the roots with a sector per subtree, 'layered' puts each hop in a column. Every node with its label is then
// a box, and overlapping boxes are pushed apart along their smaller overlap, in a fixed order, until none overlaps,
// so at zoom 1 no two node labels overlap. Added nodes fan out from the node they were expanded from, away from the
// roots; only they move while their boxes are separated. Labels keep their size when zooming; at each zoom, labels
// are shown by priority (roots, expanded nodes, then by hop) where they do not collide with one already shown, edge
// labels (the relations) likewise, shortest edges first; the rest show when their node is pointed at or focused.
// Long labels are cut with "…"; the full label shows in the drawing's own tooltip (an SVG box, so nothing breaks the
// pages' Content-Security-Policy: no style attribute is written) on hover and focus, and is the node's aria-label.
// Keyboard: Tab reaches the drawing's current node, arrow keys move between nodes, Enter/Space expands, + / - zoom,
// 0 fits the drawing, Home goes back to the first root.
(function () {
  const SVG = 'http://www.w3.org/2000/svg';
  const FONT_PX = 12;            // node labels
  const EDGE_FONT_PX = 11.5;     // edge labels
  const LINE_H = 16;             // a label's box height
  const R = 8;                   // a node's radius (roots: R_ROOT)
  const R_ROOT = 12;
  const GAP = 8;                 // free space kept around each box
  const MAX_LABEL = 150;         // px: longer labels are cut with "…"
  const COLOURS = 10;            // classes gv-c0 … gv-c9 in milestones.css
  const MIN_ZOOM = 0.15;
  const MAX_ZOOM = 3;
  const FIT_MIN = 0.45;          // "fit" zooms out no further (the buttons do)
  const READABLE = 0.7;          // a zoom below which an added part is shown rather than the whole drawing

  let serial = 0; // for element ids, one marker per drawing

  function t(key, values) {
    return window.I18N ? I18N.t(key, values) : key;
  }

  function el(name, attrs, parent) {
    const e = document.createElementNS(SVG, name);
    Object.entries(attrs || {}).forEach(([k, v]) => e.setAttribute(k, v));
    if (parent) parent.appendChild(e);
    return e;
  }

  // code-point order, the same in every browser and locale
  function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
  }

  let measureCtx = null;
  function measurer(font) {
    if (!measureCtx) measureCtx = document.createElement('canvas').getContext('2d');
    return s => {
      measureCtx.font = font;
      return measureCtx.measureText(s).width;
    };
  }

  // s cut with "…" to at most max px wide
  function abbreviate(s, max, width) {
    if (width(s) <= max) return s;
    const chars = Array.from(s);
    let lo = 0;
    let hi = chars.length;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (width(chars.slice(0, mid).join('').trimEnd() + '…') <= max) lo = mid; else hi = mid - 1;
    }
    return chars.slice(0, Math.max(lo, 1)).join('').trimEnd() + '…';
  }

  function overlap(a, b) {
    return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
  }

  function create(container, options) {
    if (!container || !container.appendChild) throw new Error('GraphView.create: no container element');
    const opts = Object.assign({ layout: 'radial' }, options || {});
    if (!['radial', 'layered'].includes(opts.layout)) throw new Error('GraphView: unknown layout ' + opts.layout);

    const font = FONT_PX + 'px ' + (getComputedStyle(container).fontFamily || 'sans-serif');
    const width = measurer(font);
    const edgeWidth = measurer(EDGE_FONT_PX + 'px ' + (getComputedStyle(container).fontFamily || 'sans-serif'));

    // --- state
    let nodes = new Map();   // id → node {id, label, fullLabel, group, href, text, w, hop, order, x, y, fixed, expanded}
    let pairs = new Map();   // "a\u0000b" (a < b) → {a, b, labels: [{label, forward}], text, w}
    let groups = [];         // [{id, label}] in legend order
    let roots = [];
    let batches = [];        // [{ids, from}] the set and every add, replayed by update()
    let view = { k: 1, x: 0, y: 0 };
    let current = null;      // id of the node that has tabindex 0
    let hovered = null;
    let fitted = true;        // the view is fitted, not zoomed or panned by the reader
    let destroyed = false;

    // --- DOM
    container.classList.add('gv');
    container.textContent = '';
    const svg = el('svg', { class: 'gv-svg', role: 'group', 'aria-label': t('graphview.label') }, container);
    const defs = el('defs', {}, svg);
    const arrowId = 'gv-arrow-' + (++serial);
    // the arrows sit on the edges (at a vertex of a polyline), away from the better connected end, where they
    // would pile up; a link both ways gets a double arrow
    const arrow = el('marker', { id: arrowId, viewBox: '0 0 10 10', refX: '5', refY: '5', markerWidth: '9',
      markerHeight: '9', markerUnits: 'userSpaceOnUse', orient: 'auto', class: 'gv-arrow' }, defs);
    el('path', { d: 'M 0 1 L 10 5 L 0 9 z' }, arrow);
    const both = el('marker', { id: arrowId + '-both', viewBox: '0 0 16 10', refX: '8', refY: '5', markerWidth: '14',
      markerHeight: '9', markerUnits: 'userSpaceOnUse', orient: 'auto', class: 'gv-arrow' }, defs);
    el('path', { d: 'M 0 5 L 7 1 L 7 9 z M 16 5 L 9 1 L 9 9 z' }, both);
    const bg = el('rect', { class: 'gv-bg', x: 0, y: 0, width: '100%', height: '100%' }, svg);
    const edgeLayer = el('g', { class: 'gv-edges' }, svg);
    const nodeLayer = el('g', { class: 'gv-nodes' }, svg);
    const edgeLabelLayer = el('g', { class: 'gv-edge-labels', 'aria-hidden': 'true' }, svg);
    const tip = el('g', { class: 'gv-tip gv-hidden', 'aria-hidden': 'true' }, svg);
    const tipBox = el('rect', { rx: 4, ry: 4 }, tip);
    const tipText = el('text', {}, tip);
    const tipLine1 = el('tspan', { x: 0, dy: 0 }, tipText);
    const tipLine2 = el('tspan', { x: 0, dy: '1.3em', class: 'gv-tip-group' }, tipText);

    const tools = document.createElement('div');
    tools.className = 'gv-tools';
    const buttons = [['+', 'graphview.zoomIn', () => zoomBy(1.25)], ['−', 'graphview.zoomOut', () => zoomBy(0.8)],
      ['⤢', 'graphview.fit', () => fit()]].map(([text, key, action]) => {
      const b = document.createElement('button');
      b.type = 'button';
      b.textContent = text;
      b.dataset.key = key;
      b.addEventListener('click', action);
      tools.appendChild(b);
      return b;
    });
    container.appendChild(tools);
    const legend = document.createElement('ul');
    legend.className = 'gv-legend';
    container.appendChild(legend);

    function retitle() {
      svg.setAttribute('aria-label', t('graphview.label'));
      buttons.forEach(b => { b.title = t(b.dataset.key); b.setAttribute('aria-label', t(b.dataset.key)); });
    }

    // --- data
    function groupIndex(g) {
      const i = groups.findIndex(x => x.id === g);
      return i < 0 ? groups.length : i;
    }

    function colourOf(node) {
      return 'gv-c' + (groupIndex(node.group) % COLOURS);
    }

    function text(node) {
      node.fullLabel = String(node.fullLabel || node.label || node.id);
      node.text = abbreviate(String(node.label || node.fullLabel), MAX_LABEL, width);
      node.w = Math.ceil(width(node.text)) + 6;
    }

    function putNode(n) {
      if (!n || typeof n.id !== 'string' || !n.id) throw new Error('GraphView: a node needs a string id');
      const old = nodes.get(n.id);
      if (old) {
        ['label', 'fullLabel', 'group', 'href'].forEach(k => { if (n[k] !== undefined) old[k] = n[k]; });
        text(old);
        return false;
      }
      const node = { id: n.id, label: n.label, fullLabel: n.fullLabel, group: n.group, href: n.href,
        expanded: false, fixed: false, x: 0, y: 0 };
      text(node);
      nodes.set(n.id, node);
      return true;
    }

    function putEdge(e) {
      if (!nodes.has(e.source) || !nodes.has(e.target) || e.source === e.target) return;
      const forward = e.source < e.target;
      const a = forward ? e.source : e.target;
      const b = forward ? e.target : e.source;
      const key = a + '\u0000' + b;
      let pair = pairs.get(key);
      if (!pair) {
        pair = { a, b, labels: [] };
        pairs.set(key, pair);
      }
      const label = String(e.label || '');
      if (!pair.labels.some(l => l.label === label && l.forward === forward)) pair.labels.push({ label, forward });
      pairText(pair);
    }

    function pairText(pair) {
      const seen = [];
      pair.labels.slice().sort((x, y) => cmp(x.label, y.label) || cmp(String(!x.forward), String(!y.forward)))
        .forEach(l => { if (l.label && !seen.includes(l.label)) seen.push(l.label); });
      pair.full = seen.join(' / ');
      pair.text = seen.length ? abbreviate(pair.full, MAX_LABEL, edgeWidth) : '';
      pair.w = Math.ceil(edgeWidth(pair.text)) + 6;
    }

    function neighbours(id) {
      const out = [];
      pairs.forEach(p => { if (p.a === id) out.push(p.b); else if (p.b === id) out.push(p.a); });
      return out;
    }

    function degree(id) {
      return neighbours(id).length;
    }

    function order(a, b) {
      const x = nodes.get(a);
      const y = nodes.get(b);
      return groupIndex(x.group) - groupIndex(y.group) || cmp(x.text, y.text) || cmp(a, b);
    }

    // --- layout
    // the label's side of a node at angle a (radians, 0 = right, π/2 = down) from the node it hangs on: outward
    function sideOf(a) {
      const c = Math.cos(a);
      return Math.abs(c) > 0.7 ? (c > 0 ? 'right' : 'left') : Math.sin(a) < 0 ? 'above' : 'below';
    }

    // the label's box relative to its node's centre
    function labelRect(node) {
      const r = radius(node);
      const side = node.side || 'below';
      if (side === 'right') return { x1: r + 4, x2: r + 4 + node.w, y1: -LINE_H / 2, y2: LINE_H / 2 };
      if (side === 'left') return { x1: -r - 4 - node.w, x2: -r - 4, y1: -LINE_H / 2, y2: LINE_H / 2 };
      if (side === 'above') return { x1: -node.w / 2, x2: node.w / 2, y1: -r - 2 - LINE_H, y2: -r - 2 };
      return { x1: -node.w / 2, x2: node.w / 2, y1: r + 2, y2: r + 2 + LINE_H };
    }

    // a node with its label, and some free space around them, at (x, y)
    function box(node, x, y) {
      const r = radius(node);
      const l = labelRect(node);
      const g = GAP / 2;
      return { x1: x + Math.min(-r, l.x1) - g, x2: x + Math.max(r, l.x2) + g, y1: y + Math.min(-r, l.y1) - g,
        y2: y + Math.max(r, l.y2) + g };
    }

    function radius(node) {
      return roots.includes(node.id) ? R_ROOT : R;
    }

    // breadth first from the roots (then from the best connected node of each part not reached); parent and hop
    function tree(ids) {
      const inSet = new Set(ids);
      const parent = new Map();
      const hop = new Map();
      const children = new Map();
      const starts = [];
      const queue = [];
      const visit = (id, from, h) => {
        parent.set(id, from);
        hop.set(id, h);
        children.set(id, []);
        if (from !== null) children.get(from).push(id);
        queue.push(id);
      };
      const rest = ids.slice().sort((a, b) => degree(b) - degree(a) || cmp(a, b));
      const firsts = roots.filter(r => inSet.has(r)).concat(rest);
      for (const start of firsts) {
        if (hop.has(start)) continue;
        starts.push(start);
        visit(start, null, 0);
        while (queue.length) {
          const id = queue.shift();
          neighbours(id).filter(n => inSet.has(n) && !hop.has(n)).sort(order)
            .forEach(n => visit(n, id, hop.get(id) + 1));
        }
      }
      return { parent, hop, children, starts };
    }

    function leaves(id, children) {
      const c = children.get(id);
      return c.length ? c.reduce((n, x) => n + leaves(x, children), 0) : 1;
    }

    // each hop on a ring around the start; each node a sector of its parent's, as wide as its label needs on its
    // side (a label beside a node needs its height along the ring, one below or above its width): found in a few
    // passes, as a label's side depends on the angle
    function placeRadial(start, tr, cx, cy) {
      const byHop = [];
      tr.hop.forEach((h, id) => {
        if (component(id, tr) === start) (byHop[h] = byHop[h] || []).push(id);
      });
      const root = nodes.get(start);
      root.x = cx;
      root.y = cy;
      root.side = 'below';
      const angle = new Map();
      const sector = new Map();
      const ext = id => {
        const side = sideOf(angle.has(id) ? angle.get(id) : -Math.PI / 2);
        return side === 'left' || side === 'right' ? LINE_H + GAP + 6 : nodes.get(id).w + GAP;
      };
      const weight = id => {
        const kids = tr.children.get(id);
        return kids.length ? Math.max(ext(id), kids.reduce((s, k) => s + weight(k), 0)) : ext(id);
      };
      for (let pass = 0; pass < 4; pass++) {
        sector.set(start, [-Math.PI / 2, 3 * Math.PI / 2]);
        for (let h = 1; h < byHop.length; h++) {
          byHop[h - 1].forEach(p => {
            const kids = tr.children.get(p);
            if (!kids.length) return;
            const [from, to] = sector.get(p);
            const weights = kids.map(weight);
            const total = weights.reduce((x, y) => x + y, 0);
            let a = from;
            kids.forEach((k, i) => {
              const share = (to - from) * weights[i] / total;
              sector.set(k, [a, a + share]);
              angle.set(k, a + share / 2);
              a += share;
            });
          });
        }
      }
      let outer = R_ROOT + LINE_H;
      for (let h = 1; h < byHop.length; h++) {
        // the smallest ring (in steps of 6%) on which no two of its boxes overlap
        const ids = byHop[h];
        const clear = ring => {
          const boxes = ids.map(id => {
            const a = angle.get(id);
            nodes.get(id).side = sideOf(a);
            return box(nodes.get(id), cx + ring * Math.cos(a), cy + ring * Math.sin(a));
          });
          return boxes.every((b, i) => boxes.every((c, j) => j <= i || !overlap(b, c)));
        };
        let ring = outer + 90;
        while (!clear(ring) && ring < 1e5) ring *= 1.06;
        let reach = 0;
        byHop[h].forEach(id => {
          const n = nodes.get(id);
          const a = angle.get(id);
          n.side = sideOf(a);
          n.x = cx + ring * Math.cos(a);
          n.y = cy + ring * Math.sin(a);
          reach = Math.max(reach, n.side === 'left' || n.side === 'right' ? R + 6 + n.w : R + 4 + LINE_H);
        });
        outer = ring + reach;
      }
    }

    function placeLayered(start, tr, cx, cy) {
      const byHop = [];
      tr.hop.forEach((h, id) => {
        if (component(id, tr) === start) (byHop[h] = byHop[h] || []).push(id);
      });
      let x = cx;
      const y = new Map();
      byHop.forEach((ids, h) => {
        if (h > 0) {
          const widest = Math.max(...byHop[h - 1].map(id => nodes.get(id).w), ...ids.map(id => nodes.get(id).w));
          x += Math.max(180, widest + 60);
        }
        ids.sort((a, b) => (h ? y.get(tr.parent.get(a)) - y.get(tr.parent.get(b)) : 0) || order(a, b));
        const step = 2 * R + LINE_H + 2 * GAP + 10;
        ids.forEach((id, i) => {
          const n = nodes.get(id);
          n.side = 'below';
          n.x = x;
          n.y = cy + (i - (ids.length - 1) / 2) * step;
          y.set(id, n.y);
        });
      });
    }

    function component(id, tr) {
      let c = id;
      while (tr.parent.get(c) !== null) c = tr.parent.get(c);
      return c;
    }

    // pushes overlapping boxes apart along their smaller overlap, in a fixed order; nodes marked fixed stay
    function separate(list) {
      const items = list.map(id => nodes.get(id));
      const movable = items.map((n, i) => (n.fixed ? -1 : i)).filter(i => i >= 0);
      for (let round = 0; round < 400 && movable.length; round++) {
        let moved = false;
        // each pair with a node that may move, once, the lower index first
        for (const m of movable) {
          for (let o = 0; o < items.length; o++) {
            if (o === m || (!items[o].fixed && o < m)) continue;
            const i = Math.min(m, o);
            const j = Math.max(m, o);
            const p = items[i];
            const q = items[j];
            const a = box(p, p.x, p.y);
            const b = box(q, q.x, q.y);
            if (!overlap(a, b)) continue;
            const ox = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1);
            const oy = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1);
            const share = p.fixed || q.fixed ? 1 : 0.5;
            const mp = p.fixed ? 0 : share;
            const mq = q.fixed ? 0 : share;
            if (ox < oy) {
              const d = (q.x > p.x || (q.x === p.x && j > i) ? 1 : -1) * (ox + 0.5);
              p.x -= d * mp;
              q.x += d * mq;
            } else {
              const d = (q.y > p.y || (q.y === p.y && j > i) ? 1 : -1) * (oy + 0.5);
              p.y -= d * mp;
              q.y += d * mq;
            }
            moved = true;
          }
        }
        if (!moved) break;
      }
    }

    function layoutAll() {
      const ids = batches[0] ? batches[0].ids.filter(id => nodes.has(id)) : [];
      const tr = tree(ids);
      let left = 0;
      tr.starts.forEach((start, i) => {
        const place = opts.layout === 'layered' ? placeLayered : placeRadial;
        place(start, tr, 0, 0);
        // in a fixed order, whatever the order of the input
        const part = ids.filter(id => component(id, tr) === start)
          .sort((a, b) => tr.hop.get(a) - tr.hop.get(b) || order(a, b));
        // parts side by side, left to right, in the order they were found
        if (i > 0) {
          const minX = Math.min(...part.map(id => box(nodes.get(id), nodes.get(id).x, 0).x1));
          part.forEach(id => { nodes.get(id).x += left - minX + 40; });
        }
        separate(part);
        left = Math.max(left, ...part.map(id => box(nodes.get(id), nodes.get(id).x, 0).x2));
      });
      ids.forEach(id => { nodes.get(id).hop = tr.hop.get(id); });
      ids.forEach(id => { nodes.get(id).fixed = true; });
      for (let b = 1; b < batches.length; b++) grow(batches[b]);
    }

    // places a batch of added nodes around its node `from`, away from the roots, then separates them only
    function grow(batch) {
      const fresh = batch.ids.filter(id => nodes.has(id) && !nodes.get(id).fixed);
      if (!fresh.length) return;
      const placed = [...nodes.values()].filter(n => n.fixed)
        .sort((a, b) => (a.hop || 0) - (b.hop || 0) || order(a.id, b.id));
      const from = nodes.get(batch.from) || nodes.get(roots.find(r => nodes.has(r) && nodes.get(r).fixed))
        || placed[0];
      const centre = placed.length ? placed.reduce((s, n) => [s[0] + n.x, s[1] + n.y], [0, 0])
        .map(v => v / placed.length) : [0, 0];
      const fx = from ? from.x : 0;
      const fy = from ? from.y : 0;
      const away = Math.hypot(fx - centre[0], fy - centre[1]) < 1 ? -Math.PI / 2
        : Math.atan2(fy - centre[1], fx - centre[0]);
      fresh.sort(order);
      const spread = Math.min(2 * Math.PI, Math.max(Math.PI / 2, fresh.length * 0.3));
      const angles = fresh.map((id, i) => away + (fresh.length === 1 ? 0
        : (i / (fresh.length - (spread >= 2 * Math.PI ? 0 : 1)) - 0.5) * spread));
      const need = fresh.reduce((s, id, i) => s + (['left', 'right'].includes(sideOf(angles[i])) ? LINE_H + GAP + 6
        : nodes.get(id).w + GAP), 0);
      const ring = Math.max(120, need / spread);
      fresh.forEach((id, i) => {
        const n = nodes.get(id);
        n.side = sideOf(angles[i]);
        n.x = fx + ring * Math.cos(angles[i]);
        n.y = fy + ring * Math.sin(angles[i]);
        n.hop = from && from.hop !== undefined ? from.hop + 1 : 1;
      });
      separate(placed.map(n => n.id).concat(fresh));
      fresh.forEach(id => { nodes.get(id).fixed = true; });
    }

    // --- drawing
    let nodeEls = new Map();
    let pairEls = new Map();
    let degrees = new Map();

    function priority(n) {
      return (roots.includes(n.id) ? 0 : n.expanded ? 1 : 2) * 1e6 + (n.hop || 0) * 1e4;
    }

    function build() {
      edgeLayer.textContent = '';
      nodeLayer.textContent = '';
      edgeLabelLayer.textContent = '';
      degrees = new Map([...nodes.keys()].map(id => [id, degree(id)]));
      nodeEls = new Map();
      pairEls = new Map();
      pairs.forEach((p, key) => {
        const line = el('polyline', { class: 'gv-edge', fill: 'none' }, edgeLayer);
        p.forward = p.labels.some(l => l.forward);
        p.backward = p.labels.some(l => !l.forward);
        line.setAttribute('marker-mid', 'url(#' + arrowId + (p.forward && p.backward ? '-both' : '') + ')');
        const label = el('text', { class: 'gv-edge-label', 'text-anchor': 'middle', 'dominant-baseline': 'central' },
          edgeLabelLayer);
        label.textContent = p.text;
        pairEls.set(key, { line, label, pair: p });
      });
      const sorted = [...nodes.values()].sort((a, b) => priority(a) - priority(b) || order(a.id, b.id));
      if (!current || !nodes.has(current)) current = sorted.length ? sorted[0].id : null;
      sorted.forEach(n => {
        const g = el('g', { class: 'gv-node ' + colourOf(n), role: 'button', tabindex: n.id === current ? '0' : '-1',
          'data-id': n.id, 'data-x': n.x.toFixed(1), 'data-y': n.y.toFixed(1), 'aria-label': n.fullLabel + (groupLabel(n) ? ' (' + groupLabel(n) + ')' : '') }, nodeLayer);
        if (roots.includes(n.id)) g.classList.add('gv-root');
        if (n.expanded) g.classList.add('gv-expanded');
        el('circle', { r: radius(n), cx: 0, cy: 0 }, g);
        const lr = labelRect(n);
        const side = n.side || 'below';
        const label = el('text', { class: 'gv-label', x: side === 'right' ? lr.x1 : side === 'left' ? lr.x2 : 0,
          y: (lr.y1 + lr.y2) / 2, 'text-anchor': side === 'right' ? 'start' : side === 'left' ? 'end' : 'middle',
          'dominant-baseline': 'central' }, g);
        label.textContent = n.text;
        g.addEventListener('click', () => activate(n.id));
        g.addEventListener('pointerenter', () => hover(n.id));
        g.addEventListener('pointerleave', () => hover(null));
        g.addEventListener('focus', () => { current = n.id; roving(); hover(n.id); });
        g.addEventListener('blur', () => hover(null));
        nodeEls.set(n.id, { g, label, node: n });
      });
      drawLegend();
      render();
    }

    function groupLabel(n) {
      const g = groups.find(x => x.id === n.group);
      return g ? g.label : n.group || '';
    }

    function drawLegend() {
      legend.textContent = '';
      const present = new Set([...nodes.values()].map(n => n.group));
      const listed = groups.filter(g => present.has(g.id));
      [...present].filter(g => !groups.some(x => x.id === g)).sort().forEach(g => listed.push({ id: g, label: g }));
      listed.forEach(g => {
        if (g.id === undefined || g.id === null) return;
        const li = document.createElement('li');
        const swatch = document.createElement('span');
        swatch.className = 'gv-swatch gv-c' + (groupIndex(g.id) % COLOURS);
        li.appendChild(swatch);
        li.appendChild(document.createTextNode(g.label || g.id));
        legend.appendChild(li);
      });
    }

    function screen(n) {
      return [view.x + view.k * n.x, view.y + view.k * n.y];
    }

    function size() {
      const r = svg.getBoundingClientRect();
      return [r.width || 600, r.height || 400];
    }

    // positions everything for the current zoom and pan, then decides which labels show
    function render() {
      nodeEls.forEach(({ g, node }) => {
        const [x, y] = screen(node);
        g.setAttribute('transform', 'translate(' + x.toFixed(1) + ' ' + y.toFixed(1) + ')');
      });
      pairEls.forEach(pe => {
        const { line, label, pair } = pe;
        const a = nodes.get(pair.a);
        const b = nodes.get(pair.b);
        const [x1, y1] = screen(a);
        const [x2, y2] = screen(b);
        const d = Math.hypot(x2 - x1, y2 - y1) || 1;
        const ra = radius(a) + 2;
        const rb = radius(b) + 2;
        // fractions of the way from a: the label a little past the middle, the arrow near the end, both away from
        // the better connected end
        const hubA = (degrees.get(pair.a) || 0) >= (degrees.get(pair.b) || 0);
        const at = f => [x1 + (x2 - x1) * f, y1 + (y2 - y1) * f];
        const [mx, my] = at(hubA ? 0.86 : 0.14);
        const [lx, ly] = at(hubA ? 0.58 : 0.42);
        const ends = [[x1 + (x2 - x1) * ra / d, y1 + (y2 - y1) * ra / d], [mx, my],
          [x2 - (x2 - x1) * rb / d, y2 - (y2 - y1) * rb / d]];
        if (!pair.forward) ends.reverse();
        line.setAttribute('points', ends.map(q => q[0].toFixed(1) + ',' + q[1].toFixed(1)).join(' '));
        label.setAttribute('x', lx.toFixed(1));
        label.setAttribute('y', ly.toFixed(1));
        pe.length = d;
      });
      declutter();
      if (hovered) hover(hovered, true);
    }

    // shows labels where they collide with no label shown before: node labels by priority, then edge labels along
    // the shortest edges first (never over a node or its label)
    function declutter() {
      // the legend and the buttons lie over the drawing: no label under them
      const at = svg.getBoundingClientRect();
      const shown = [legend, tools].filter(e => e.childElementCount).map(e => {
        const r = e.getBoundingClientRect();
        return { x1: r.left - at.left, x2: r.right - at.left, y1: r.top - at.top, y2: r.bottom - at.top };
      });
      const free = b => !shown.some(s => overlap(s, b));
      const sorted = [...nodeEls.values()].sort((a, b) => priority(a.node) - priority(b.node)
        || order(a.node.id, b.node.id));
      // every node's disc is taken first: no label over a node
      sorted.forEach(({ node }) => {
        const [x, y] = screen(node);
        const r = radius(node);
        shown.push({ x1: x - r, x2: x + r, y1: y - r, y2: y + r });
      });
      sorted.forEach(({ node, label }) => {
        const [x, y] = screen(node);
        const lr = labelRect(node);
        const b = { x1: x + lr.x1, x2: x + lr.x2, y1: y + lr.y1, y2: y + lr.y2 };
        const ok = free(b); // the discs are in shown already; a label lies beside its own disc
        label.classList.toggle('gv-hidden', !ok);
        if (ok) shown.push(b);
      });
      [...pairEls.values()].sort((p, q) => p.length - q.length || cmp(p.pair.a + p.pair.b, q.pair.a + q.pair.b))
        .forEach(pe => {
          const x = Number(pe.label.getAttribute('x'));
          const y = Number(pe.label.getAttribute('y'));
          const b = { x1: x - pe.pair.w / 2, x2: x + pe.pair.w / 2, y1: y - LINE_H / 2, y2: y + LINE_H / 2 };
          // an edge label only where its edge is long enough to show beside its ends' discs
          const ok = pe.pair.text && pe.length > pe.pair.w * 0.6 + 40 && free(b);
          pe.label.classList.toggle('gv-hidden', !ok);
          if (ok) shown.push(b);
        });
    }

    // pointing at or focusing a node: its edges and their labels stand out, the tooltip shows its full label
    // (quiet: from the page, e.g. its list: onSelect is not called)
    function hover(id, quiet) {
      hovered = id && nodes.has(id) ? id : null;
      svg.classList.toggle('gv-focusing', !!hovered);
      nodeEls.forEach(({ g }, nid) => g.classList.toggle('gv-near', !!hovered
        && (nid === hovered || neighbours(hovered).includes(nid))));
      pairEls.forEach(({ line, label, pair }) => {
        const on = !!hovered && (pair.a === hovered || pair.b === hovered);
        line.classList.toggle('gv-on', on);
        label.classList.toggle('gv-on', on);
      });
      if (!hovered) {
        tip.classList.add('gv-hidden');
        if (opts.onSelect && !quiet) opts.onSelect(null);
        return;
      }
      const n = nodes.get(hovered);
      tipLine1.textContent = n.fullLabel;
      tipLine2.textContent = groupLabel(n);
      tip.classList.remove('gv-hidden');
      const bb = tipText.getBBox();
      const [x, y] = screen(n);
      const [w] = size();
      const left = Math.max(4, Math.min(w - bb.width - 14, x - bb.width / 2));
      const top = y - radius(n) - 12 - bb.height;
      const ty = top < 4 ? y + radius(n) + LINE_H + 12 : top;
      tipText.setAttribute('transform', 'translate(' + (left + 5 - bb.x).toFixed(1) + ' ' + (ty + 4 - bb.y).toFixed(1)
        + ')');
      tipBox.setAttribute('x', left.toFixed(1));
      tipBox.setAttribute('y', ty.toFixed(1));
      tipBox.setAttribute('width', (bb.width + 10).toFixed(1));
      tipBox.setAttribute('height', (bb.height + 8).toFixed(1));
      if (opts.onSelect && !quiet) opts.onSelect(publicNode(n));
    }

    function publicNode(n) {
      return { id: n.id, label: n.label, fullLabel: n.fullLabel, group: n.group, href: n.href, expanded: n.expanded };
    }

    function activate(id) {
      current = id;
      roving();
      if (opts.onExpand) opts.onExpand(publicNode(nodes.get(id)));
    }

    function roving() {
      nodeEls.forEach(({ g }, id) => g.setAttribute('tabindex', id === current ? '0' : '-1'));
    }

    // --- zoom and pan
    // the whole drawing in view (below the legend and the buttons), at most a little enlarged; until the reader
    // zooms or pans, it stays fitted when the drawing's size changes
    // the space the legend and the buttons take at the top of the drawing
    function top() {
      return Math.max(44, legend.offsetHeight + 12);
    }
    function fit() {
      fitted = true;
      const all = [...nodes.keys()];
      if (!all.length) return;
      if (zoomFor(all, 1.2) >= FIT_MIN) {
        frame(all, 1.2);
        return;
      }
      // too big to read whole (a phone, a big drawing): readable, around the first root; the rest is a pan away
      const [w, h] = size();
      const centre = nodes.get(roots.find(r => nodes.has(r)) || all[0]);
      view = { k: FIT_MIN, x: w / 2 - FIT_MIN * centre.x, y: top() + (h - top()) / 2 - FIT_MIN * centre.y };
      render();
    }

    // the extent on screen of nodes ids at zoom k (positions scale, labels keep their size), relative to the view
    function extent(ids, k) {
      const e = { x1: Infinity, x2: -Infinity, y1: Infinity, y2: -Infinity };
      ids.forEach(id => {
        const n = nodes.get(id);
        const b = box(n, 0, 0);
        e.x1 = Math.min(e.x1, k * n.x + b.x1);
        e.x2 = Math.max(e.x2, k * n.x + b.x2);
        e.y1 = Math.min(e.y1, k * n.y + b.y1);
        e.y2 = Math.max(e.y2, k * n.y + b.y2);
      });
      return e;
    }

    // the largest zoom up to most at which nodes ids fit in the view (not below MIN_ZOOM), centred; false if none
    function frame(ids, most) {
      const list = ids.filter(id => nodes.has(id));
      if (!list.length) return;
      const [w, h] = size();
      const k = zoomFor(list, most);
      const e = extent(list, k);
      view = { k, x: w / 2 - (e.x1 + e.x2) / 2, y: top() + (h - top()) / 2 - (e.y1 + e.y2) / 2 };
      render();
    }

    // the largest zoom up to most (not below MIN_ZOOM) at which nodes list fit in the view
    function zoomFor(list, most) {
      const [w, h] = size();
      const fits = k => {
        const e = extent(list, k);
        return e.x2 - e.x1 <= w - 16 && e.y2 - e.y1 <= h - top() - 8;
      };
      let lo = MIN_ZOOM;
      let hi = Math.max(MIN_ZOOM, most);
      if (fits(hi)) return hi;
      for (let i = 0; i < 30; i++) {
        const mid = (lo + hi) / 2;
        if (fits(mid)) lo = mid; else hi = mid;
      }
      return lo;
    }

    function zoomBy(f, cx, cy) {
      const [w, h] = size();
      const px = cx === undefined ? w / 2 : cx;
      const py = cy === undefined ? h / 2 : cy;
      const k = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, view.k * f));
      fitted = false;
      view = { k, x: px - (px - view.x) * k / view.k, y: py - (py - view.y) * k / view.k };
      render();
    }

    let drag = null;
    svg.addEventListener('pointerdown', e => {
      if (e.button !== 0 || e.target.closest('.gv-node')) return;
      drag = { id: e.pointerId, x: e.clientX, y: e.clientY, vx: view.x, vy: view.y };
      svg.setPointerCapture(e.pointerId);
      svg.classList.add('gv-dragging');
    });
    svg.addEventListener('pointermove', e => {
      if (!drag || e.pointerId !== drag.id) return;
      fitted = false;
      view.x = drag.vx + e.clientX - drag.x;
      view.y = drag.vy + e.clientY - drag.y;
      render();
    });
    const endDrag = e => {
      if (drag && e.pointerId === drag.id) {
        drag = null;
        svg.classList.remove('gv-dragging');
      }
    };
    svg.addEventListener('pointerup', endDrag);
    svg.addEventListener('pointercancel', endDrag);
    // the wheel zooms only with Ctrl or ⌘ held: otherwise it scrolls the page, as on a map embedded in a page
    svg.addEventListener('wheel', e => {
      if (!e.ctrlKey && !e.metaKey) return;
      e.preventDefault();
      const r = svg.getBoundingClientRect();
      zoomBy(e.deltaY < 0 ? 1.15 : 1 / 1.15, e.clientX - r.left, e.clientY - r.top);
    }, { passive: false });

    svg.addEventListener('keydown', e => {
      const ids = [...nodeEls.keys()];
      const i = ids.indexOf(current);
      let next = null;
      if (e.key === 'ArrowRight' || e.key === 'ArrowDown') next = ids[(i + 1) % ids.length];
      else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') next = ids[(i - 1 + ids.length) % ids.length];
      else if (e.key === 'Home') next = ids[0];
      else if (e.key === 'Enter' || e.key === ' ') {
        if (current && e.target.closest('.gv-node')) activate(current);
      } else if (e.key === '+' || e.key === '=') zoomBy(1.25);
      else if (e.key === '-') zoomBy(0.8);
      else if (e.key === '0') fit();
      else return;
      e.preventDefault();
      if (next) {
        current = next;
        roving();
        nodeEls.get(next).g.focus();
        show(next);
      }
    });

    // pans so that node id is in view
    function show(id) {
      const n = nodes.get(id);
      const [w, h] = size();
      const [x, y] = screen(n);
      if (x < 40 || x > w - 40 || y < 40 || y > h - 40) {
        view.x += w / 2 - x;
        view.y += h / 2 - y;
        render();
      }
    }

    const resize = () => {
      if (destroyed) return;
      if (fitted) fit(); else render();
    };
    const observer = window.ResizeObserver ? new ResizeObserver(resize) : null;
    if (observer) observer.observe(svg);

    // --- API
    function accept(data) {
      if (!data || !Array.isArray(data.nodes)) throw new Error('GraphView: data needs a nodes array');
      if (data.edges !== undefined && !Array.isArray(data.edges)) throw new Error('GraphView: edges must be an array');
    }

    const api = {
      set(data) {
        accept(data);
        nodes = new Map();
        pairs = new Map();
        groups = (data.groups || []).slice();
        const ids = [];
        data.nodes.forEach(n => { if (putNode(n)) ids.push(n.id); });
        roots = (data.roots || []).filter(r => nodes.has(r));
        (data.edges || []).forEach(putEdge);
        batches = [{ ids, from: null }];
        current = null;
        layoutAll();
        build();
        fit();
        return api;
      },
      add(data, where) {
        accept(data);
        const ids = [];
        data.nodes.forEach(n => { if (putNode(n)) ids.push(n.id); });
        (data.edges || []).forEach(putEdge);
        const from = where && where.from;
        batches.push({ ids, from });
        grow(batches[batches.length - 1]);
        build();
        if (ids.length) {
          // the whole drawing if it fits at a readable zoom (or the present one, if smaller), else the new part
          // with the node it hangs on, at the present zoom or below
          const part = ids.concat(from && nodes.has(from) ? [from] : []);
          const all = [...nodes.keys()];
          const before = view.k;
          if (zoomFor(all, before) >= Math.min(before, READABLE) - 1e-6) frame(all, fitted ? 1.2 : before);
          else frame(part, before);
        }
        return ids.length;
      },
      update(data) {
        (data.nodes || []).forEach(n => { const o = nodes.get(n.id); if (o) putNode(n); });
        if (data.groups) groups = data.groups.slice();
        if (data.edges) {
          pairs.forEach(p => { p.labels = []; });
          data.edges.forEach(putEdge);
        }
        nodes.forEach(n => { n.fixed = false; });
        const k = view.k;
        layoutAll();
        build();
        fit();
        if (view.k > k) zoomBy(k / view.k);
        retitle();
        return api;
      },
      mark(id, expanded) {
        const n = nodes.get(id);
        if (!n) return;
        n.expanded = !!expanded;
        const e = nodeEls.get(id);
        if (e) e.g.classList.toggle('gv-expanded', n.expanded);
        render();
      },
      select(id) {
        if (!nodes.has(id)) return;
        current = id;
        roving();
        show(id);
        hover(id);
      },
      // shows node id as if pointed at (its edges, their labels, its full label), or nothing for null
      highlight(id) {
        hover(id && nodes.has(id) ? id : null, true);
      },
      has(id) {
        return nodes.has(id);
      },
      fit,
      positions() {
        const out = {};
        nodes.forEach((n, id) => { out[id] = [Math.round(n.x * 10) / 10, Math.round(n.y * 10) / 10]; });
        return out;
      },
      retitle,
      destroy() {
        destroyed = true;
        if (observer) observer.disconnect();
        container.textContent = '';
        container.classList.remove('gv');
      }
    };
    retitle();
    return api;
  }

  window.GraphView = { create };
})();
