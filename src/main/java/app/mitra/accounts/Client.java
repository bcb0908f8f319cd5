package app.mitra.accounts;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Where a request comes from, as the security log and the sign-in throttle name it: the client's
 * address (through trusted proxies only, see {@code MITRA_TRUSTED_PROXIES}) and a short device
 * name read from its User-Agent. Outside a request (the command line) both are unknown.
 */
public record Client(String address, String device) {

    public static final Client COMMAND_LINE = new Client(null, "command line");

    /** The request attribute holding the current request's client. */
    public static final String ATTRIBUTE = Client.class.getName();

    public static Client current() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        Object client = request == null ? null : request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        return client instanceof Client known ? known : COMMAND_LINE;
    }

    /** The address as a throttle key: an unknown one counts as one shared address. */
    public String addressKey() {
        return address == null ? "-" : address;
    }
}
