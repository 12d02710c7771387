package io.sanshen.review.signature;

/** What kind of signature a commit carries, judged from its armor line. */
public enum SignatureFormat {
    /** No {@code gpgsig} header. */
    NONE,
    /** {@code -----BEGIN SSH SIGNATURE-----}. */
    SSH,
    /** {@code -----BEGIN PGP SIGNATURE-----}. */
    OPENPGP,
    /** Some other armor (for example X.509 / gpgsm); the policy does not accept it. */
    OTHER;

    static SignatureFormat detect(String armored) {
        String first = armored.stripLeading();
        if (first.startsWith("-----BEGIN SSH SIGNATURE-----")) {
            return SSH;
        }
        if (first.startsWith("-----BEGIN PGP SIGNATURE-----")) {
            return OPENPGP;
        }
        return OTHER;
    }
}
