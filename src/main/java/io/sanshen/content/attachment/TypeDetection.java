package io.sanshen.content.attachment;

/**
 * The outcome of sniffing a file's bytes.
 *
 * @param type             what the bytes are
 * @param claimed          what the file name's extension claims
 * @param mismatch         the extension lies about the content (e.g. a {@code .pdf} that is a ZIP)
 * @param encryptedPackage an Office document wrapped in password encryption (its {@code type} then comes from the
 *                         extension, since the content cannot be seen)
 */
public record TypeDetection(AttachmentType type, AttachmentType claimed, boolean mismatch, boolean encryptedPackage) {
}
