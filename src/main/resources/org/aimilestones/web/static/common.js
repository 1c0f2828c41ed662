// Helpers shared by the pages: SPARQL over fetch(), resource links, labels in the UI language, HTML escaping.
(function () {
  const RES = 'https://w3id.org/ai-milestones/resource/';
  const PREFIXES = {
    'res:': RES, 'aimil:': 'https://w3id.org/ai-milestones/ontology#', 'rdfs:': 'http://www.w3.org/2000/01/rdf-schema#',
    'rdf:': 'http://www.w3.org/1999/02/22-rdf-syntax-ns#', 'xsd:': 'http://www.w3.org/2001/XMLSchema#',
    'skos:': 'http://www.w3.org/2004/02/skos/core#', 'owl:': 'http://www.w3.org/2002/07/owl#',
    'schema:': 'http://schema.org/', 'wd:': 'http://www.wikidata.org/entity/', 'time:': 'http://www.w3.org/2006/time#'
  };

  const ONTO = 'https://w3id.org/ai-milestones/ontology';

  // the HTML document about an IRI on this server (a resource's page, a term's place in the ontology's
  // documentation; not the IRI's own path, which answers 303), or the IRI itself
  function pageOf(iri) {
    if (iri.startsWith(RES) && iri.length > RES.length) return '/page/' + iri.substring(RES.length);
    if (iri === ONTO || iri.startsWith(ONTO + '#')) return '/ontology.html' + iri.substring(ONTO.length);
    return iri;
  }

  // the IRI with a known prefix, e.g. res:alexnet
  function shortIri(iri) {
    for (const [p, ns] of Object.entries(PREFIXES)) {
      if (iri.startsWith(ns) && iri.length > ns.length) return p + iri.substring(ns.length);
    }
    return iri;
  }

  // The one URL sanitizer of the pages (the server's pages have the same rule, SafeUrl.java): only http, https and
  // mailto URLs and relative ones may become links; returns url if it may, else null. The URL is parsed as the
  // browser will parse the href, so tabs, line breaks or blanks cannot hide a javascript: scheme.
  const LINK_SCHEMES = ['http:', 'https:', 'mailto:'];
  function safeHref(url) {
    if (url === null || url === undefined) return null;
    try {
      return LINK_SCHEMES.includes(new URL(String(url), document.baseURI).protocol) ? String(url) : null;
    } catch (e) {
      return null;
    }
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
    return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  }

  // the value for the UI language from {en, zh}, else the other one, else fallback
  function pick(labels, fallback) {
    const l = I18N.lang();
    return (labels && (labels[l] || labels[l === 'zh' ? 'en' : 'zh'])) || fallback || '';
  }

  // POSTs a query to the SPARQL endpoint; resolves to the response, rejects with {status, message} on HTTP errors
  async function sparqlRaw(query, accept) {
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

  window.AIMIL = { RES, pageOf, pageHref, safeHref, link, shortIri, esc, pick, sparql, sparqlRaw };
})();
