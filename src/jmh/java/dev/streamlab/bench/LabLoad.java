package dev.streamlab.bench;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A load driver for the live lab, not a test: N sessions over real WebSockets against a lab server on this machine,
 * each running the word count and typing L lines a second for S seconds (or, in {@code idle} mode, running and
 * typing nothing). Prints the latency from a line sent to the report of the batch it fell into reaching the client
 * (p50, p99, max), and the server's CPU and heap, read from its actuator metrics once a second.
 * Loopback only; bounded in sessions and time. Run against a started jar:
 * {@code ./mvnw -Pbench -DskipTests test-compile exec:exec@lab-load -Dlab.args="typing 200 5 30 8080"}.
 */
public final class LabLoad {

    private static final String PROGRAM = """
            val ssc = new StreamingContext(new SparkConf().setMaster("local[2]"), Seconds(1))
            val lines = ssc.socketTextStream("localhost", 9999)
            lines.flatMap(_.split(" ")).map((_, 1)).reduceByKey(_ + _).print()
            ssc.start()
            ssc.awaitTermination()
            """;
    private static final int MAX_SESSIONS = 2_000;
    private static final int MAX_SECONDS = 600;

    private final JsonMapper json = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
    private final AtomicInteger problems = new AtomicInteger();
    private final AtomicInteger started = new AtomicInteger();

    private LabLoad(int port) {
        this.base = "127.0.0.1:" + port;
    }

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "typing";
        int sessions = Math.min(MAX_SESSIONS, args.length > 1 ? Integer.parseInt(args[1]) : 200);
        int perSecond = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        int seconds = Math.min(MAX_SECONDS, args.length > 3 ? Integer.parseInt(args[3]) : 30);
        int port = args.length > 4 ? Integer.parseInt(args[4]) : 8080;
        if (!InetAddress.getByName("127.0.0.1").isLoopbackAddress()) {
            throw new IllegalStateException("loopback only");
        }
        new LabLoad(port).drive(mode.equals("idle"), sessions, perSecond, seconds);
    }

    /** One session's client: the lines it sent and not yet seen in a batch, by the batch time they fell into. */
    private final class Client implements WebSocket.Listener {
        private final StringBuilder text = new StringBuilder();
        private final Map<String, Long> sentAt = new ConcurrentHashMap<>();
        private final Map<String, Long> batchOf = new ConcurrentHashMap<>();
        private final CountDownLatch running = new CountDownLatch(1);
        private WebSocket socket;
        private java.util.concurrent.CompletableFuture<WebSocket> sending =
                java.util.concurrent.CompletableFuture.completedFuture(null);

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                handle(json.readTree(text.toString()), System.nanoTime());
                text.setLength(0);
            }
            ws.request(1);
            return null;
        }

        private void handle(JsonNode message, long now) {
            switch (message.get("type").asString()) {
                case "welcome" -> send("{\"type\":\"run\",\"dialect\":\"scala\",\"code\":"
                        + json.writeValueAsString(PROGRAM) + ",\"args\":[]}");
                case "started" -> {
                    started.incrementAndGet();
                    running.countDown();
                }
                case "echo" -> batchOf.put(message.get("line").asString(), message.get("batchTime").asLong());
                case "batch" -> {
                    long time = message.get("batch").get("time").asLong();
                    for (Map.Entry<String, Long> e : batchOf.entrySet()) {
                        if (e.getValue() <= time) {
                            Long sent = sentAt.remove(e.getKey());
                            batchOf.remove(e.getKey());
                            if (sent != null) {
                                latencies.add((now - sent) / 1_000_000);
                            }
                        }
                    }
                }
                case "problem" -> problems.incrementAndGet();
                default -> { }
            }
        }

        void type(String line) {
            sentAt.put(line, System.nanoTime());
            send("{\"type\":\"input\",\"source\":\"localhost:9999\",\"lines\":[" + json.writeValueAsString(line)
                    + "]}");
        }

        /** Sends after the previous message (a WebSocket takes one at a time), never blocking the caller. */
        synchronized void send(String message) {
            sending = sending.thenCompose(previous -> socket.sendText(message, true));
        }
    }

    private void drive(boolean idle, int sessions, int perSecond, int seconds) throws Exception {
        List<Client> clients = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            Client client = new Client();
            client.socket = http.newWebSocketBuilder().buildAsync(URI.create("ws://" + base + "/ws/lab"), client)
                    .get(10, TimeUnit.SECONDS);
            client.send("{\"v\":1,\"type\":\"hello\",\"locale\":\"en\"}");
            clients.add(client);
        }
        for (Client client : clients) {
            client.running.await(30, TimeUnit.SECONDS);
        }
        System.out.printf("%d sessions open, %d programs running%n", sessions, started.get());
        ScheduledExecutorService typists = Executors.newScheduledThreadPool(4);
        AtomicInteger sequence = new AtomicInteger();
        if (!idle) {
            long period = 1_000_000 / perSecond;
            for (int i = 0; i < clients.size(); i++) {
                Client client = clients.get(i);
                typists.scheduleAtFixedRate(() -> client.type("w" + sequence.incrementAndGet() + " spark streaming"),
                        (period * i) / clients.size(), period, TimeUnit.MICROSECONDS);
            }
        }
        List<Double> cpu = new ArrayList<>();
        List<Double> heap = new ArrayList<>();
        for (int s = 0; s < seconds; s++) {
            Thread.sleep(1000);
            cpu.add(metric("process.cpu.usage"));
            heap.add(metric("jvm.memory.used?tag=area:heap") / (1024 * 1024));
        }
        typists.shutdownNow();
        Thread.sleep(2000);
        clients.forEach(c -> c.socket.abort());
        report(idle, sessions, perSecond, seconds, cpu, heap);
    }

    private double metric(String name) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://" + base
                + "/actuator/metrics/" + name)).build(), HttpResponse.BodyHandlers.ofString());
        return json.readTree(response.body()).get("measurements").get(0).get("value").asDouble();
    }

    private void report(boolean idle, int sessions, int perSecond, int seconds, List<Double> cpu, List<Double> heap) {
        double cores = Runtime.getRuntime().availableProcessors();
        System.out.printf("mode %s: %d sessions%s for %d s; problems %d%n", idle ? "idle" : "typing", sessions,
                idle ? "" : ", " + perSecond + " lines/s each", seconds, problems.get());
        System.out.printf("server CPU (share of the machine's %d cores): mean %.1f %%, max %.1f %%%n", (int) cores,
                100 * cpu.stream().mapToDouble(d -> d).average().orElse(0), 100 * Collections.max(cpu));
        System.out.printf("server heap used: mean %.0f MB, max %.0f MB%n",
                heap.stream().mapToDouble(d -> d).average().orElse(0), Collections.max(heap));
        if (!idle) {
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            if (sorted.isEmpty()) {
                System.out.println("no line came back in a batch");
                return;
            }
            System.out.printf("lines measured %d; line to its batch report: p50 %d ms, p99 %d ms, max %d ms%n",
                    sorted.size(), at(sorted, 0.50), at(sorted, 0.99), sorted.get(sorted.size() - 1));
        }
    }

    private static long at(List<Long> sorted, double quantile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1));
    }
}
