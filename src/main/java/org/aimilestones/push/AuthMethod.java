package org.aimilestones.push;

/** How the push authenticates: Basic sends the credentials with the request, Digest answers the server's challenge. */
public enum AuthMethod {
    BASIC,
    DIGEST
}
