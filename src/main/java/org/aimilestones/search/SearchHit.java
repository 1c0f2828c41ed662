package org.aimilestones.search;

import java.util.List;
import org.aimilestones.vocab.AIMIL;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;

/**
 * One resource found by a search.
 *
 * @param iri       the resource
 * @param labelEn   its English rdfs:label, or null
 * @param labelZh   its Chinese rdfs:label, or null
 * @param type      its most specific rdf:type, or null
 * @param typeEn    the English label of that type, or null
 * @param typeZh    the Chinese label of that type, or null
 * @param score     the Lucene score of its best matching literal
 * @param snippet   a piece of the text that matched (or of its description), plain text
 * @param sources   the documents stating it (aimil:statedIn), in series order, with their slides or cues
 */
public record SearchHit(String iri, String labelEn, String labelZh, String type, String typeEn, String typeZh,
        float score, String snippet, List<HitSource> sources) {

    public SearchHit {
        sources = List.copyOf(sources);
    }

    /** @return the path of the resource's page on this server, e.g. "/page/alexnet", or null for other IRIs */
    public String page() {
        if (!iri.startsWith(AIMIL.RESOURCE_NS)) {
            return null;
        }
        return "/page/" + iri.substring(AIMIL.RESOURCE_NS.length());
    }

    /**
     * @return this hit as a JSON object: iri, page, label {en, zh}, type {iri, label {en, zh}}, score, snippet,
     *         sources [{iri, page, title {en, zh}, number, places [{iri, page, kind, number, time, seconds, watch}]}]
     */
    public JsonObject toJson() {
        JsonObject o = new JsonObject();
        o.put("iri", iri);
        putIf(o, "page", page());
        o.put("label", labels(labelEn, labelZh));
        if (type != null) {
            JsonObject t = new JsonObject();
            t.put("iri", type);
            t.put("label", labels(typeEn, typeZh));
            o.put("type", t);
        }
        o.put("score", JsonNumber.value(score));
        putIf(o, "snippet", snippet);
        JsonArray stated = new JsonArray();
        sources.forEach(s -> stated.add(s.toJson()));
        o.put("sources", stated);
        return o;
    }

    private static JsonObject labels(String en, String zh) {
        JsonObject o = new JsonObject();
        putIf(o, "en", en);
        putIf(o, "zh", zh);
        return o;
    }

    private static void putIf(JsonObject o, String key, String value) {
        if (value != null) {
            o.put(key, value);
        }
    }
}
