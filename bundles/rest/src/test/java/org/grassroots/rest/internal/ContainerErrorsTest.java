package org.grassroots.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class ContainerErrorsTest {
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void badMessagesAnswerProblemJsonInChineseAndEnglish() throws Exception {
        for (int status : new int[] {400, 414, 431}) {
            HttpFields fields = new HttpFields();
            ByteBuffer body = new ContainerErrors().badMessageError(status, "Jetty's reason", fields);
            assertEquals("application/problem+json;charset=utf-8", fields.get(HttpHeader.CONTENT_TYPE));
            JsonNode problem = mapper.readTree(StandardCharsets.UTF_8.decode(body).toString());
            assertEquals(status, problem.get("status").asInt());
            String detail = problem.get("detail").asText();
            assertTrue(detail.contains(" / "), detail);
            assertFalse(detail.contains("Jetty"), detail);
            assertFalse(problem.get("title").asText().matches("[ -~]*"), "a Chinese title: " + problem);
        }
        String uriTooLong = StandardCharsets.UTF_8.decode(
                new ContainerErrors().badMessageError(414, null, new HttpFields())).toString();
        assertTrue(uriTooLong.contains("网址过长") && uriTooLong.contains("too long"), uriTooLong);
    }

    @Test
    void installerSwapsTheServersErrorHandlerAndPutsJettysBack() throws Exception {
        Server server = new Server();
        ContainerErrorsInstaller installer = new ContainerErrorsInstaller();
        installer.setServer(server);
        installer.start();
        assertInstanceOf(ContainerErrors.class, server.getErrorHandler());
        assertInstanceOf(ContainerErrors.class, server.getBean(ErrorHandler.class));
        installer.deactivate();
        assertFalse(server.getErrorHandler() instanceof ContainerErrors);
    }
}
