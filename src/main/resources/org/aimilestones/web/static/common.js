// Helpers shared by the pages: SPARQL over fetch(), resource links, labels in the UI language, HTML escaping, the
// project's prefixes (from the server: GET /api/prefixes, the vocabulary's one list).
(function () {
  const RES = 'https://w3id.org/ai-milestones/resource/';

  // the prefixes, {"aimil": "https://…ontology#", …}: empty until /api/prefixes answers; AIMIL.prefixes() waits
  // for them, and so does every AIMIL.sparql call, so that what a page renders from its results is shortened
  let PREFIXES = {};
  const prefixesLoaded = fetch('/api/prefixes', { headers: { 'Accept': 'application/json' } })
    .then(r => (r.ok ? r.json() : {}))
    .then(map => { PREFIXES = map; return map; })
    .catch(() => PREFIXES);

  function prefixes() {
    return prefixesLoaded;
  }

  const ONTO = 'https://w3id.org/ai-milestones/ontology';

  // the HTML document about an IRI on this server (a resource's page, a term's place in the ontology's
  // documentation; not the IRI's own path, which answers 303), or the IRI itself
  function pageOf(iri) {
    if (iri.startsWith(RES) && iri.length > RES.length) return '/page/' + iri.substring(RES.length);
    if (iri === ONTO || iri.startsWith(ONTO + '#')) return '/ontology.html' + iri.substring(ONTO.length);
    return iri;
  }

  // the IRI with a known prefix, e.g. res:alexnet (the longest namespace that applies)
  function shortIri(iri) {
    let best = null;
    for (const [p, ns] of Object.entries(PREFIXES)) {
      if (iri.startsWith(ns) && iri.length > ns.length && (best === null || ns.length > best[1].length)) best = [p, ns];
    }
    return best === null ? iri : best[0] + ':' + iri.substring(best[1].length);
  }

  // The one URL sanitizer of the pages, the same rule as the server's (SafeUrl.java; OneInterfaceBrowserTest
  // checks that they agree): only http, https and mailto URLs and relative ones (no scheme) may become links; returns url if
  // it may, else null. The scheme is read as the browser reads the href: leading and trailing C0 controls and spaces
  // are dropped, and tabs and line breaks anywhere, so that they cannot hide a javascript: scheme.
  const LINK_SCHEMES = ['http', 'https', 'mailto'];
  function safeHref(url) {
    if (url === null || url === undefined) return null;
    const read = String(url).replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
    const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(read);
    return scheme === null || LINK_SCHEMES.includes(scheme[1].toLowerCase()) ? String(url) : null;
  }

  // HTML of a link to url around html (already escaped) when url is safe, else of a span: not a link at all.
  // attributes: further attribute markup, e.g. ' class="hit-link"', values already escaped
  function link(url, html, attributes) {
    const href = safeHref(url);
    const rest = attributes || '';
    return href === null ? '<span' + rest + '>' + html + '</span>'
      : '<a href="' + esc(href) + '"' + rest + '>' + html + '</a>';
  }

  // the safe href of the page about an IRI (see pageOf), or null
  function pageHref(iri) {
    return safeHref(pageOf(iri));
  }

  function esc(s) {
    return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
      .replace(/'/g, '&#39;');
  }

  // the value for the UI language from {en, zh}, else the other one, else fallback; in the setting "both",
  // "English / 中文" where both exist and differ
  function pick(labels, fallback) {
    if (I18N.mode && I18N.mode() === 'both' && labels && labels.en && labels.zh && labels.en !== labels.zh) {
      return labels.en + ' / ' + labels.zh;
    }
    const l = I18N.lang();
    return (labels && (labels[l] || labels[l === 'zh' ? 'en' : 'zh'])) || fallback || '';
  }

  // POSTs a query to the SPARQL endpoint; resolves to the response, rejects with {status, message} on HTTP errors
  async function sparqlRaw(query, accept) {
    await prefixesLoaded;
    const response = await fetch('/ai-milestones/sparql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Accept': accept },
      body: new URLSearchParams({ query })
    });
    if (!response.ok) {
      throw { status: response.status, message: (await response.text()).trim() };
    }
    return response;
  }

  // SELECT/ASK results as SPARQL JSON
  async function sparql(query) {
    return (await sparqlRaw(query, 'application/sparql-results+json')).json();
  }

  window.AIMIL = { RES, pageOf, pageHref, safeHref, link, shortIri, esc, pick, sparql, sparqlRaw, prefixes };
})();
