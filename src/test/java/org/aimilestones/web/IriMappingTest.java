package org.aimilestones.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class IriMappingTest {

    @Test
    void resourcesAndOntologyTermsMapToLocalPages() {
        IriMapping root = IriMapping.DEFAULT;
        assertEquals(Optional.of("/page/google-acquires-deepmind/price"),
                root.toLocal("https://w3id.org/ai-milestones/resource/google-acquires-deepmind/price"));
        assertEquals(Optional.of("/ontology.html#Event"),
                root.toLocal("https://w3id.org/ai-milestones/ontology#Event"));
        assertEquals(Optional.of("/ontology.html"), root.toLocal("https://w3id.org/ai-milestones/ontology"));
        assertEquals(Optional.of("/ontology/0.2.0.html"),
                root.toLocal("https://w3id.org/ai-milestones/ontology/0.2.0"));
        assertEquals(Optional.of("/shapes.ttl"), root.toLocal("https://w3id.org/ai-milestones/shapes"));
        assertEquals(Optional.of("/"), root.toLocal("https://w3id.org/ai-milestones/dataset"));
        assertEquals(Optional.of("/"), root.toLocal("https://w3id.org/ai-milestones/dataset/graph"));
        assertEquals(Optional.empty(), root.toLocal("https://w3id.org/ai-milestones/resource/"));
        assertEquals(Optional.empty(), root.toLocal("http://schema.org/Event"));
        assertEquals("https://w3id.org/ai-milestones/resource/alexnet", root.resourceIri("alexnet"));
    }

    @Test
    void anAbsoluteBaseUrlIsUsedForLinks() {
        IriMapping local = new IriMapping(IriMapping.NAMESPACE, "http://localhost:3030/");
        assertEquals(Optional.of("http://localhost:3030/page/alexnet"),
                local.toLocal("https://w3id.org/ai-milestones/resource/alexnet"));
        assertThrows(IllegalArgumentException.class, () -> new IriMapping(IriMapping.NAMESPACE, "http://x"));
    }
}
