package org.grassroots.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.grassroots.testkit.AuthorizationMatrix.Answer;
import org.grassroots.testkit.AuthorizationMatrix.Endpoint;
import org.junit.jupiter.api.Test;

class AuthorizationMatrixTest {
    private static final String FILE = """
            # comment
            demo | GET /things           | ALL | open
            demo | PUT /things/{id}      | DISTRICT_ADMIN,SECRETARY | scoped
            auth | POST /login           | PUBLIC | open
            """;

    @Test
    void readsTheLinesAndExpandsAll() throws IOException {
        AuthorizationMatrix matrix = AuthorizationMatrix.parse(new StringReader(FILE));
        assertEquals(3, matrix.rules().size());
        assertEquals(Set.copyOf(AuthorizationMatrix.ROLES), matrix.rules().get("demo GET /things").roles());
        assertTrue(matrix.rules().get("demo PUT /things/{id}").scoped());
        assertEquals(2, matrix.forModule("demo").rules().size());
    }

    @Test
    void refusesAMalformedLineNamingItsNumber() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AuthorizationMatrix.parse(new StringReader("demo | GET /x | ALL\n")));
        assertTrue(e.getMessage().contains("line 1"), e.getMessage());
    }

    @Test
    void aPlatformThatAnswersAsTheMatrixSaysHasNoFailures() throws IOException {
        AuthorizationMatrix matrix = AuthorizationMatrix.parse(new StringReader(FILE)).forModule("demo");
        List<String> failures = matrix.failures(AuthorizationMatrix.ROLES, (rule, role, inScope) -> {
            if (!rule.roles().contains(role)) {
                return new Answer(403, "forbidden");
            }
            return new Answer(rule.scoped() && !inScope ? 404 : 200, "ok");
        });
        assertEquals(List.of(), failures);
    }

    @Test
    void aRoleLetThroughOrAnOutOfScopeRecordShownIsAFailure() throws IOException {
        AuthorizationMatrix matrix = AuthorizationMatrix.parse(new StringReader(FILE)).forModule("demo");
        List<String> failures = matrix.failures(List.of("MEMBER", "SECRETARY"), (rule, role, inScope) ->
                new Answer(200, role + " " + rule.endpoint().key() + (inScope ? "" : " out of scope")));
        // MEMBER may not PUT (expected 403 in and out of scope), SECRETARY sees a record outside its subtree (404)
        assertEquals(List.of("MEMBER in scope: expected 403: MEMBER demo PUT /things/{id}",
                "MEMBER out of scope: expected 403: MEMBER demo PUT /things/{id} out of scope",
                "SECRETARY out of scope: expected 404: SECRETARY demo PUT /things/{id} out of scope"), failures);
    }

    @Test
    void coverageNamesEndpointsWithoutALineAndLinesWithoutAnEndpoint() throws IOException {
        AuthorizationMatrix matrix = AuthorizationMatrix.parse(new StringReader(FILE)).forModule("demo");
        List<String> problems = matrix.coverageProblems(List.of(new Endpoint("demo", "GET", "/things"),
                new Endpoint("demo", "DELETE", "/things/{id}")));
        assertEquals(List.of("endpoints without a line in the matrix: [demo DELETE /things/{id}]",
                "lines in the matrix naming no served endpoint: [demo PUT /things/{id}]"), problems);
    }

    @Test
    void makesValidIdNumbers() {
        String id = ScopeWorld.idNumber(LocalDate.of(1980, 1, 1), 1);
        assertEquals(18, id.length());
        assertTrue(id.startsWith("37010219800101001"), id);
    }
}
