package org.grassroots.rural.internal.match;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import org.grassroots.rural.internal.NeedType;

/**
 * Micro benchmark (no JMH): ranks every enterprise for every need of the district's 147 villages, the work of one
 * "recommend for all villages" screen. Arguments: {@code [enterprises=2000] [needsPerVillage=3] [rounds=20]}.
 * Prints one table row per enterprise count; the first rounds warm the JIT and are not counted.
 */
public final class RecommenderBenchmark {
    private static final int VILLAGES = 147;
    private static final String[] WORDS = {"莲藕", "种植", "蔬菜", "大棚", "电商", "直播", "销售", "就业", "培训", "道路",
            "排水", "贷款", "资金", "民宿", "旅游", "养殖", "饲料", "冷链", "物流", "加工", "光伏", "农技", "苗木", "花卉"};
    private static final String[] INDUSTRIES = {"种植业", "养殖业", "乡村旅游", "农产品加工", "电子商务", "建筑业", "金融"};

    private RecommenderBenchmark() {
    }

    public static void main(String[] args) {
        int enterprises = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int needsPerVillage = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        System.out.println("| enterprises | needs | rankings/round | median ms/round | best ms/round | ns/scoring |");
        System.out.println("|---:|---:|---:|---:|---:|---:|");
        for (int size : new int[] {enterprises / 10, enterprises}) {
            run(Math.max(size, 1), needsPerVillage, rounds);
        }
    }

    private static void run(int enterpriseCount, int needsPerVillage, int rounds) {
        Random random = new Random(42);
        List<EnterpriseProfile> enterprises = new ArrayList<>();
        for (int i = 0; i < enterpriseCount; i++) {
            enterprises.add(new EnterpriseProfile(i, "E" + i, INDUSTRIES[random.nextInt(INDUSTRIES.length)],
                    words(random, 4), EnumSet.of(NeedType.values()[random.nextInt(6)], NeedType.values()[random.nextInt(6)]),
                    Keywords.parse(words(random, 3)), 36.6 + random.nextDouble() * 0.2, 117 + random.nextDouble() * 0.4,
                    random.nextInt(4), random.nextInt(5), 0));
        }
        List<NeedProfile> needs = new ArrayList<>();
        for (int v = 0; v < VILLAGES; v++) {
            double lat = 36.6 + random.nextDouble() * 0.2;
            double lon = 117 + random.nextDouble() * 0.4;
            for (int n = 0; n < needsPerVillage; n++) {
                needs.add(new NeedProfile(needs.size(), v, NeedType.values()[random.nextInt(6)],
                        INDUSTRIES[random.nextInt(INDUSTRIES.length)], Keywords.parse(words(random, 3)), lat, lon));
            }
        }
        int warmup = Math.max(3, rounds / 4);
        long[] times = new long[rounds];
        long checksum = 0;
        for (int round = -warmup; round < rounds; round++) {
            long started = System.nanoTime();
            for (NeedProfile need : needs) {
                checksum += Recommender.rank(need, enterprises, 10).get(0).enterpriseId();
            }
            long elapsed = System.nanoTime() - started;
            if (round >= 0) {
                times[round] = elapsed;
            }
        }
        java.util.Arrays.sort(times);
        double median = times[rounds / 2] / 1e6;
        double best = times[0] / 1e6;
        long scorings = (long) needs.size() * enterpriseCount;
        System.out.printf(Locale.ROOT, "| %d | %d | %d | %.1f | %.1f | %.0f |%n", enterpriseCount, needs.size(), scorings,
                median, best, times[rounds / 2] / (double) scorings);
        if (checksum == Long.MIN_VALUE) {
            System.out.println(checksum); // keeps the JIT from dropping the work
        }
    }

    private static String words(Random random, int count) {
        Set<String> words = new java.util.LinkedHashSet<>();
        while (words.size() < count) {
            words.add(WORDS[random.nextInt(WORDS.length)]);
        }
        return String.join(" ", words);
    }
}
