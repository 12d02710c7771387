package io.sanshen.review.signature;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import io.sanshen.testkit.TestKeys;

/**
 * Not a test: prints SSH ed25519 verifications per second (split + SSHSIG parse + verify), single-threaded and on
 * all cores. Run: {@code java -cp target/classes:target/test-classes:<deps> io.sanshen.review.signature.SshVerifyBenchmark [n]}.
 */
public final class SshVerifyBenchmark {
    private SshVerifyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        Path dir = Files.createTempDirectory("sshbench");
        TestKeys.SshKey key = TestKeys.sshEd25519();
        SshPayloadSigner signer = new SshPayloadSigner(SshPrivateKeys.load(key.writeTo(dir, "id")));
        List<ReviewerKey> trusted = new ArrayList<>();
        for (int i = 0; i < 50; i++) { // a realistic policy: dozens of reviewers
            trusted.add(PublicKeys.parseSsh(TestKeys.newSshEd25519("r" + i).publicLine()));
        }
        trusted.add(PublicKeys.parseSsh(key.publicLine()));
        SignatureVerifier verifier = SignatureVerifier.of(trusted);
        List<byte[]> commits = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            String header = "tree 4b825dc642cb6eb9a060e54bf8d69288fbee4904\nparent " + "%040x".formatted(i)
                    + "\nauthor 科长 <chief@example.gov.cn> 1716364800 +0800\ncommitter 科长 <chief@example.gov.cn> 1716364800 +0800\n";
            String message = "\n" + Commits.APPROVAL + "Sanshen-Nonce: " + i + "\n";
            byte[] payload = (header + message).getBytes(StandardCharsets.UTF_8);
            String sig = signer.sign(payload);
            commits.add((header + "gpgsig " + sig.strip().replace("\n", "\n ") + "\n" + message)
                    .getBytes(StandardCharsets.UTF_8));
        }
        for (int round = 0; round < 3; round++) { // the first round is JIT warm-up
            long t0 = System.nanoTime();
            long good = IntStream.range(0, n).filter(i -> verifier.verify(CommitSignature.of(commits.get(i % 1000))).isGood()).count();
            double single = n / ((System.nanoTime() - t0) / 1e9);
            t0 = System.nanoTime();
            long goodPar = IntStream.range(0, n).parallel()
                    .filter(i -> verifier.verify(CommitSignature.of(commits.get(i % 1000))).isGood()).count();
            double parallel = n / ((System.nanoTime() - t0) / 1e9);
            System.out.printf("round %d: %d/%d good; 1 thread %.0f/s; %d cores %.0f/s (good %d)%n", round, good, n,
                    single, Runtime.getRuntime().availableProcessors(), parallel, goodPar);
        }
    }
}
