#!/usr/bin/env python3
"""Cross-engine answers: run every queries/*.rq once against each SPARQL endpoint and compare result sets.

usage: compare.py --queries DIR --out-json F --out-md F NAME=URL [NAME=URL ...]
The first endpoint is the reference (ai-milestones); each other one is compared with it.

A result is a list of rows; each row maps a variable to an RDF term. Terms are compared
  - strictly: IRI / literal lexical form + datatype + language (RDF 1.1: a plain literal is xsd:string;
    "typed-literal" is the old name of "literal"; blank node labels are ignored);
  - then after normalisations, each tried only when needed and named in the report:
      numeric   numbers compared by value, whatever their XSD numeric datatype (xsd:int vs xsd:integer, 1.0 vs 1)
      lang      language tags compared case-insensitively
      concat    GROUP_CONCAT values compared as sorted lists of their parts (the order of the parts is undefined)
Rows are compared as multisets; when the query has ORDER BY, the order is compared too, and an order difference
that stays within ties of the ORDER BY keys is not a difference (the engines may order ties differently).
"""
import argparse
import collections
import decimal
import json
import re
import sys
import urllib.parse
import urllib.request
from pathlib import Path

XSD = "http://www.w3.org/2001/XMLSchema#"
NUMERIC = {XSD + t for t in ("integer", "int", "long", "short", "byte", "decimal", "double", "float",
                             "nonNegativeInteger", "positiveInteger", "negativeInteger", "nonPositiveInteger",
                             "unsignedInt", "unsignedLong", "unsignedShort", "unsignedByte")}


