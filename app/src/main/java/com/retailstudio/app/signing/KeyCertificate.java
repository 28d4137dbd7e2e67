package com.retailstudio.app.signing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A self-signed X.509 certificate for a person's Ed25519 key. PKCS#12 keeps a private key only together with a
 * certificate, and the JDK has no public API to make one, so the few DER structures needed are written here. Nothing
 * trusts this certificate: trust comes from the team's keys file; it only carries the public key and the name.
 */
final class KeyCertificate {

    private static final byte[] ED25519_ALGORITHM = {0x30, 0x05, 0x06, 0x03, 0x2B, 0x65, 0x70};
    private static final byte[] COMMON_NAME = {0x06, 0x03, 0x55, 0x04, 0x03};
    private static final DateTimeFormatter GENERALIZED_TIME =
            DateTimeFormatter.ofPattern("yyyyMMddHHmmss'Z'").withZone(ZoneOffset.UTC);

    private KeyCertificate() {
    }

    static X509Certificate create(KeyPair keys, String person, Instant now) {
        byte[] serial = new byte[8];
        new SecureRandom().nextBytes(serial);
        serial[0] = (byte) ((serial[0] & 0x7F) | 0x01); // positive and minimal in DER
        byte[] name = sequence(tlv(0x31, sequence(COMMON_NAME, tlv(0x0C, person.getBytes(StandardCharsets.UTF_8)))));
        byte[] validity = sequence(time(now), tlv(0x18, "99991231235959Z".getBytes(StandardCharsets.US_ASCII)));
        byte[] toBeSigned = sequence(tlv(0xA0, tlv(0x02, new byte[] {2})), tlv(0x02, serial), ED25519_ALGORITHM,
                name, validity, name, keys.getPublic().getEncoded());
        byte[] signature = Ed25519.sign(keys.getPrivate(), toBeSigned);
        byte[] bitString = new byte[signature.length + 1]; // the leading 0: no unused bits
        System.arraycopy(signature, 0, bitString, 1, signature.length);
        byte[] certificate = sequence(toBeSigned, ED25519_ALGORITHM, tlv(0x03, bitString));
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(certificate));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The key's certificate could not be made: " + e.getMessage(), e);
        }
    }

    private static byte[] time(Instant instant) {
        return tlv(0x18, GENERALIZED_TIME.format(instant).getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] sequence(byte[]... parts) {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            content.writeBytes(part);
        }
        return tlv(0x30, content.toByteArray());
    }

    private static byte[] tlv(int tag, byte[] value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(tag);
        int length = value.length;
        if (length < 0x80) {
            out.write(length);
        } else {
            int bytes = length < 0x100 ? 1 : length < 0x10000 ? 2 : 3;
            out.write(0x80 | bytes);
            for (int i = bytes - 1; i >= 0; i--) {
                out.write(length >>> (8 * i));
            }
        }
        out.writeBytes(value);
        return out.toByteArray();
    }
}
