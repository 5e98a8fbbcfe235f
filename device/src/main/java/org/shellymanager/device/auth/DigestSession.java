package org.shellymanager.device.auth;

import java.security.SecureRandom;
import java.util.concurrent.locks.ReentrantLock;
import org.shellymanager.device.Credentials;
import tools.jackson.databind.node.ObjectNode;
import org.shellymanager.device.json.Json;

/**
 * The digest state for one device: the last challenge and the nonce count. Authenticated calls hold
 * {@link #lock()} for their whole exchange, so a device never sees a burst of new nonce requests and the
 * {@code nc} values arrive in order.
 */
public final class DigestSession {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Credentials credentials;
    private final NonceRegime regime;
    private final ReentrantLock lock = new ReentrantLock(true);
    private DigestChallenge challenge;
    private String ha1;
    private long nc;

    public DigestSession(Credentials credentials, NonceRegime regime) {
        this.credentials = credentials;
        this.regime = regime;
    }

    public ReentrantLock lock() {
        return lock;
    }

    public synchronized boolean hasChallenge() {
        return challenge != null;
    }

    public synchronized boolean answersJson() {
        return challenge != null && challenge.fromJson();
    }

    /** Takes a new challenge; the next answer starts again at {@code nc = 1}. */
    public synchronized void accept(DigestChallenge newChallenge) {
        challenge = newChallenge;
        ha1 = Digest.ha1(Credentials.RPC_USER, newChallenge.realm(), credentials.password());
        nc = 0;
    }

    private long nextNc() {
        nc = regime == NonceRegime.COUNTED ? nc + 1 : 1;
        return nc;
    }

    private static String cnonce() {
        return Long.toString(RANDOM.nextLong(1L << 31));
    }

    /** The {@code Authorization} header value for the next HTTP request. */
    public synchronized String authorizationHeader(String method, String uri) {
        String cnonce = cnonce();
        String ncHex = Digest.ncHex(nextNc());
        String response = Digest.httpResponse(ha1, challenge.nonce(), ncHex, cnonce, method, uri);
        StringBuilder header = new StringBuilder("Digest username=\"").append(Credentials.RPC_USER)
                .append("\", realm=\"").append(challenge.realm())
                .append("\", uri=\"").append(uri)
                .append("\", nonce=\"").append(challenge.nonce())
                .append("\", cnonce=\"").append(cnonce)
                .append("\", nc=").append(ncHex)
                .append(", qop=auth, response=\"").append(response)
                .append("\", algorithm=SHA-256");
        if (challenge.opaque() != null) {
            header.append(", opaque=\"").append(challenge.opaque()).append('"');
        }
        return header.toString();
    }

    /** The {@code auth} object for the next JSON-RPC frame. */
    public synchronized ObjectNode rpcAuth() {
        long cnonce = RANDOM.nextLong(1L << 31);
        long count = nextNc();
        ObjectNode auth = Json.object();
        auth.put("realm", challenge.realm());
        auth.put("username", Credentials.RPC_USER);
        if (challenge.numericNonce()) {
            auth.put("nonce", Long.parseLong(challenge.nonce()));
        } else {
            auth.put("nonce", challenge.nonce());
        }
        auth.put("cnonce", cnonce);
        auth.put("response", Digest.rpcResponse(ha1, challenge.nonce(), count, Long.toString(cnonce)));
        auth.put("algorithm", "SHA-256");
        auth.put("nc", count);
        return auth;
    }
}
