package io.sanshen.deploy;

import io.sanshen.build.DeployCheck;
import io.sanshen.build.SiteManifest;
import io.sanshen.diag.Finding;
import io.sanshen.review.signature.ReviewerKey;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * What must hold before an output is deployed: it is a publishing build's ({@link DeployCheck}), its manifest is
 * signed by a deploy key of the config, and its files are exactly the manifest's, byte for byte.
 */
public final class DeployGate {
    private DeployGate() {
    }

    public static SignedManifest.Loaded check(Path output, Collection<ReviewerKey> deployKeys) throws IOException {
        List<Finding> problems = DeployCheck.problems(output);
        if (!problems.isEmpty()) {
            return new SignedManifest.Loaded(Optional.empty(), "", problems);
        }
        Target local = new LocalTarget("public", output);
        SignedManifest.Loaded loaded = SignedManifest.load(local, ".", deployKeys);
        if (loaded.manifest().isEmpty()) {
            return loaded;
        }
        SiteManifest manifest = loaded.manifest().get();
        Guard.Report differences = Guard.compare(local, ".", manifest);
        if (!differences.clean()) {
            return new SignedManifest.Loaded(Optional.empty(), loaded.signer(),
                    new ArrayList<>(differences.findings(output.getFileName().toString())));
        }
        return loaded;
    }
}
