package org.shellymanager.simulator.net;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.spec.ECGenParameterSpec;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * A fresh self-signed certificate (EC P-256, ECDSA with SHA-256, ten years) for a device id, as devices with HTTPS
 * present, and the TLS context that serves it. The JDK has no public API to make certificates, so the X.509 structure
 * (RFC 5280) is written here in DER.
 */
public final class SelfSignedCertificate {

    private static final byte[] ECDSA_WITH_SHA256 = {0x2a, (byte) 0x86, 0x48, (byte) 0xce, 0x3d, 0x04, 0x03, 0x02};
    private static final byte[] COMMON_NAME = {0x55, 0x04, 0x03};
    private static final DateTimeFormatter GENERALIZED_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss'Z'");
    private static final char[] STORE_PASSWORD = "simulator".toCharArray();

    private SelfSignedCertificate() {
    }

    /** A TLS server context whose only key is a new self-signed certificate for {@code commonName}. */
    public static SSLContext serverContext(String commonName) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair keys = generator.generateKeyPair();
            Certificate certificate = certificate(commonName, keys);
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("device", keys.getPrivate(), STORE_PASSWORD, new Certificate[] {certificate});
            KeyManagerFactory managers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            managers.init(store, STORE_PASSWORD);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(managers.getKeyManagers(), null, new SecureRandom());
            return context;
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalStateException("cannot make a certificate for " + commonName, e);
        }
    }

    static Certificate certificate(String commonName, KeyPair keys) throws GeneralSecurityException {
        byte[] algorithm = der(0x30, der(0x06, ECDSA_WITH_SHA256));
        byte[] name = der(0x30, der(0x31, der(0x30, der(0x06, COMMON_NAME),
                der(0x0c, commonName.getBytes(StandardCharsets.UTF_8)))));
        ZonedDateTime from = ZonedDateTime.now(ZoneOffset.UTC).minusDays(1);
        byte[] validity = der(0x30, time(from), time(from.plusYears(10)));
        byte[] serial = der(0x02, new BigInteger(63, new SecureRandom()).add(BigInteger.ONE).toByteArray());
        byte[] version = der(0xa0, der(0x02, new byte[] {2}));
        byte[] tbs = der(0x30, version, serial, algorithm, name, validity, name, keys.getPublic().getEncoded());
        Signature signer = Signature.getInstance("SHA256withECDSA");
        signer.initSign(keys.getPrivate());
        signer.update(tbs);
        byte[] signature = signer.sign();
        byte[] bits = new byte[signature.length + 1];
        System.arraycopy(signature, 0, bits, 1, signature.length);
        byte[] certificate = der(0x30, tbs, algorithm, der(0x03, bits));
        return CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(certificate));
    }

    private static byte[] time(ZonedDateTime time) {
        return der(0x18, GENERALIZED_TIME.format(time).getBytes(StandardCharsets.US_ASCII));
    }

    /** One DER element: tag, definite length, then the concatenated contents. */
    private static byte[] der(int tag, byte[]... contents) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (byte[] part : contents) {
            body.writeBytes(part);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(tag);
        int length = body.size();
        if (length < 0x80) {
            out.write(length);
        } else {
            byte[] digits = BigInteger.valueOf(length).toByteArray();
            int skip = digits[0] == 0 ? 1 : 0;
            out.write(0x80 | (digits.length - skip));
            out.write(digits, skip, digits.length - skip);
        }
        out.writeBytes(body.toByteArray());
        return out.toByteArray();
    }
}
