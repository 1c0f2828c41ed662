// STAND-IN for the graph helper's GraphView (branch i11-graph): the same API, drawn with ECharts' graph series, so
// that the editor's graph result view can be tested on its own branch. The merger keeps the graph helper's file.
//   GraphView.create(container, {onSelect, onExpand}) -> view
//   view.set({nodes: [{id, label, fullLabel, group, href}], edges: [{source, target, label}], groups, roots});
//   view.add({nodes, edges}, {from}); view.mark(id, expanded); view.destroy()
//   onSelect(node): a node pointed at; onExpand(node): a node clicked
(function () {
  function create(container, handlers) {
    const on = handlers || {};
    const chart = echarts.init(container);
    let nodes = [];
    let edges = [];

    function draw() {
      const groups = [...new Set(nodes.map(n => n.group || ''))];
      chart.setOption({
        animation: false,
        tooltip: { renderMode: 'richText', formatter: p => p.dataType === 'edge' ? (p.data.value || '')
          : (p.data.fullLabel || p.data.name) },
        series: [{
          type: 'graph', layout: 'force', roam: true, draggable: true,
          categories: groups.map(g => ({ name: g })),
          force: { repulsion: 300, edgeLength: [80, 160], gravity: 0.1, layoutAnimation: false },
          label: { show: true, position: 'right', width: 140, overflow: 'truncate' },
          edgeSymbol: ['none', 'arrow'], edgeSymbolSize: 7,
          edgeLabel: { show: true, fontSize: 11, color: '#444', formatter: p => p.data.value || '' },
          lineStyle: { color: '#999', curveness: 0.1 },
          data: nodes.map(n => ({ id: n.id, name: n.label || n.id, fullLabel: n.fullLabel, href: n.href,
            category: groups.indexOf(n.group || ''), symbolSize: 18 })),
          links: edges.map(e => ({ source: e.source, target: e.target, value: e.label || '' }))
        }]
      }, true);
      container.dataset.nodes = nodes.length;
      container.dataset.edges = edges.length;
    }

    function merge(data) {
      (data.nodes || []).forEach(n => { if (!nodes.some(x => x.id === n.id)) nodes.push(n); });
      (data.edges || []).forEach(e => {
        if (!edges.some(x => x.source === e.source && x.target === e.target && x.label === e.label)) edges.push(e);
      });
    }

    // as the graph helper's GraphView: pointing at a node selects it, clicking it expands it
    chart.on('mouseover', p => { if (p.dataType === 'node' && on.onSelect) on.onSelect(nodes.find(n => n.id === p.data.id)); });
    chart.on('click', p => { if (p.dataType === 'node' && on.onExpand) on.onExpand(nodes.find(n => n.id === p.data.id)); });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);

    return {
      set(data) { nodes = []; edges = []; merge(data); draw(); },
      add(data) { merge(data); draw(); },
      mark() {},
      destroy() { window.removeEventListener('resize', resize); chart.dispose(); }
    };
  }

  window.GraphView = { create };
})();
