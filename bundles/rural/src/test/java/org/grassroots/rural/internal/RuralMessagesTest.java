package org.grassroots.rural.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.grassroots.core.api.ConflictException;
import org.grassroots.core.api.text.Languages;
import org.grassroots.rural.internal.match.EnterpriseProfile;
import org.grassroots.rural.internal.match.NeedProfile;
import org.grassroots.rural.internal.match.Recommendation;
import org.grassroots.rural.internal.match.Recommender;
import org.grassroots.rural.internal.match.ScoreComponent;
import org.junit.jupiter.api.Test;

/** Rural's server messages exist in Chinese and English, and the Chinese reads without English words. */
class RuralMessagesTest {
    private static final Locale ZH = Languages.ZH_CN;
    /** Latin letters a street-office secretary reads in Chinese text: file formats. */
    private static final Set<String> ABBREVIATIONS = Set.of("XLSX", "CSV", "PDF");
    private static final Pattern LATIN = Pattern.compile("[A-Za-z]+");

    @Test
    void everyKeyIsInBothLanguages() {
        assertTrue(RuralMessages.TEXT.bundle().has("notFound"));
        assertEquals(Set.of(), RuralMessages.TEXT.bundle().untranslated());
    }

    @Test
    void noChineseTextHasLatinWords() throws IOException {
        Properties zh = new Properties();
        try (InputStream in = RuralMessages.class.getResourceAsStream("messages_zh.properties")) {
            zh.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        List<String> latin = new ArrayList<>();
        for (String key : zh.stringPropertyNames()) {
            Matcher m = LATIN.matcher(zh.getProperty(key));
            while (m.find()) {
                if (!ABBREVIATIONS.contains(m.group())) {
                    latin.add(key + ": " + m.group());
                }
            }
        }
        assertEquals(List.of(), latin);
        assertTrue(zh.size() >= 80, "" + zh.size());
    }

    @Test
    void recommendationReasonsReadInChinese() {
        NeedProfile need = new NeedProfile(1, 1, NeedType.SALES, null, Set.of("销售", "电商", "农产品"), 36.68, 117.20);
        EnterpriseProfile e = new EnterpriseProfile(9, "电商企业", "电子商务", "农产品电商直播", EnumSet.of(NeedType.SALES),
                Set.of("电商", "直播", "销售"), 36.78, 117.30, 2, 3, 2);
        Recommendation zh = Recommender.explain(need, e, ZH);
        List<String> reasons = zh.components().stream().map(ScoreComponent::reason).toList();
        assertEquals("需求的 3 个关键词中，有 3 个出现在企业的主营业务或关键词中", reasons.get(0));
        assertEquals("行业不同；能提供销售帮扶", reasons.get(1));
        assertTrue(reasons.get(2).startsWith("相距 "), reasons.get(2));
        assertEquals("目前有 2 个正在帮扶的结对", reasons.get(3));
        assertEquals("已结束的 3 个结对中，有 2 个被评为成功", reasons.get(4));
        for (String reason : reasons) {
            assertTrue(!LATIN.matcher(reason).find(), reason);
        }
        assertEquals("3 of 3 need keywords found in the enterprise's main business or keywords",
                Recommender.explain(need, e, Locale.ENGLISH).components().get(0).reason());
    }

    @Test
    void aPairingThatCannotMoveSaysWhatCanComeNext() {
        ConflictException e = assertThrows(ConflictException.class,
                () -> PairingStatus.PROPOSED.requireMoveTo(PairingStatus.ACTIVE, 12));
        assertTrue(e.message(ZH).startsWith("该结对（编号 12）当前为“待商定”，不能改为“帮扶中”"), e.message(ZH));
        assertTrue(e.getMessage().contains("PROPOSED") && e.getMessage().contains("ACTIVE"), e.getMessage());
    }

    @Test
    void recordsAreNamedInTheReadersWords() {
        assertEquals("找不到企村结对 12", RuralMessages.TEXT.notFound(Pairings.TYPE, 12).message(ZH));
        assertEquals("pairing 12 not found", RuralMessages.TEXT.notFound(Pairings.TYPE, 12).getMessage());
        assertEquals("找不到整改任务 3", RuralMessages.TEXT.notFound("task", 3).message(ZH));
    }
}
