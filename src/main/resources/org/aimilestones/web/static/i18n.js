// The UI texts in English and Chinese, and the switch between them (kept in localStorage).
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
      'timeline.intro': 'Every event of the graph at its date, one row per kind of event. Events their sources leave undated have a lane of their own below. Click a point to open the event.',
      'timeline.list': 'All events', 'timeline.undated': 'Undated', 'timeline.count': '{n} events, {u} of them undated.',
      'timeline.noDate': 'no date',
      'graph.title': 'Neighbourhood of', 'graph.page': 'Open the page of this resource',
      'graph.hint': 'Click a node to move to it.', 'graph.count': '{n} neighbours, {e} links.',
      'group.Event': 'Event', 'group.Person': 'Person', 'group.Organization': 'Organization',
      'group.Artifact': 'Artifact', 'group.other': 'Other', 'loading': 'Loading…', 'error': 'Error: {m}',
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
      'editor.examplesFailed': 'The example queries could not be loaded (the server is busy?), so “{name}” cannot be opened now: reload the page in a moment.'
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
      'timeline.intro': '图谱中的每个事件按日期排列，每类事件一行。来源未注明日期的事件单独列在下方一行。点击一个点即可打开该事件。',
      'timeline.list': '所有事件', 'timeline.undated': '未注明日期', 'timeline.count': '共 {n} 个事件，其中 {u} 个未注明日期。',
      'timeline.noDate': '无日期',
      'graph.title': '相邻资源：', 'graph.page': '打开此资源的页面',
      'graph.hint': '点击一个节点即可移到该节点。', 'graph.count': '{n} 个相邻资源，{e} 条关系。',
      'group.Event': '事件', 'group.Person': '人物', 'group.Organization': '机构',
      'group.Artifact': '成果', 'group.other': '其他', 'loading': '正在加载…', 'error': '错误：{m}',
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
      'editor.examplesFailed': '示例查询未能加载（服务器繁忙？），因此现在无法打开“{name}”：请稍后重新加载页面。'
    }
  };

  function lang() {
    const stored = localStorage.getItem('ai-milestones.lang');
    if (stored === 'en' || stored === 'zh') return stored;
    return (navigator.language || 'en').toLowerCase().startsWith('zh') ? 'zh' : 'en';
  }

  // the text of key in the UI language with {name} filled from values; where a value is empty and the key has a
  // ".none" variant (e.g. the year span of a graph whose sources cover no year), that variant
  function t(key, values) {
    const l = lang();
    const some = Object.values(values || {}).some(v => v === '' || v === null || v === undefined);
    if (some && (texts[l][key + '.none'] || texts.en[key + '.none'])) key = key + '.none';
    let s = texts[l][key] || texts.en[key] || key;
    Object.entries(values || {}).forEach(([k, v]) => { s = s.split('{' + k + '}').join(String(v)); });
    return s;
  }

  // an element's values for its text: data-i18n-NAME="value" fills {name} (data-i18n-years fills {years})
  function args(el) {
    const values = {};
    Object.keys(el.dataset).filter(k => k.startsWith('i18n') && k.length > 4 && k !== 'i18nPlaceholder')
      .forEach(k => { values[k.charAt(4).toLowerCase() + k.substring(5)] = el.dataset[k]; });
    return values;
  }

  function apply() {
    const l = lang();
    document.documentElement.lang = l === 'zh' ? 'zh-CN' : 'en';
    document.querySelectorAll('[data-i18n]').forEach(el => { el.textContent = t(el.dataset.i18n, args(el)); });
    document.querySelectorAll('[data-i18n-placeholder]').forEach(el => { el.placeholder = t(el.dataset.i18nPlaceholder); });
    const button = document.getElementById('lang-switch');
    if (button) button.textContent = l === 'zh' ? 'English' : '中文';
    document.dispatchEvent(new CustomEvent('aimil:lang', { detail: l }));
  }

  function setLang(l) {
    localStorage.setItem('ai-milestones.lang', l);
    apply();
  }

  window.I18N = { lang, t, apply, setLang };
  document.addEventListener('DOMContentLoaded', () => {
    const button = document.getElementById('lang-switch');
    if (button) button.addEventListener('click', () => setLang(lang() === 'zh' ? 'en' : 'zh'));
    const current = document.querySelector('[data-nav="' + document.body.dataset.page + '"]');
    if (current) current.classList.add('active');
    apply();
  });
})();
