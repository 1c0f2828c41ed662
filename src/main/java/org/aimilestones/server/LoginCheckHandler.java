package org.aimilestones.server;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * In front of Jetty's authentication: Basic credentials that cannot be decoded (not Base64, no "user:password") are
 * dropped, so the request is anonymous and a write gets the usual 401 challenge (Jetty's Basic authenticator
 * answers them with a 500).
 */
final class LoginCheckHandler extends Handler.Wrapper {

    LoginCheckHandler(Handler handler) {
        super(handler);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String login = request.getHeaders().get(HttpHeader.AUTHORIZATION);
        if (login == null || !login.toLowerCase(Locale.ROOT).startsWith("basic ") || decodable(login.substring(6))) {
            return super.handle(request, response, callback);
        }
        HttpFields anonymous = HttpFields.build(request.getHeaders()).remove(HttpHeader.AUTHORIZATION).asImmutable();
        return super.handle(new Request.Wrapper(request) {
            @Override
            public HttpFields getHeaders() {
                return anonymous;
            }
        }, response, callback);
    }

    private static boolean decodable(String credentials) {
        try {
            return new String(Base64.getDecoder().decode(credentials.strip()), StandardCharsets.UTF_8).contains(":");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
