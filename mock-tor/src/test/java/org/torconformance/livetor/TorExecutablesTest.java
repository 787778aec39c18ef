package org.torconformance.livetor;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TorExecutablesTest {
    @Test
    void aMissingTorNamesThePackageToInstall(@TempDir Path emptyDirectory) {
        TorNotInstalledException e = assertThrows(TorNotInstalledException.class,
                () -> TorExecutables.find("tor", List.of(emptyDirectory)));
        assertTrue(e.getMessage().startsWith("tor is not installed: apt-get install -y tor"), e.getMessage());
    }
}
