package app.mitra.accounts.internal;

import java.util.List;
import java.util.Locale;

/**
 * A short, readable name for the device a request came from ("Firefox on Android"), read from its
 * User-Agent, for the sessions list and the security log. A guess for people to recognise their own
 * devices, never used to decide anything.
 */
final class Devices {

    private static final int MAX_LENGTH = 60;

    private record Name(String marker, String name) {
    }

    // Order matters: Edge and Opera also say Chrome, Chrome also says Safari, Android also says Linux.
    private static final List<Name> BROWSERS = List.of(new Name("edg/", "Edge"), new Name("opr/", "Opera"),
            new Name("samsungbrowser", "Samsung Internet"), new Name("firefox/", "Firefox"),
            new Name("fxios/", "Firefox"), new Name("crios/", "Chrome"), new Name("chrome/", "Chrome"),
            new Name("chromium/", "Chromium"), new Name("safari/", "Safari"));
    private static final List<Name> SYSTEMS = List.of(new Name("android", "Android"), new Name("iphone", "iPhone"),
            new Name("ipad", "iPad"), new Name("windows", "Windows"), new Name("mac os", "Mac"),
            new Name("cros", "ChromeOS"), new Name("linux", "Linux"));

    private Devices() {
    }

    static String describe(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return null;
        }
        String agent = userAgent.toLowerCase(Locale.ROOT);
        String browser = first(BROWSERS, agent);
        String system = first(SYSTEMS, agent);
        if (browser != null) {
            return system == null ? browser : browser + " on " + system;
        }
        // Not a browser: a script or an app names itself first ("curl/8.5.0", "mitra-cli/1.0").
        String product = userAgent.strip().split("[\\s;(]", 2)[0];
        return clean(product.isEmpty() ? userAgent : product);
    }

    private static String first(List<Name> names, String agent) {
        return names.stream().filter(name -> agent.contains(name.marker())).map(Name::name).findFirst().orElse(null);
    }

    /** Printable characters only, and not too long: the header is whatever the client chose to send. */
    private static String clean(String text) {
        String printable = text.codePoints().filter(c -> c >= 0x20 && c != 0x7f && c != '"' && c != '\\')
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return printable.length() <= MAX_LENGTH ? printable : printable.substring(0, MAX_LENGTH);
    }
}
