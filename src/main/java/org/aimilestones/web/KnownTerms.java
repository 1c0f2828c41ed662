package org.aimilestones.web;

import java.util.Map;
import java.util.Optional;

/**
 * English and Chinese names of the terms of other vocabularies the graph uses without labelling them (Dublin Core,
 * SKOS, VoID, DCAT, OWL-Time…), so that a page names them in words ("Licence", "许可") rather than as "dct:license".
 */
final class KnownTerms {

    /** A term's names. */
    record Name(String en, String zh) {}

    private static final String DCT = "http://purl.org/dc/terms/";
    private static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    private static final String VOID = "http://rdfs.org/ns/void#";
    private static final String DCAT = "http://www.w3.org/ns/dcat#";
    private static final String OWL = "http://www.w3.org/2002/07/owl#";
    private static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    private static final String TIME = "http://www.w3.org/2006/time#";
    private static final String FOAF = "http://xmlns.com/foaf/0.1/";
    private static final String VANN = "http://purl.org/vocab/vann/";

    private static final Map<String, Name> NAMES = Map.ofEntries(
            term(DCT + "title", "title", "标题"),
            term(DCT + "description", "description", "描述"),
            term(DCT + "creator", "creator", "创建者"),
            term(DCT + "contributor", "contributor", "贡献者"),
            term(DCT + "publisher", "publisher", "发布者"),
            term(DCT + "created", "created", "创建日期"),
            term(DCT + "issued", "issued", "发布日期"),
            term(DCT + "modified", "modified", "修改日期"),
            term(DCT + "license", "licence", "许可"),
            term(DCT + "rights", "rights", "版权"),
            term(DCT + "rightsHolder", "rights holder", "版权所有者"),
            term(DCT + "bibliographicCitation", "how to cite", "引用格式"),
            term(DCT + "source", "source", "来源"),
            term(DCT + "isPartOf", "part of", "属于"),
            term(DCT + "hasVersion", "version", "版本"),
            term(DCT + "isVersionOf", "version of", "版本所属"),
            term(DCT + "language", "language", "语言"),
            term(DCT + "subject", "subject", "主题"),
            term(DCT + "conformsTo", "conforms to", "遵循标准"),
            term(DCT + "isReferencedBy", "referenced by", "被引用于"),
            term(DCT + "references", "references", "引用"),
            term(SKOS + "altLabel", "also known as", "又称"),
            term(SKOS + "prefLabel", "preferred label", "首选标签"),
            term(SKOS + "note", "note", "注释"),
            term(SKOS + "editorialNote", "editorial note", "编辑注释"),
            term(SKOS + "broader", "broader topic", "上位主题"),
            term(SKOS + "narrower", "narrower topic", "下位主题"),
            term(SKOS + "related", "related topic", "相关主题"),
            term(SKOS + "inScheme", "in scheme", "所属体系"),
            term(SKOS + "topConceptOf", "top topic of", "顶层主题所属"),
            term(SKOS + "hasTopConcept", "top topics", "顶层主题"),
            term(SKOS + "exactMatch", "same concept as", "精确匹配"),
            term(SKOS + "closeMatch", "close match", "近似匹配"),
            term(SKOS + "Concept", "Concept", "概念"),
            term(SKOS + "ConceptScheme", "Concept scheme", "概念体系"),
            term(VOID + "Dataset", "Dataset (VoID)", "数据集（VoID）"),
            term(VOID + "Linkset", "Linkset", "链接集"),
            term(VOID + "subset", "subset", "子集"),
            term(VOID + "exampleResource", "example resource", "示例资源"),
            term(VOID + "rootResource", "root resource", "根资源"),
            term(VOID + "vocabulary", "vocabulary", "词表"),
            term(VOID + "uriSpace", "URI space", "URI 空间"),
            term(VOID + "target", "target", "目标"),
            term(VOID + "subjectsTarget", "subjects target", "主语目标"),
            term(VOID + "objectsTarget", "objects target", "宾语目标"),
            term(VOID + "linkPredicate", "link predicate", "链接谓词"),
            term(DCAT + "Dataset", "Dataset (DCAT)", "数据集（DCAT）"),
            term(DCAT + "Distribution", "Distribution", "分发"),
            term(DCAT + "DataService", "Data service", "数据服务"),
            term(DCAT + "distribution", "distribution", "分发"),
            term(DCAT + "keyword", "keyword", "关键词"),
            term(DCAT + "theme", "theme", "主题"),
            term(DCAT + "themeTaxonomy", "theme taxonomy", "主题分类"),
            term(DCAT + "version", "version", "版本"),
            term(DCAT + "accessService", "access service", "访问服务"),
            term(DCAT + "servesDataset", "serves dataset", "提供数据集"),
            term(OWL + "sameAs", "same as", "同一实体"),
            term(OWL + "Class", "Class (OWL)", "类（OWL）"),
            term(OWL + "ObjectProperty", "Object property", "对象属性"),
            term(OWL + "DatatypeProperty", "Datatype property", "数据属性"),
            term(OWL + "AnnotationProperty", "Annotation property", "注解属性"),
            term(OWL + "FunctionalProperty", "Functional property", "函数型属性"),
            term(OWL + "NamedIndividual", "Named individual", "命名个体"),
            term(OWL + "Ontology", "Ontology", "本体"),
            term(OWL + "versionInfo", "version", "版本"),
            term(OWL + "versionIRI", "version IRI", "版本 IRI"),
            term(OWL + "priorVersion", "prior version", "上一版本"),
            term(RDFS + "seeAlso", "see also", "另见"),
            term(RDFS + "label", "other label", "其他名称"),
            term(RDFS + "comment", "other description", "其他描述"),
            term(FOAF + "homepage", "homepage", "主页"),
            term(FOAF + "Organization", "Organization (FOAF)", "组织（FOAF）"),
            term("http://schema.org/Organization", "Organization (schema.org)", "组织（schema.org）"),
            term("http://schema.org/creator", "creator (schema.org)", "创作者（schema.org）"),
            term(VANN + "preferredNamespacePrefix", "preferred prefix", "首选前缀"),
            term(VANN + "preferredNamespaceUri", "namespace", "命名空间"),
            term(TIME + "unitYear", "to the year", "精确到年"),
            term(TIME + "unitMonth", "to the month", "精确到月"),
            term(TIME + "unitDay", "to the day", "精确到日"));

