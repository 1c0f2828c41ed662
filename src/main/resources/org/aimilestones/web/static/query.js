// The SPARQL editor: CodeMirror on the textarea, the example queries of /api/queries, results as a table.
(function () {
  let editor = null;
  let examples = [];

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

  function table(json) {
    const vars = json.head.vars;
    const head = '<tr>' + vars.map(v => '<th>?' + AIMIL.esc(v) + '</th>').join('') + '</tr>';
    const rows = json.results.bindings.map(b => '<tr>' + vars.map(v => '<td>' + cell(b[v]) + '</td>').join('') + '</tr>');
    return '<table class="result-table"><thead>' + head + '</thead><tbody>' + rows.join('') + '</tbody></table>';
  }

  async function run() {
    const status = document.getElementById('query-status');
    const error = document.getElementById('query-error');
    const results = document.getElementById('results');
    status.textContent = I18N.t('query.running');
    error.hidden = true;
    results.innerHTML = '';
    const started = performance.now();
    try {
      const response = await AIMIL.sparqlRaw(editor.getValue(),
        'application/sparql-results+json, text/turtle;q=0.9');
      const ms = Math.round(performance.now() - started);
      if ((response.headers.get('Content-Type') || '').includes('json')) {
        const json = await response.json();
        if ('boolean' in json) {
          status.textContent = '';
          results.innerHTML = '<p class="boolean">' + I18N.t(json.boolean ? 'query.true' : 'query.false') + '</p>';
        } else {
          status.textContent = I18N.t('query.rows', { n: json.results.bindings.length, ms });
          results.innerHTML = table(json);
        }
      } else {
        status.textContent = '';
        results.innerHTML = '<pre class="rdf">' + AIMIL.esc(await response.text()) + '</pre>';
      }
    } catch (e) {
      status.textContent = I18N.t('query.failed', { status: e.status || '?' });
      error.textContent = e.message || String(e);
      error.hidden = false;
    }
  }

  function showQuestion() {
    const chosen = examples.find(x => x.name === document.getElementById('examples').value);
    document.getElementById('question').textContent = chosen ? AIMIL.pick(chosen.question) : '';
  }

  function fillExamples() {
    const select = document.getElementById('examples');
    const current = select.value;
    select.querySelectorAll('option[value]:not([value=""])').forEach(o => o.remove());
    examples.forEach(x => {
      const option = document.createElement('option');
      option.value = x.name;
      option.textContent = x.name + ' — ' + AIMIL.pick(x.question);
      select.appendChild(option);
    });
    select.value = current;
    showQuestion();
  }

  function choose(name) {
    const chosen = examples.find(x => x.name === name);
    if (!chosen) return;
    document.getElementById('examples').value = name;
    editor.setValue(chosen.text);
    showQuestion();
    history.replaceState(null, '', '/query?name=' + encodeURIComponent(name));
  }

  document.addEventListener('DOMContentLoaded', async () => {
    editor = CodeMirror.fromTextArea(document.getElementById('editor'), {
      mode: 'application/sparql-query', lineNumbers: true, matchBrackets: true, indentUnit: 2,
      extraKeys: { 'Ctrl-Enter': run, 'Cmd-Enter': run }
    });
    document.getElementById('run').addEventListener('click', run);
    document.getElementById('examples').addEventListener('change', e => choose(e.target.value));
    examples = await (await fetch('/api/queries')).json();
    fillExamples();
    const params = new URLSearchParams(location.search);
    if (params.get('name')) choose(params.get('name'));
    if (params.get('query')) editor.setValue(params.get('query'));
    document.getElementById('examples').dataset.loaded = examples.length;
  });
  document.addEventListener('aimil:lang', () => { if (examples.length) fillExamples(); });
})();
