package org.grassroots.core.api.text;

import java.util.List;
import java.util.Locale;

/**
 * The two languages the platform speaks: Chinese (zh-CN), the default, and English. A request's language is the
 * first of its {@code Accept-Language} entries that is one of them; a request that names neither reads Chinese.
 */
public final class Languages {
    public static final Locale ZH_CN = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;

    private Languages() {
    }

    /** Whether {@code locale} reads English (any English variant); {@code null} reads Chinese. */
    public static boolean isEnglish(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    /** The language to answer in, from the caller's preferences in order (e.g. JAX-RS's acceptable languages). */
    public static Locale negotiate(List<Locale> preferred) {
        if (preferred != null) {
            for (Locale locale : preferred) {
                if (locale == null) {
                    continue;
                }
                if (isEnglish(locale)) {
                    return ENGLISH;
                }
                if ("zh".equals(locale.getLanguage())) {
                    return ZH_CN;
                }
            }
        }
        return ZH_CN;
    }

    /** The language to answer in, from an {@code Accept-Language} header value ({@code null} = Chinese). */
    public static Locale fromHeader(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return ZH_CN;
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
            List<Locale> locales = ranges.stream()
                    .filter(range -> range.getWeight() > 0 && !"*".equals(range.getRange()))
                    .map(range -> Locale.forLanguageTag(range.getRange()))
                    .toList();
            return negotiate(locales);
        } catch (IllegalArgumentException malformed) {
            return ZH_CN;
        }
    }
}
