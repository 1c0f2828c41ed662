package org.aimilestones.server;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.security.AuthenticationState;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * In front of Jetty's authentication: Basic credentials are read here first, and failed logins are paid for.
 * <ul>
 * <li>An {@code Authorization: Basic} header must hold the Base64 of {@code user:password}; anything else (no token,
 * not Base64, no colon, more than one Authorization header) is a 400 with this server's message, where Jetty's
 * Basic authenticator answers some of them 500. A well-formed one is passed on in the one form Jetty reads
 * ({@code "Basic " + token}: extra blanks around the token made Jetty fail).</li>
 * <li>A request with Basic credentials from an address that has failed too often ({@link LoginThrottle}) is answered
 * 429 with {@code Retry-After}, without checking them; a 401 to a request with Basic credentials counts as a
 * failure, and a successful login forgets the address's failures.</li>
 * </ul>
 */
final class LoginCheckHandler extends Handler.Wrapper {

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9+/]+={0,2}");

    private final LoginThrottle throttle;

    LoginCheckHandler(LoginThrottle throttle, Handler handler) {
        super(handler);
        this.throttle = throttle;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        List<String> logins = request.getHeaders().getValuesList(HttpHeader.AUTHORIZATION);
        if (logins.isEmpty() || (logins.size() == 1 && !isBasic(logins.get(0)))) {
            return super.handle(request, response, callback);
        }
        if (logins.size() > 1) {
            PlainText.send(response, callback, 400, "Bad request: more than one Authorization header; send one.");
            return true;
        }
        Optional<String> token = token(logins.get(0));
        if (token.isEmpty()) {
            PlainText.send(response, callback, 400, "Bad request: the Authorization header is not valid Basic"
                    + " credentials; expected 'Basic ' followed by the Base64 of user:password.");
            return true;
        }
        String address = Request.getRemoteAddr(request);
        Duration wait = throttle.waitFor(address);
        if (!wait.isZero()) {
            long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
            response.getHeaders().put(HttpHeader.RETRY_AFTER, seconds);
            PlainText.send(response, callback, 429, "Too many failed logins from this address: try again in "
                    + seconds + " s.");
            return true;
        }
        Request canonical = withLogin(request, "Basic " + token.get());
        return super.handle(canonical, response, new Callback.Nested(callback) {
            @Override
            public void succeeded() {
                count(canonical, response, address);
                super.succeeded();
            }

            @Override
            public void failed(Throwable x) {
                count(canonical, response, address);
                super.failed(x);
            }
        });
    }

    private void count(Request request, Response response, String address) {
        if (response.getStatus() == 401) {
            throttle.failed(address);
        } else if (AuthenticationState.getAuthenticationState(request) instanceof AuthenticationState.Succeeded) {
            throttle.succeeded(address);
        }
    }

    private static boolean isBasic(String login) {
        return login.regionMatches(true, 0, "basic", 0, 5)
                && (login.length() == 5 || login.charAt(5) == ' ' || login.charAt(5) == '\t');
    }

    /** @return the Base64 token of Basic credentials that decode to user:password, or empty if they do not */
    private static Optional<String> token(String login) {
        String token = login.substring(5).strip();
        if (!TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8);
            return decoded.contains(":") ? Optional.of(token) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Request withLogin(Request request, String login) {
        if (login.equals(request.getHeaders().get(HttpHeader.AUTHORIZATION))) {
            return request;
        }
        HttpFields headers = HttpFields.build(request.getHeaders()).put(HttpHeader.AUTHORIZATION, login).asImmutable();
        return new Request.Wrapper(request) {
            @Override
            public HttpFields getHeaders() {
                return headers;
            }
        };
    }
}
