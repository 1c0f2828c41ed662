package org.aimilestones.push;

import org.apache.jena.atlas.web.AuthScheme;

/** ai-milestones push to a Fuseki store that requires HTTP Basic authentication. */
class PushBasicAuthTest extends FusekiPushContract {

    @Override
    AuthScheme scheme() {
        return AuthScheme.BASIC;
    }
}