def fetch(url, query, timeout=60):
    sep = "&" if "?" in url else "?"
    req = urllib.request.Request(url + sep + "query=" + urllib.parse.quote(query),
                                 headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(req, timeout=timeout) as resp:
        return resp.status, json.loads(resp.read().decode("utf-8"))


def short(dt):
    return "xsd:" + dt[len(XSD):] if dt and dt.startswith(XSD) else dt


def term_key(t, norms):
    """A hashable key for one JSON result term under the set of normalisations norms."""
    if t is None:
        return None
    ty = t.get("type")
    if ty == "uri":
        return ("uri", t["value"])
    if ty == "bnode":
        return ("bnode",)
    dt = t.get("datatype")
    lang = t.get("xml:lang")
    if dt == XSD + "string":
        dt = None
    if lang is not None and "lang" in norms:
        lang = lang.lower()
    value = t["value"]
    if dt in NUMERIC and "numeric" in norms:
        try:
            d = decimal.Decimal(value.strip())
            return ("num", d.normalize() if d != 0 else decimal.Decimal(0))
        except decimal.InvalidOperation:
            pass
    return ("lit", value, lang, dt)


def concat_vars(query):
    """{var: separator} for GROUP_CONCAT(... ; separator="s") AS ?var in the query."""
    out = {}
    for m in re.finditer(r'GROUP_CONCAT\s*\((.*?)\)\s+AS\s+\?(\w+)', query, re.I | re.S):
        sep = re.search(r'separator\s*=\s*("([^"]*)"|\'([^\']*)\')', m.group(1), re.I)
        out[m.group(2)] = (sep.group(2) if sep.group(2) is not None else sep.group(3)) if sep else " "
    return out


def row_key(row, variables, norms, concat):
    key = []
    for v in variables:
        t = row.get(v)
        if t is not None and "concat" in norms and v in concat and t.get("type") in ("literal", "typed-literal"):
            t = dict(t, value=concat[v].join(sorted(t["value"].split(concat[v]))))
        key.append(term_key(t, norms))
    return tuple(key)


def order_keys(query):
    """The variables of a top-level ORDER BY (plain ?var, ASC(?var), DESC(?var)); None if an expression is used."""
    m = re.search(r'ORDER\s+BY\s+(.*)$', query, re.I | re.S)
    if not m:
        return None
    keys = []
    for tok in re.findall(r'(?:ASC|DESC)?\s*\(\s*\?\w+\s*\)|\?\w+|\([^)]*\)\s*\)?|\S+', m.group(1)):
        v = re.fullmatch(r'(?:(?:ASC|DESC)\s*\(\s*)?\?(\w+)\s*\)?', tok.strip(), re.I)
        if not v:
            return None  # an expression: cannot tell ties apart
        keys.append(v.group(1))
    return keys


def compare(ref, other, query):
    """A dict describing how other's answer compares with ref's."""
    variables = ref["head"].get("vars", [])
    ovars = other["head"].get("vars", [])
    res = {"rows": [len(ref["results"]["bindings"]), len(other["results"]["bindings"])]}
    if sorted(variables) != sorted(ovars):
        res.update(status="different", detail=f"variables differ: {variables} vs {ovars}")
        return res
    concat = concat_vars(query)
    ordered = re.search(r'ORDER\s+BY', query, re.I) is not None
    # the smallest set of normalisations that makes the answers equal (tried smallest first)
    steps = [(), ("numeric",), ("lang",), ("concat",), ("numeric", "lang"), ("numeric", "concat"),
             ("lang", "concat"), ("numeric", "lang", "concat")]
    a_rows, b_rows = ref["results"]["bindings"], other["results"]["bindings"]
    for norms in steps:
        a = [row_key(r, variables, set(norms), concat) for r in a_rows]
        b = [row_key(r, variables, set(norms), concat) for r in b_rows]
        if collections.Counter(a) == collections.Counter(b):
            res["normalised"] = list(norms)
            if norms:
                res["datatypes"] = datatype_pairs(a_rows, b_rows, variables)
            if not ordered or a == b:
                res["status"] = "identical" if not norms else "equal after normalisation"
                return res
            keys = order_keys(query)
            if keys is not None and all(set(keys) <= set(variables) for _ in [0]):
                idx = [variables.index(k) for k in keys]
                if [tuple(r[i] for i in idx) for r in a] == [tuple(r[i] for i in idx) for r in b]:
                    res["status"] = "identical" if not norms else "equal after normalisation"
                    res["ties"] = "rows with equal ORDER BY keys come in another order"
                    return res
            res["status"] = "same rows, order differs"
            return res
    a = collections.Counter(row_key(r, variables, set(steps[-1]), concat) for r in a_rows)
    b = collections.Counter(row_key(r, variables, set(steps[-1]), concat) for r in b_rows)
    only_a, only_b = a - b, b - a
    res.update(status="different", only_ref=sum(only_a.values()), only_other=sum(only_b.values()),
               examples_ref=[fmt_row(k) for k in list(only_a)[:3]],
               examples_other=[fmt_row(k) for k in list(only_b)[:3]])
    res["explanation"] = explain(list(only_a.elements()), list(only_b.elements()), variables, a_rows, b_rows)
    return res


KNOWN = {XSD + "duration": "xsd:duration values do not come back in their lexical form (Virtuoso 7.2 returns"
                           " \"PT772S\" as \"772.772\", \"PT10S\" as \"10.1\"): it keeps durations in an internal"
                           " form and does not round-trip them"}


def explain(only_a, only_b, variables, a_rows, b_rows):
    """Pairs rows that differ in exactly one variable and says which variable and, if known, why."""
    diff_vars = collections.Counter()
    unpaired = list(only_b)
    for ra in only_a:
        for rb in unpaired:
            d = [i for i in range(len(variables)) if ra[i] != rb[i]]
            if len(d) == 1:
                diff_vars[variables[d[0]]] += 1
                unpaired.remove(rb)
                break
    if not diff_vars or unpaired:
        return "rows differ in more than one variable"
    parts = []
    for v, n in diff_vars.items():
        dts = {t.get("datatype") for r in a_rows + b_rows for t in [r.get(v)] if t}
        why = "; ".join(KNOWN[d] for d in dts if d in KNOWN)
        parts.append(f"{n} rows differ only in ?{v}" + (f" — {why}" if why else ""))
    return "; ".join(parts)


def datatype_pairs(a_rows, b_rows, variables):
    """Which literal datatypes/language forms differ between the two answers, per variable (for the report)."""
    def forms(rows):
        f = collections.defaultdict(set)
        for r in rows:
            for v in variables:
                t = r.get(v)
                if t and t.get("type") in ("literal", "typed-literal"):
                    f[v].add(short(t.get("datatype")) or ("@" + t["xml:lang"] if "xml:lang" in t else "plain"))
        return f
    fa, fb = forms(a_rows), forms(b_rows)
    return {v: [sorted(fa[v]), sorted(fb[v])] for v in variables if fa[v] != fb[v]}


def fmt_row(key):
    def fmt(t):
        if t is None:
            return "—"
        if t[0] == "uri":
            return "<" + t[1] + ">"
        if t[0] == "num":
            return str(t[1])
        if t[0] == "bnode":
            return "_:b"
        s = json.dumps(t[1], ensure_ascii=False)
        return s + ("@" + t[2] if t[2] else "") + ("^^" + short(t[3]) if t[3] else "")
    return " | ".join(fmt(t) for t in key)


NORM_WHY = {"concat": "SPARQL 1.1 leaves the order of GROUP_CONCAT's parts undefined, and the engines join them in"
                      " different orders",
            "numeric": "the engines type the same number differently (e.g. COUNT as xsd:int or xsd:integer)",
            "lang": "language tags are case-insensitive; the engines return them in different case"}
NORM_TEXT = {"numeric": "numbers compared by value", "lang": "language tags compared case-insensitively",
             "concat": "GROUP_CONCAT parts compared as sorted lists"}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--queries", required=True)
    ap.add_argument("--out-json", required=True)
    ap.add_argument("--out-md", required=True)
    ap.add_argument("--distinct-check", action="store_true",
                    help="also check, on each engine, that the distinct-query variant (BIND(n AS ?bench_n) before the"
                         " WHERE clause's closing brace, as bench/mkreqs.py distinct makes it) answers as the query")
    ap.add_argument("endpoints", nargs="+", help="NAME=URL, the first is the reference")
    args = ap.parse_args()
    eps = [e.split("=", 1) for e in args.endpoints]
    ref_name = eps[0][0]
    results = []
    for qf in sorted(Path(args.queries).glob("*.rq")):
        query = qf.read_text(encoding="utf-8")
        answers = {}
        for name, url in eps:
            try:
                status, answers[name] = fetch(url, query)
            except Exception as e:  # noqa: BLE001 - reported, not raised
                answers[name] = {"error": f"{type(e).__name__}: {e}"}
        entry = {"query": qf.stem, "engines": {}, "distinct_variant": {}}
        if args.distinct_check:
            cut = query.rindex("}")
            variant = query[:cut] + " BIND(123456789 AS ?bench_n) " + query[cut:]
            for name, url in eps:
                try:
                    if "error" in answers[name]:
                        raise RuntimeError(answers[name]["error"])
                    entry["distinct_variant"][name] = compare(answers[name], fetch(url, variant)[1], query)["status"]
                except Exception as e:  # noqa: BLE001
                    entry["distinct_variant"][name] = f"error: {e}"
        ref = answers[ref_name]
        for name, _ in eps[1:]:
            other = answers[name]
            if "error" in ref or "error" in other:
                entry["engines"][name] = {"status": "error", "detail": ref.get("error") or other.get("error")}
            else:
                entry["engines"][name] = compare(ref, other, query)
        if "error" not in ref:
            entry["rows"] = len(ref["results"]["bindings"])
        results.append(entry)
    Path(args.out_json).write_text(json.dumps(results, indent=1, ensure_ascii=False, default=str), encoding="utf-8")

    names = [n for n, _ in eps[1:]]
    lines = [f"| query | rows ({ref_name}) | " + " | ".join(f"{n} vs {ref_name}" for n in names) + " |",
             "| --- | ---: | " + " | ".join("---" for _ in names) + " |"]
    notes = []
    for e in results:
        cells = []
        for n in names:
            r = e["engines"][n]
            cell = r["status"]
            if r.get("normalised"):
                cell += " (" + ", ".join(r["normalised"]) + ")"
            if r.get("ties"):
                cell += "; ties reordered"
            if r["status"] == "different" and "only_ref" in r:
                cell += f": {r['only_ref']} rows only in {ref_name}, {r['only_other']} only in {n}"
            cells.append(cell)
            if r.get("normalised"):
                notes.append(f"- `{e['query']}` {n}: equal once " + "; ".join(NORM_TEXT[x] for x in r["normalised"])
                             + "".join(f" — {NORM_WHY[x]}" for x in r["normalised"] if x in NORM_WHY))
            if r.get("datatypes"):
                for v, (fa, fb) in r["datatypes"].items():
                    notes.append(f"- `{e['query']}` ?{v}: {ref_name} {', '.join(fa)} — {n} {', '.join(fb)}")
            if r["status"] == "different":
                notes.append(f"- `{e['query']}` {n}: {r.get('detail') or r.get('explanation', '')}"
                             + "".join(f"\n  - only {ref_name}: `{x}`" for x in r.get("examples_ref", []))
                             + "".join(f"\n  - only {n}: `{x}`" for x in r.get("examples_other", [])))
        lines.append(f"| `{e['query']}` | {e.get('rows', 'error')} | " + " | ".join(cells) + " |")
    md = "\n".join(lines) + "\n"
    if notes:
        md += "\nDetails (reference engine first):\n\n" + "\n".join(notes) + "\n"
    if args.distinct_check:
        md += "\nThe distinct-query variant of each query (` BIND(n AS ?bench_n) ` before the WHERE clause's closing brace) " \
              "against the plain query, engine by engine: "
        off = [f"`{e['query']}` on {n}: {st}" for e in results for n, st in e["distinct_variant"].items() if st != "identical"]
        md += ("same answers for all " + str(len(results)) + " queries on every engine.\n") if not off else \
              ("**differences**: " + "; ".join(off) + "\n")
    Path(args.out_md).write_text(md, encoding="utf-8")
    bad = sum(1 for e in results for r in e["engines"].values() if r["status"] in ("different", "error"))
    print(f"compare: {len(results)} queries, {bad} engine answers differ or failed", file=sys.stderr)


if __name__ == "__main__":
    main()
