package org.aikg.push;

import org.apache.jena.atlas.web.AuthScheme;

/** aikg push to a Fuseki store that requires HTTP Digest authentication, as Virtuoso's crud-auth endpoint does. */
class PushDigestAuthTest extends FusekiPushContract {

    @Override
    AuthScheme scheme() {
        return AuthScheme.DIGEST;
    }
}
