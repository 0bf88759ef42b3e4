package org.grassroots.rural.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.grassroots.rural.internal.Recommendations;
import org.grassroots.rural.internal.Villages;
import org.grassroots.rural.internal.NeedRecommendations;
import org.grassroots.rural.internal.match.Recommendation;
import org.grassroots.rural.internal.match.ScoreComponent;

@Command(scope = "grassroots", name = "rural-recommend",
        description = "Ranks enterprises for each open need of a village and explains every score")
@Service
public class RuralRecommendCommand implements Action {
    @Reference
    private Recommendations recommendations;
    @Reference
    private Villages villages;

    @Completion(VillageCodes.class)
    @Argument(name = "villageCode", required = true, description = "Code of the village")
    private String code;

    @Option(name = "--limit", description = "Enterprises per need (default 5)")
    private int limit = 5;

    @Override
    public Object execute() {
        var village = villages.byCode(code);
        var needs = recommendations.recommend(village.id(), limit);
        if (needs.isEmpty()) {
            System.out.printf("%s %s has no open needs%n", village.code(), village.name());
        }
        for (NeedRecommendations need : needs) {
            System.out.printf("%s %s — need %d %s: %s%n", village.code(), village.name(), need.need().id(),
                    need.need().type(), need.need().description());
            int rank = 1;
            for (Recommendation r : need.enterprises()) {
                System.out.printf("  %d. %-24s %6.1f%n", rank++, r.enterpriseName(), r.score());
                for (ScoreComponent c : r.components()) {
                    System.out.printf("       %-9s %5.1f  %s%n", c.name(), c.points(), c.reason());
                }
            }
        }
        return null;
    }
}
