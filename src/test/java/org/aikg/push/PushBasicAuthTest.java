package org.aikg.push;

import org.apache.jena.atlas.web.AuthScheme;

/** aikg push to a Fuseki store that requires HTTP Basic authentication. */
class PushBasicAuthTest extends FusekiPushContract {

    @Override
    AuthScheme scheme() {
        return AuthScheme.BASIC;
    }
}
