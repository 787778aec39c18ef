package org.torconformance.socks.wire;

/** Onion ids used across tests (all checked against tor 0.4.9.11 on an ExtendedErrors port). */
final class OnionIds {
    /** The RFC 8032 test key 1, version 3: accepted. */
    static final String VALID = "25njqamcweflpvkl73j4szahhihoc4xt3ktcgjnpaingr5yhkenl5sid";
    /** The same key with version byte 0x00 and a matching checksum: tor accepts it too. */
    static final String VERSION_0 = "25njqamcweflpvkl73j4szahhihoc4xt3ktcgjnpaingr5yhkenkm6ia";
    /** The first key character changed, so the checksum no longer matches. */
    static final String BAD_CHECKSUM = "35njqamcweflpvkl73j4szahhihoc4xt3ktcgjnpaingr5yhkenl5sid";
    /** All-zero key with a correct checksum: a point of small order, rejected. */
    static final String SMALL_ORDER_KEY = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaam2dqd";
    /** The identity point's encoding with a correct checksum: rejected. */
    static final String IDENTITY_KEY = "aeaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaahmjqd";

    private OnionIds() {
    }
}
