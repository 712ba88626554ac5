package id.hotline.logging;

import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.IThrowableProxy;

/** Logback {@code %maskedEx}: stack traces with personal data in exception messages masked. */
public final class MaskedThrowableConverter extends ThrowableProxyConverter {
    @Override
    protected String throwableProxyToString(IThrowableProxy tp) {
        return PersonalData.mask(super.throwableProxyToString(tp));
    }
}
