package dev.streamlab.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The lab's WebSocket as any client sees it: versioned JSON, and bad messages answered without harm. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LabSocketProtocolTest {

    private final JsonMapper json = JsonMapper.builder().build();
    private final LinkedBlockingQueue<JsonNode> received = new LinkedBlockingQueue<>();

    @LocalServerPort
    int port;

    private WebSocket socket;

    @BeforeEach
    void connect() {
        socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(URI.create("ws://localhost:" + port + "/ws/lab"), new WebSocket.Listener() {
                    private final StringBuilder text = new StringBuilder();

                    @Override
                    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                        text.append(data);
                        if (last) {
                            received.add(json.readTree(text.toString()));
                            text.setLength(0);
                        }
                        ws.request(1);
                        return null;
                    }
                }).join();
    }

    @AfterEach
    void close() {
        socket.abort();
    }

    @Test
    void helloIsWelcomedWithASessionAndTheLimits() {
        send("{\"v\":1,\"type\":\"hello\",\"locale\":\"en\"}");
        JsonNode welcome = next("welcome");
        assertThat(welcome.get("v").asInt()).isEqualTo(1);
        assertThat(welcome.get("session").asString()).hasSize(36);
        assertThat(welcome.get("limits").get("maxLineChars").asInt()).isEqualTo(10_000);
        assertThat(next("status").get("state").asString()).isEqualTo("idle");
    }

    @Test
    void malformedUnknownAndOversizedMessagesAreAnsweredAndTheSessionGoesOn() {
        send("{\"v\":1,\"type\":\"hello\",\"locale\":\"fr\"}");
        next("welcome");
        send("{not json");
        assertThat(next("problem").get("message").asString()).contains("JSON");
        send("{\"type\":\"dance\"}");
        assertThat(next("problem").get("message").asString()).contains("dance");
        send("{\"type\":\"run\",\"dialect\":\"scala\",\"code\":\"" + "x".repeat(600_000) + "\"}");
        assertThat(next("problem").get("kind").asString()).isEqualTo("protocol");
        send("{\"type\":\"run\",\"dialect\":\"cobol\",\"code\":\"\"}");
        assertThat(next("problem").get("message").asString()).contains("cobol");
        send("{\"type\":\"run\",\"dialect\":\"python\",\"code\":\"from pyspark import SparkContext\\nfrom pyspark.streaming import StreamingContext\\nsc = SparkContext('local[2]')\\n"
                + "ssc = StreamingContext(sc, 1)\\nssc.socketTextStream('localhost', 9999).pprint()\\n"
                + "ssc.start()\\nssc.awaitTermination()\\n\"}");
        JsonNode started = next("started");
        assertThat(started.get("sources").get(0).asString()).isEqualTo("localhost:9999");
        assertThat(started.get("batchMillis").asLong()).isEqualTo(1000);
    }

    @Test
    void aDropMessageMovesAFileIntoTheWatchedFolderAndIsEchoed() {
        send("{\"v\":1,\"type\":\"hello\",\"locale\":\"en\"}");
        next("welcome");
        send("{\"type\":\"run\",\"dialect\":\"scala\",\"code\":\"val ssc = new StreamingContext(new SparkConf(), "
                + "Seconds(1))\\nssc.textFileStream(\\\"in/\\\").print()\\nssc.start()\\nssc.awaitTermination()\\n\"}");
        assertThat(next("started").get("folders").get(0).asString()).isEqualTo("in/");
        send("{\"type\":\"drop\",\"folder\":\"in/\",\"name\":\"a.txt\"}");
        assertThat(next("problem").get("message").asString()).contains("text");
        send("{\"type\":\"drop\",\"folder\":\"in/\",\"name\":\"a.txt\",\"text\":\"one\\ntwo\\n\"}");
        JsonNode dropped = next("dropped");
        assertThat(dropped.get("name").asString()).isEqualTo("a.txt");
        assertThat(dropped.get("lines").asInt()).isEqualTo(2);
    }

    @Test
    void messagesBeforeHelloAreRefused() {
        send("{\"type\":\"stop\"}");
        assertThat(next("problem").get("message").asString()).contains("hello");
    }

    private void send(String text) {
        socket.sendText(text, true).join();
    }

    private JsonNode next(String type) {
        try {
            while (true) {
                JsonNode message = received.poll(20, TimeUnit.SECONDS);
                assertThat(message).as("a %s message", type).isNotNull();
                if (message.get("type").asString().equals(type)) {
                    return message;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
