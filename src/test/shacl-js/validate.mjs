// Runs SHACL shapes over a data graph with Zazuko's rdf-validate-shacl (a SHACL Core engine written in JavaScript,
// another implementation than jena-shacl) and prints its report in a form the JUnit test CoreEngineAgreementTest reads,
// for each data file:
//   data<TAB>DATA file as given
//   conforms<TAB>true|false
//   result<TAB>focus node<TAB>path<TAB>source shape<TAB>source constraint component<TAB>severity
// IRIs are written <...>, blank nodes _:label (labels are this run's own), a missing term "-".
// Usage: node validate.mjs SHAPES.ttl DATA.(ttl|nt)... (several data files in one run: node starts once)
import { readFileSync } from 'node:fs';
import N3 from 'n3';
import SHACLValidator from 'rdf-validate-shacl';

function read(file) {
  const format = file.endsWith('.nt') ? 'application/n-triples' : 'text/turtle';
  const parser = new N3.Parser({ format, baseIRI: 'file://' + file });
  const store = new N3.Store();
  store.addQuads(parser.parse(readFileSync(file, 'utf8')));
  return store;
}

function term(t) {
  if (!t) return '-';
  if (t.termType === 'NamedNode') return '<' + t.value + '>';
  if (t.termType === 'BlankNode') return '_:' + t.value;
  return JSON.stringify(t.value) + (t.language ? '@' + t.language : '^^<' + t.datatype.value + '>');
}

const [shapesFile, ...dataFiles] = process.argv.slice(2);
if (!shapesFile || dataFiles.length === 0) {
  console.error('usage: node validate.mjs SHAPES.ttl DATA.(ttl|nt)...');
  process.exit(2);
}
const shapes = read(shapesFile);
for (const dataFile of dataFiles) {
  const report = await new SHACLValidator(shapes).validate(read(dataFile));
  const lines = ['data\t' + dataFile, 'conforms\t' + report.conforms];
  for (const r of report.results) {
    lines.push(['result', term(r.focusNode), term(r.path), term(r.sourceShape),
      term(r.sourceConstraintComponent), term(r.severity)].join('\t'));
  }
  process.stdout.write(lines.join('\n') + '\n');
}
