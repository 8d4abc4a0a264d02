package dev.handbook.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.UnknownHostException;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which Host headers name the preview: the policy alone, for every way it can be started. */
class HostPolicyTest {
    static final HostPolicy LOCAL = policy("127.0.0.1", "127.0.0.1");

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "localhost:8000", "LOCALHOST:8000", "localhost:", "127.0.0.1", "127.0.0.1:8000",
        "[::1]", "[::1]:8000", "[0:0:0:0:0:0:0:1]:8000", "127.0.0.2:8000"})
    void theLoopbackNamesAreAnswered(String host) {
        assertThat(LOCAL.allows(host)).as(host).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"evil.example", "evil.example:8000", "127.0.0.1.evil.example", "localhost:1@evil",
        "localhost.evil.example", "evil.localhost", "localhost.", "user@localhost", "localhost:8000:1", "localhost:99999",
        "localhost:80x", "[::1", "[::1]x", "::1", "[evil.example]", "[::1%25lo]", "127.1", "2130706433", "0x7f.0.0.1",
        "127.0.0.01.evil", "127.0.0.256", "0.0.0.0", "192.168.1.5", "local host", "localhost/", "localhost\\"})
    void everyOtherHostIsRefused(String host) {
        assertThat(LOCAL.allows(host)).as(host).isFalse();
    }

    @Test
    void theAddressGivenWithHostIsAnswered() {
        HostPolicy lan = policy("192.168.7.5", "192.168.7.5");
        assertThat(lan.allows("192.168.7.5:8000")).isTrue();
        assertThat(lan.allows("localhost:8000")).isTrue();
        assertThat(lan.allows("192.168.7.6:8000")).isFalse();
        assertThat(lan.allows("evil.example")).isFalse();

        HostPolicy v6 = policy("fd00::7", "fd00::7");
        assertThat(v6.allows("[fd00::7]:8000")).isTrue();
        assertThat(v6.allows("[FD00:0:0:0:0:0:0:7]")).isTrue();
        assertThat(v6.allows("[fd00::8]")).isFalse();
    }

    @Test
    void aNameGivenWithHostIsAnsweredAsWellAsItsAddress() {
        HostPolicy named = policy("Preview.Example.org", "192.168.7.5");
        assertThat(named.allows("preview.example.org:8000")).isTrue();
        assertThat(named.allows("PREVIEW.EXAMPLE.ORG")).isTrue();
        assertThat(named.allows("192.168.7.5")).isTrue();
        assertThat(named.allows("other.example.org")).isFalse();
        assertThat(named.allows("preview.example.org.evil.example")).isFalse();
    }

    @Test
    void onEveryAddressTheComputersOwnAddressesAndNameAreAnswered() throws Exception {
        HostPolicy any = policy("0.0.0.0", "0.0.0.0");
        List<InetAddress> own = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .flatMap(i -> Collections.list(i.getInetAddresses()).stream())
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress()).toList();
        for (InetAddress address : own) {
            assertThat(any.allows(address.getHostAddress() + ":8000")).as(address.toString()).isTrue();
        }
        assertThat(any.allows("localhost:8000")).isTrue();
        assertThat(any.allows("[::1]:8000")).isTrue();
        assertThat(any.allows("evil.example")).isFalse();
        assertThat(any.allows("127.0.0.1.evil.example")).isFalse();
        // an address that no interface of this computer has (TEST-NET-3, kept for documentation)
        assertThat(any.allows("203.0.113.9")).isFalse();
        String name = InetAddress.getLocalHost().getHostName();
        assumeTrue(HostPolicy.literal(name) == null, "this computer's name is an address");
        assertThat(any.allows(name + ":8000")).as(name).isTrue();
        assertThat(any.names()).contains(name.toLowerCase(java.util.Locale.ROOT));
        assertThat(any.allows(name + ".evil.example")).isFalse();
    }

    @Test
    void theIpv6WildcardIsEveryAddressToo() {
        HostPolicy any = policy("::", "::");
        assertThat(any.allows("[::1]:8000")).isTrue();
        assertThat(any.allows("evil.example:8000")).isFalse();
    }

    private static HostPolicy policy(String option, String address) {
        try {
            return HostPolicy.of(option, InetAddress.getByName(address));
        } catch (UnknownHostException e) {
            throw new AssertionError(e);
        }
    }
}
