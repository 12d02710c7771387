package io.sanshen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.sanshen.testkit.Cli;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/** {@code sanshen serve} on a port another program holds: a user problem with the fix, not an internal error. */
class ServeCommandTest {
    @Test
    void busyPortIsAUsageErrorThatSuggestsAnotherPort() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            Cli zh = Cli.run("serve", "--site", ".", "--port", Integer.toString(port));
            assertThat(zh.exit()).as(zh.err()).isEqualTo(2);
            assertThat(zh.err()).contains("端口 " + port + " 已被占用").contains("--port " + (port + 1))
                    .doesNotContain("Address already in use").doesNotContain("读写文件出错");
            Cli en = Cli.run("serve", "--site", ".", "--port", Integer.toString(port), "--lang", "en");
            assertThat(en.exit()).isEqualTo(2);
            assertThat(en.err()).contains("Port " + port + " is already in use").contains("--port");
            Cli desk = Cli.run("desk", "--site", ".", "--port", Integer.toString(port), "--no-browser");
            assertThat(desk.exit()).as(desk.err()).isEqualTo(2);
            assertThat(desk.err()).contains("端口 " + port + " 已被占用").contains("sanshen desk");
        }
    }
}
