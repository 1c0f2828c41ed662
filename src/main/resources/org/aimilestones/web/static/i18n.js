// The UI texts in English and Chinese, and the one language setting of every page: English, Chinese or both, kept
// in localStorage under 'ai-milestones.lang' ('en' | 'zh' | 'both'), chosen with the header's buttons
// (button[data-set]) on any page and applied on every page, also to the server's bilingual spans ([data-l], shown
// by html[data-show]). Script contract: I18N.t(key, values) gives a UI string in the setting ("English / 中文" in
// both); I18N.lang() is 'en' or 'zh', the language to write dynamic text in ('en' in both, where I18N.t and
// AIMIL.pick give both); I18N.mode() is the setting; the document event 'aimil:lang' fires when it changes.
(function () {
  const texts = {
    en: {
      'title.landing': 'AI Milestones — AI milestones {years}', 'title.landing.none': 'AI Milestones', 'title.search': 'Search — AI Milestones',
      'title.query': 'SPARQL editor — AI Milestones', 'title.timeline': 'Timeline — AI Milestones', 'title.graph': 'Graph — AI Milestones',
      'brand.sub': 'AI milestones {years}', 'brand.sub.none': 'AI milestones',
      'nav.home': 'Home', 'nav.search': 'Search', 'nav.timeline': 'Timeline', 'nav.graph': 'Graph',
      'nav.query': 'SPARQL', 'nav.ontology': 'Ontology',
      'footer.source': 'Sources of the data:', 'footer.credits': 'each source’s credit', 'footer.dump': 'Download (Turtle)', 'footer.endpoint': 'SPARQL endpoint',
      'footer.licence': 'Ontology, shapes, queries and the project’s own data: CC BY 4.0; code: Apache-2.0; the authors’ own words (quotes, slide titles, the words of the transcripts) stay theirs, with no licence: see each source’s credit.',
      'brand.name': 'AI Milestones',
      'landing.title': 'A knowledge graph of AI milestones, {years}', 'landing.title.none': 'A knowledge graph of AI milestones',
      'landing.intro': 'The events, people, organizations and artifacts of AI, as linked data: every resource has its own page, every fact points to the slide or the moment of a video that states it, and the whole graph can be queried with SPARQL. The sources are listed below.',
      'landing.sources': 'Sources', 'landing.noSources': 'The graph names no source.',
      'landing.credit': 'The events and their descriptions come from these sources, in the order of their series; the English texts are translations. Each source with the credit its author asks for:',
      'count.events': 'events', 'count.people': 'people', 'count.organizations': 'organizations',
      'count.artifacts': 'artifacts', 'count.triples': 'triples',
      'entry.timeline': 'Every event by date, coloured by kind.',
      'entry.graph': 'Walk the graph from one resource to its neighbours.',
      'entry.query.title': 'SPARQL editor', 'entry.query': 'Ask your own questions, or start from the example queries.',
      'entry.ontology': 'The classes and properties of the AI Milestones vocabulary.',
      'entry.dump.title': 'Data dump', 'entry.dump': 'The whole graph as one Turtle file.',
      'entry.void': 'A description of the dataset: size, vocabularies, links.',
      'search.title': 'Search', 'search.button': 'Search', 'search.anyLang': 'any language',
      'search.placeholder': '深度学习, 商汤, DeepMind, face recognition…',
      'search.none': 'Nothing found for “{q}”.', 'search.count': '{n} results for “{q}”.', 'search.searching': 'Searching…',
      'search.prompt': 'Type a word or a name, in English or in Chinese.',
      'search.source': 'Stated in:', 'search.more': '{n} more', 'search.slide': 'slide {n}', 'search.cue': 'cue {n}', 'search.part': 'part {n}',
      'search.watch': '▶ watch',
      'query.example': 'Example:', 'query.choose': '— choose a question —', 'query.run': 'Run',
      'query.hint': 'Ctrl+Enter runs the query.', 'query.running': 'Running…', 'query.rows': '{n} rows in {ms} ms.',
      'query.failed': 'The query failed (HTTP {status}):', 'query.true': 'Yes (true)', 'query.false': 'No (false)',
      'graph.title': 'Neighbourhood of', 'graph.page': 'Open the page of this resource',
      'graph.hint': 'Click a node to move to it.', 'graph.count': '{n} neighbours, {e} links.',
      'group.Event': 'Event', 'group.Person': 'Person', 'group.Organization': 'Organization',
      'group.Artifact': 'Artifact', 'group.other': 'Other', 'loading': 'Loading…', 'error': 'Error: {m}',
      // --- merge ---
      'nav.label': 'Site', 'resource.groups': 'Groups', 'footer.void': 'VoID', 'relation.inverse': 'is the value of, for',
      // --- graph ---
      'graph.help': 'Click a node or press Enter on it to add its neighbours to the drawing; the list of neighbours has the same links.',
      'graph.doctitle': '{name} — graph — AI Milestones',
      'graph.list': 'Neighbours', 'graph.list.centre': 'Linked to {name}', 'graph.list.of': 'Linked to {name}',
      'graph.list.count': '{n} resources.', 'graph.list.more': 'The first {n} resources (there are more).',
      'graph.list.all': 'Show all {n}', 'graph.none': 'No links to other resources.',
      'graph.rel.out': '→ {p} ({n})', 'graph.rel.in': '← {p} ({n})',
      'graph.rel.out.hint': 'this resource → relation → the resources listed',
      'graph.rel.in.hint': 'the resources listed → relation → this resource',
      'graph.expand': 'Expand', 'graph.expanded': 'Expanded', 'graph.expand.of': 'Expand {name} in the drawing',
      'graph.expanded.of': '{name} is expanded in the drawing',
      'graph.centre': 'Centre here', 'graph.centre.of': 'Centre the graph on {name}', 'graph.open': 'Open its page',
      'graph.count2': '{listed} neighbours listed, {drawn} resources drawn, {expanded} expanded.',
      'graph.select': 'Point at a node or focus it to see its full name here.',
      'graph.unknown.title': 'Not in the graph',
      'graph.unknown': 'Nothing in the graph is about {iri}. Search for a resource instead:',
      'graph.pick.title': 'Graph view', 'graph.pick': 'Choose a resource to see how it is linked to others: type a name in English or Chinese.',
      'graph.pick.label': 'Find a resource', 'graph.examples': 'Or start from one of these:',
      'group.Place': 'Place', 'group.Concept': 'Topic', 'group.Claim': 'Claim', 'group.Source': 'Source',
      'graphview.label': 'Drawing of the resources and their links', 'graphview.zoomIn': 'Zoom in',
      'graphview.zoomOut': 'Zoom out', 'graphview.fit': 'Show the whole drawing',
      // --- timeline ---
      'timeline.lead': 'Every event of the graph over the span its date means: a year across its year, a month across its month, a day as a day. One lane per kind of event; where labels would collide, a grey mark counts the events there (click it to zoom in). Events their sources leave undated are listed apart, below.',
      'timeline.kind': 'Kind', 'timeline.topic': 'Topic', 'timeline.org': 'Organization',
      'timeline.allKinds': 'All kinds', 'timeline.allTopics': 'All topics', 'timeline.allOrgs': 'All organizations',
      'timeline.clear': 'Clear filters', 'timeline.from': 'From', 'timeline.to': 'to', 'timeline.whole': 'All years',
      'timeline.legend': 'Drag the chart or the slider below it to move in time, its handles (or Ctrl and the mouse wheel) to zoom; the list below shows the same events. Dashed: the sources date the event differently, each date drawn. Click an event to open its page.',
      'timeline.more': '{n} more', 'timeline.laneCount': '{n} of {total} here',
      'timeline.clusterTip': '{n} events here (click to zoom in):', 'timeline.disputed': 'sources disagree on the date',
      'timeline.disputedTip': 'The sources disagree on the date:',
      'timeline.inView': 'Events from {from} to {to} ({n})', 'timeline.allDated': 'All dated events ({n})', 'timeline.listMore': 'The first {n} of {total}: zoom in or filter to see the others.',
      'timeline.undatedTitle': 'Undated events ({n})', 'timeline.undatedNone': 'No undated event matches the filters.',
      'timeline.undatedLead': 'The sources tell of these events without a date; none is made up for them.',
      'timeline.summary': '{n} of {total} events match the filters: {d} dated ({v} in the window shown), {u} undated.',
      'timeline.noMatch': 'No event matches the filters.', 'timeline.empty': 'The graph holds no event.',
      'timeline.toList': 'The list of events ↓', 'timeline.chartLabel': 'The events on a time axis, one lane per kind; the list below holds the same events.',
      // --- editor ---
      'editor.edited': 'edited', 'editor.copyLink': 'Copy link',
      'editor.hint': 'Ctrl+Enter runs the query; Ctrl+Space completes prefixes, classes, properties and resources (type res: or a name).',
      'editor.download': 'Download:',
      'editor.unknownName': 'There is no example query named “{name}”. Choose one from the list above, or write your own.',
      'editor.linkCopied': 'Link to this query copied.', 'editor.linkManual': 'Copy this link to the query:',
      'editor.answered': 'Answered in {ms} ms.', 'editor.triples': '{n} triples in {ms} ms.',
      'editor.view.table': 'Table', 'editor.view.graph': 'Graph', 'editor.view.timeline': 'Timeline', 'editor.view.bar': 'Bar chart',
      'editor.capped': 'Showing the first {shown} of {n} rows: download the results for all of them.',
      'editor.cappedEdges': 'Drawing the first {shown} of {n} links: download the results for all of them.',
      'editor.cappedPoints': 'Drawing the first {shown} of {n} dated rows: download the results for all of them.',
      'editor.cappedBars': 'Drawing the first {shown} of {n} bars: download the results for all of them.',
      'editor.undated': '{u} rows without a date are not drawn.',
      'editor.downloading': 'Downloading {file}…', 'editor.downloaded': 'Downloaded {file} ({type}, {kb} KB).',
      'editor.kind.class': 'class', 'editor.kind.property': 'property',
      'editor.cut': 'The server sends at most {max}: the answer is cut there.',
      'editor.group.resource': 'Resource', 'editor.group.ontology': 'Ontology term', 'editor.group.other': 'Other IRI',
      'editor.group.bnode': 'Blank node', 'editor.selected': 'Pointed at:',
      'editor.graphHint': 'Click a node to add its links to the drawing; the table lists every row.',
      'editor.examplesFailed': 'The example queries could not be loaded (the server is busy?), so “{name}” cannot be opened now: reload the page in a moment.',
      // --- paths ---
      'title.paths': 'Paths — AI Milestones', 'nav.paths': 'Paths',
      'paths.title': 'How are they connected?',
      'paths.intro': 'Pick two resources: the shortest chains of links between them are drawn and told, each link with the slide or transcript cue that states it.',
      'paths.from': 'From', 'paths.to': 'To', 'paths.placeholder': 'Geoffrey Hinton, 辛顿, AlexNet…',
      'paths.options': 'Options', 'paths.k': 'Paths', 'paths.hops': 'At most hops', 'paths.include': 'Also follow',
      'paths.exclude': 'Do not follow', 'paths.go': 'Find paths',
      'paths.prompt': 'Type a name in each box, in English or in Chinese, and pick it from the list.',
      'paths.pick': 'Type a name for “{which}” and pick it from the list.',
      'paths.pickFromList': 'Pick “{which}” from the list under the box.',
      'paths.noHits': 'Nothing found for “{q}”.', 'paths.finding': 'Finding paths…',
      'paths.none': 'No path between {from} and {to} within {hops} hops.',
      'paths.count': '{n} paths between {from} and {to}, shortest first.',
      'paths.hopsN': '{n} hops', 'paths.stepSources': '{step}: stated in {sources}',
      'paths.stepNoSource': '{step}: no source names this link', 'paths.sourceSeparator': '; ',
      'paths.inDocument': ' ({document})',
      'paths.drawing': 'The paths, from the start at the left to the end at the right'
    },
    zh: {
      'title.landing': 'AI 里程碑 — {years} 年 AI 重大事件', 'title.landing.none': 'AI 里程碑', 'title.search': '搜索 — AI 里程碑',
      'title.query': 'SPARQL 编辑器 — AI 里程碑', 'title.timeline': '时间线 — AI 里程碑', 'title.graph': '关系图 — AI 里程碑',
      'brand.sub': '{years} 年 AI 重大事件', 'brand.sub.none': 'AI 重大事件',
      'nav.home': '首页', 'nav.search': '搜索', 'nav.timeline': '时间线', 'nav.graph': '关系图',
      'nav.query': 'SPARQL', 'nav.ontology': '本体',
      'footer.source': '数据来源：', 'footer.credits': '各来源的版权说明', 'footer.dump': '下载（Turtle）', 'footer.endpoint': 'SPARQL 端点',
      'footer.licence': '本体、形状约束、查询及本项目自己的数据：CC BY 4.0；代码：Apache-2.0；作者原文（引语、幻灯片标题、文字稿原文）版权归其作者所有，不授予许可：见各来源的版权说明。',
      'brand.name': 'AI 里程碑',
      'landing.title': '{years} 年 AI 里程碑知识图谱', 'landing.title.none': 'AI 里程碑知识图谱',
      'landing.intro': 'AI 领域的事件、人物、机构和成果，以关联数据的形式呈现：每个资源都有自己的页面，每条事实都指向陈述它的幻灯片页或视频时刻，整个图谱可以用 SPARQL 查询。各来源列于下方。',
      'landing.sources': '来源', 'landing.noSources': '图谱未列出任何来源。',
      'landing.credit': '事件及其描述出自以下来源，按系列顺序排列；英文文本为译文。每个来源均附其作者要求的版权说明：',
      'count.events': '个事件', 'count.people': '位人物', 'count.organizations': '个机构',
      'count.artifacts': '项成果', 'count.triples': '个三元组',
      'entry.timeline': '按日期排列的所有事件，按类型着色。',
      'entry.graph': '从一个资源出发，浏览它的相邻资源。',
      'entry.query.title': 'SPARQL 编辑器', 'entry.query': '提出你自己的问题，或从示例查询开始。',
      'entry.ontology': 'AI 里程碑词汇表的类和属性。',
      'entry.dump.title': '数据下载', 'entry.dump': '整个图谱，一个 Turtle 文件。',
      'entry.void': '数据集描述：规模、词汇表、链接。',
      'search.title': '搜索', 'search.button': '搜索', 'search.anyLang': '任何语言',
      'search.placeholder': '深度学习、商汤、DeepMind、face recognition…',
      'search.none': '没有找到“{q}”。', 'search.count': '“{q}”共有 {n} 个结果。', 'search.searching': '正在搜索…',
      'search.prompt': '输入一个词或名字，中文或英文均可。',
      'search.source': '出处：', 'search.more': '另有 {n} 处', 'search.slide': '第 {n} 页', 'search.cue': '第 {n} 条字幕', 'search.part': '第 {n} 部分',
      'search.watch': '▶ 观看',
      'query.example': '示例：', 'query.choose': '— 选择一个问题 —', 'query.run': '运行',
      'query.hint': 'Ctrl+Enter 运行查询。', 'query.running': '正在运行…', 'query.rows': '{n} 行，用时 {ms} 毫秒。',
      'query.failed': '查询失败（HTTP {status}）：', 'query.true': '是（true）', 'query.false': '否（false）',
      'graph.title': '相邻资源：', 'graph.page': '打开此资源的页面',
      'graph.hint': '点击一个节点即可移到该节点。', 'graph.count': '{n} 个相邻资源，{e} 条关系。',
      'group.Event': '事件', 'group.Person': '人物', 'group.Organization': '机构',
      'group.Artifact': '成果', 'group.other': '其他', 'loading': '正在加载…', 'error': '错误：{m}',
      // --- merge ---
      'nav.label': '网站导航', 'resource.groups': '分组', 'footer.void': 'VoID 数据集描述', 'relation.inverse': '是以下资源的该属性的值',
      // --- graph ---
      'graph.help': '点击一个节点或在节点上按 Enter 键，即可把它的相邻资源加入图中；相邻资源列表中有同样的链接。',
      'graph.doctitle': '{name} — 关系图 — AI 里程碑',
      'graph.list': '相邻资源', 'graph.list.centre': '与{name}相连', 'graph.list.of': '与{name}相连',
      'graph.list.count': '共 {n} 个资源。', 'graph.list.more': '前 {n} 个资源（还有更多）。',
      'graph.list.all': '显示全部 {n} 个', 'graph.none': '没有与其他资源的链接。',
      'graph.rel.out': '→ {p}（{n}）', 'graph.rel.in': '← {p}（{n}）',
      'graph.rel.out.hint': '此资源 → 关系 → 所列资源',
      'graph.rel.in.hint': '所列资源 → 关系 → 此资源',
      'graph.expand': '展开', 'graph.expanded': '已展开', 'graph.expand.of': '在图中展开{name}',
      'graph.expanded.of': '{name}已在图中展开',
      'graph.centre': '以此为中心', 'graph.centre.of': '以{name}为中心查看关系图', 'graph.open': '打开其页面',
      'graph.count2': '列出 {listed} 个相邻资源，图中 {drawn} 个资源，已展开 {expanded} 个。',
      'graph.select': '将指针移到节点上或聚焦节点，即可在此看到其全名。',
      'graph.unknown.title': '图谱中没有此资源',
      'graph.unknown': '图谱中没有关于 {iri} 的内容。请改为搜索一个资源：',
      'graph.pick.title': '关系图', 'graph.pick': '选择一个资源，查看它与其他资源的关系：输入中文或英文名称。',
      'graph.pick.label': '查找资源', 'graph.examples': '或从以下资源开始：',
      'group.Place': '地点', 'group.Concept': '主题', 'group.Claim': '论断', 'group.Source': '来源',
      'graphview.label': '资源及其关系图', 'graphview.zoomIn': '放大',
      'graphview.zoomOut': '缩小', 'graphview.fit': '显示整张图',
      // --- timeline ---
      'timeline.lead': '图谱中的每个事件按其日期所指的时间段绘出：精确到年的横跨整年，精确到月的横跨整月，精确到日的只占一天。每类事件一条泳道；标签会相互重叠之处，用灰色标记显示该处的事件数（点击即可放大）。来源未注明日期的事件另列于下方。',
      'timeline.kind': '类型', 'timeline.topic': '主题', 'timeline.org': '机构',
      'timeline.allKinds': '所有类型', 'timeline.allTopics': '所有主题', 'timeline.allOrgs': '所有机构',
      'timeline.clear': '清除筛选', 'timeline.from': '从', 'timeline.to': '到', 'timeline.whole': '全部年份',
      'timeline.legend': '拖动图表或其下方的滑块可在时间上移动，拖动滑块两端（或按住 Ctrl 滚动鼠标滚轮）可缩放；下方列表显示相同的事件。虚线：各来源给出的日期不同，每个日期都画出。点击事件即可打开其页面。',
      'timeline.more': '另 {n} 项', 'timeline.laneCount': '此处 {n} / 共 {total}',
      'timeline.clusterTip': '此处有 {n} 个事件（点击放大）：', 'timeline.disputed': '各来源日期不一',
      'timeline.disputedTip': '各来源给出的日期不同：',
      'timeline.inView': '{from}至{to}的事件（{n} 个）', 'timeline.allDated': '所有注明日期的事件（{n} 个）', 'timeline.listMore': '仅列出前 {n} 个，共 {total} 个：放大或筛选以查看其余事件。',
      'timeline.undatedTitle': '未注明日期的事件（{n} 个）', 'timeline.undatedNone': '没有符合筛选条件的未注明日期事件。',
      'timeline.undatedLead': '来源提到这些事件时没有给出日期；这里也不为它们编造日期。',
      'timeline.summary': '共 {total} 个事件，其中 {n} 个符合筛选条件：{d} 个有日期（当前时间窗口内 {v} 个），{u} 个未注明日期。',
      'timeline.noMatch': '没有符合筛选条件的事件。', 'timeline.empty': '图谱中没有事件。',
      'timeline.toList': '事件列表 ↓', 'timeline.chartLabel': '时间轴上的事件，每类事件一条泳道；下方列表包含相同的事件。',
      // --- editor ---
      'editor.edited': '已修改', 'editor.copyLink': '复制链接',
      'editor.hint': 'Ctrl+Enter 运行查询；Ctrl+Space 补全前缀、类、属性和资源（输入 res: 或名称）。',
      'editor.download': '下载：',
      'editor.unknownName': '没有名为“{name}”的示例查询。请从上面的列表中选择一个，或自己编写查询。',
      'editor.linkCopied': '已复制此查询的链接。', 'editor.linkManual': '请复制此查询的链接：',
      'editor.answered': '用时 {ms} 毫秒。', 'editor.triples': '{n} 个三元组，用时 {ms} 毫秒。',
      'editor.view.table': '表格', 'editor.view.graph': '关系图', 'editor.view.timeline': '时间线', 'editor.view.bar': '柱状图',
      'editor.capped': '仅显示 {n} 行中的前 {shown} 行：下载结果可获得全部。',
      'editor.cappedEdges': '仅绘制 {n} 条关系中的前 {shown} 条：下载结果可获得全部。',
      'editor.cappedPoints': '仅绘制 {n} 个有日期的行中的前 {shown} 个：下载结果可获得全部。',
      'editor.cappedBars': '仅绘制 {n} 个柱中的前 {shown} 个：下载结果可获得全部。',
      'editor.undated': '{u} 个没有日期的行未绘出。',
      'editor.downloading': '正在下载 {file}…', 'editor.downloaded': '已下载 {file}（{type}，{kb} KB）。',
      'editor.kind.class': '类', 'editor.kind.property': '属性',
      'editor.cut': '服务器最多发送 {max} 条：结果在此处截断。',
      'editor.group.resource': '资源', 'editor.group.ontology': '本体术语', 'editor.group.other': '其他 IRI',
      'editor.group.bnode': '空白节点', 'editor.selected': '指向：',
      'editor.graphHint': '点击一个节点，即可把它的关系加入图中；表格列出所有行。',
      'editor.examplesFailed': '示例查询未能加载（服务器繁忙？），因此现在无法打开“{name}”：请稍后重新加载页面。',
      // --- paths ---
      'title.paths': '关系路径 — AI Milestones', 'nav.paths': '关系路径',
      'paths.title': '它们之间有什么关系？',
      'paths.intro': '选择两个资源：它们之间最短的关系链会被画出并用句子讲述，每条关系都附有陈述它的幻灯片页或字幕条目。',
      'paths.from': '起点', 'paths.to': '终点', 'paths.placeholder': '杰弗里·辛顿、Hinton、AlexNet…',
      'paths.options': '选项', 'paths.k': '路径数', 'paths.hops': '最多步数', 'paths.include': '另外沿着',
      'paths.exclude': '不沿着', 'paths.go': '查找路径',
      'paths.prompt': '在每个输入框中输入名称（中文或英文均可），再从列表中选择。',
      'paths.pick': '请为“{which}”输入名称并从列表中选择。',
      'paths.pickFromList': '请从输入框下方的列表中选择“{which}”。',
      'paths.noHits': '没有找到“{q}”。', 'paths.finding': '正在查找路径…',
      'paths.none': '在 {hops} 步之内，{from} 与 {to} 之间没有路径。',
      'paths.count': '{from} 与 {to} 之间有 {n} 条路径，最短的在前。',
      'paths.hopsN': '{n} 步', 'paths.stepSources': '{step}。出处：{sources}',
      'paths.stepNoSource': '{step}。没有来源陈述这条关系。', 'paths.sourceSeparator': '；',
      'paths.inDocument': '（{document}）',
      'paths.drawing': '路径图：起点在左，终点在右'
    }
  };

  const KEY = 'ai-milestones.lang';
  const MODES = ['en', 'zh', 'both'];
  const root = document.documentElement;

  function stored() {
    try {
      const value = localStorage.getItem(KEY);
      return MODES.includes(value) ? value : null;
    } catch (e) {
      return null; // storage disabled: the setting lasts for this page only
    }
  }

  // the reader's setting, else the page's first language (the server's, from Accept-Language), else the browser's
  let current = stored() || (MODES.includes(root.dataset.show) ? root.dataset.show
    : (navigator.language || 'en').toLowerCase().startsWith('zh') ? 'zh' : 'en');
  root.dataset.show = current; // at once (this script runs in the head): the server's spans show right

  function mode() {
    return current;
  }

  function lang() {
    return current === 'zh' ? 'zh' : 'en';
  }

  function text(l, key, values) {
    const some = Object.values(values || {}).some(v => v === '' || v === null || v === undefined);
    if (some && (texts[l][key + '.none'] || texts.en[key + '.none'])) key = key + '.none';
    let s = texts[l][key] || texts.en[key] || key;
    Object.entries(values || {}).forEach(([k, v]) => { s = s.split('{' + k + '}').join(String(v)); });
    return s;
  }

  // the text of key in the setting's language with {name} filled from values ("English / 中文" in both, once where
  // they are the same); where a value is empty and the key has a ".none" variant (e.g. the year span of a graph
  // whose sources cover no year), that variant
  function t(key, values) {
    if (current !== 'both') return text(current, key, values);
    const en = text('en', key, values);
    const zh = text('zh', key, values);
    return en === zh ? en : en + ' / ' + zh;
  }

  // an element's values for its text: data-i18n-NAME="value" fills {name} (data-i18n-years fills {years})
  const ATTRIBUTES = { i18nPlaceholder: 'placeholder', i18nTitle: 'title', i18nAriaLabel: 'aria-label', i18nAlt: 'alt' };
  function args(el) {
    const values = {};
    Object.keys(el.dataset).filter(k => k.startsWith('i18n') && k.length > 4 && !ATTRIBUTES[k])
      .forEach(k => { values[k.charAt(4).toLowerCase() + k.substring(5)] = el.dataset[k]; });
    return values;
  }

  function span(l, s) {
    const el = document.createElement('span');
    el.lang = l;
    el.dataset.l = l;
    el.textContent = s;
    return el;
  }

  // every element's UI text in the setting: data-i18n (the text; in both, an English and a Chinese span, as the
  // server writes them), data-i18n-placeholder / -title / -aria-label / -alt (the attribute), the title element
  // (data-title-en / data-title-zh from the server), the switch's pressed button
  function apply() {
    root.dataset.show = current;
    root.lang = current === 'zh' ? 'zh-CN' : 'en';
    document.querySelectorAll('[data-i18n]').forEach(el => {
      const values = args(el);
      if (current === 'both') {
        const en = text('en', el.dataset.i18n, values);
        const zh = text('zh', el.dataset.i18n, values);
        if (el.tagName === 'TITLE' || el.tagName === 'OPTION' || en === zh) el.textContent = t(el.dataset.i18n, values);
        else el.replaceChildren(span('en', en), span('zh', zh));
      } else {
        el.textContent = t(el.dataset.i18n, values);
      }
    });
    Object.entries(ATTRIBUTES).forEach(([data, attribute]) => {
      const selector = '[data-' + data.replace(/[A-Z]/g, c => '-' + c.toLowerCase()) + ']';
      document.querySelectorAll(selector).forEach(el => { el.setAttribute(attribute, t(el.dataset[data])); });
    });
    const title = document.querySelector('title[data-title-en]');
    if (title) {
      const en = title.dataset.titleEn;
      const zh = title.dataset.titleZh || en;
      document.title = current === 'zh' ? zh : current === 'en' || en === zh ? en : en + ' / ' + zh;
    }
    document.querySelectorAll('button[data-set]').forEach(b => {
      b.setAttribute('aria-pressed', String(b.dataset.set === current));
    });
    document.dispatchEvent(new CustomEvent('aimil:lang', { detail: lang() }));
  }

  // sets and keeps the setting ('en', 'zh' or 'both') for every page, and applies it to this one
  function setLang(l) {
    if (!MODES.includes(l)) throw new Error('no such language setting: ' + l);
    current = l;
    try {
      localStorage.setItem(KEY, l);
    } catch (e) { /* not kept: storage disabled */ }
    apply();
  }

  window.I18N = { lang, mode, t, apply, setLang };
  document.addEventListener('click', event => {
    const button = event.target.closest && event.target.closest('button[data-set]');
    if (button) setLang(button.dataset.set);
  });
  // chosen in another tab: this one follows
  window.addEventListener('storage', event => {
    if (event.key === KEY && MODES.includes(event.newValue) && event.newValue !== current) {
      current = event.newValue;
      apply();
    }
  });
  document.addEventListener('DOMContentLoaded', () => {
    const here = document.querySelector('[data-nav="' + document.body.dataset.page + '"]');
    if (here) {
      here.classList.add('active');
      here.setAttribute('aria-current', 'page');
    }
    apply();
  });
})();