    private KnownTerms() {}

    /** @return the names of a term of another vocabulary, if it is one the pages name */
    static Optional<Name> of(String iri) {
        return Optional.ofNullable(NAMES.get(iri));
    }

    /**
     * @return a licence named as people write it ("CC BY 4.0", "CC0 1.0") for a Creative Commons licence IRI, if it
     *         is one
     */
    static Optional<String> licence(String iri) {
        java.util.regex.Matcher m = CC.matcher(iri);
        if (m.matches()) {
            return Optional.of("CC " + m.group(1).toUpperCase(java.util.Locale.ROOT) + " " + m.group(2));
        }
        java.util.regex.Matcher zero = CC0.matcher(iri);
        return zero.matches() ? Optional.of("CC0 " + zero.group(1)) : Optional.empty();
    }

    private static final java.util.regex.Pattern CC = java.util.regex.Pattern
            .compile("https?://creativecommons\\.org/licenses/([a-z-]+)/([0-9.]+)/?(?:[a-z]+/?)?");
    private static final java.util.regex.Pattern CC0 = java.util.regex.Pattern
            .compile("https?://creativecommons\\.org/publicdomain/zero/([0-9.]+)/?");

    private static Map.Entry<String, Name> term(String iri, String en, String zh) {
        return Map.entry(iri, new Name(en, zh));
    }
}
