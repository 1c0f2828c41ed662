package org.aimilestones.push;

import org.apache.jena.atlas.web.AuthScheme;

/** ai-milestones push to a Fuseki store that requires HTTP Digest authentication, as Virtuoso's crud-auth endpoint does. */
class PushDigestAuthTest extends FusekiPushContract {

    @Override
    AuthScheme scheme() {
        return AuthScheme.DIGEST;
    }
}
