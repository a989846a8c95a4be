package dev.streamlab.web;

import dev.streamlab.engine.source.StreamFile;
import dev.streamlab.lang.Dialect;
import dev.streamlab.session.LabEvent;
import dev.streamlab.session.LabSession;
import dev.streamlab.session.LabSessions;
import org.springframework.context.MessageSource;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;
import org.springframework.web.socket.handler.TextWebSocketHandler;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The lab's WebSocket protocol (README, "The lab's WebSocket protocol"): JSON messages in, {@link LabEvent}s out.
 * It only translates; the session decides. A malformed, unknown or oversized message is answered with a
 * {@code problem} and changes nothing else.
 */
final class LabSocketHandler extends TextWebSocketHandler {

    static final int VERSION = 1;
    private static final int SEND_TIME_LIMIT_MILLIS = 10_000;
    private static final int SEND_BUFFER_BYTES = 8 * 1024 * 1024;

    private final LabSessions sessions;
    private final JsonMapper json;
    private final MessageSource messages;
    private final Map<String, Tab> tabs = new ConcurrentHashMap<>();

    LabSocketHandler(LabSessions sessions, JsonMapper json, MessageSource messages) {
        this.sessions = sessions;
        this.json = json;
        this.messages = messages;
    }

    /** One open socket: where its events go and the lab session it drives once it said hello. */
    private static final class Tab {
        final WebSocketSession socket;
        volatile LabSession session;
        volatile Locale locale = Locale.ENGLISH;
        /** The message being received, frame by frame; its length counts even once it is no longer kept. */
        final StringBuilder partial = new StringBuilder();
        int partialLength;

        Tab(WebSocketSession socket) {
            this.socket = socket;
        }
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession socket) {
        tabs.put(socket.getId(), new Tab(new ConcurrentWebSocketSessionDecorator(socket, SEND_TIME_LIMIT_MILLIS,
                SEND_BUFFER_BYTES)));
    }

    @Override
    public void afterConnectionClosed(WebSocketSession socket, CloseStatus status) {
        Tab tab = tabs.remove(socket.getId());
        if (tab != null && tab.session != null) {
            tab.session.detach();
        }
    }

    /**
     * Messages arrive in frames of the container's small buffer, so that an idle socket costs little memory; they are
     * put together here, up to the session limit.
     */
    @Override
    public boolean supportsPartialMessages() {
        return true;
    }

    @Override
    protected void handleTextMessage(WebSocketSession socket, TextMessage message) {
        Tab tab = tabs.get(socket.getId());
        if (tab == null) {
            return;
        }
        int max = sessions.limits().maxMessageChars();
        tab.partialLength += message.getPayloadLength();
        if (tab.partialLength <= max) {
            tab.partial.append(message.getPayload());
        }
        if (!message.isLast()) {
            return;
        }
        String payload = tab.partial.toString();
        int length = tab.partialLength;
        tab.partial.setLength(0);
        tab.partial.trimToSize();
        tab.partialLength = 0;
        if (length > max) {
            send(tab, protocolProblem(tab, "lab.protocol.tooLarge", length, max));
            return;
        }
        JsonNode request;
        try {
            request = json.readTree(payload);
        } catch (RuntimeException e) {
            send(tab, protocolProblem(tab, "lab.protocol.malformed"));
            return;
        }
        if (request == null || !request.isObject() || !request.path("type").isString()) {
            send(tab, protocolProblem(tab, "lab.protocol.malformed"));
            return;
        }
        try {
            handle(tab, request);
        } catch (ProtocolException e) {
            send(tab, protocolProblem(tab, e.getMessage(), e.args));
        }
    }

    private void handle(Tab tab, JsonNode request) {
        String type = request.get("type").asString();
        if (type.equals("hello")) {
            hello(tab, request);
            return;
        }
        LabSession session = tab.session;
        if (session == null) {
            throw new ProtocolException("lab.protocol.helloFirst");
        }
        switch (type) {
            case "run" -> session.run(new LabSession.RunSpec(dialect(request), text(request, "code"),
                    strings(request, "args")));
            case "stop" -> session.stop();
            case "pause" -> session.pause();
            case "resume" -> session.resume();
            case "step" -> session.step();
            case "restart" -> session.restartDriver();
            case "input" -> session.input(text(request, "source"), strings(request, "lines"));
            case "drop" -> session.drop(text(request, "folder"), text(request, "name"), text(request, "text"));
            case "replay" -> session.replay(streamFile(request), request.path("pace").asInt(1));
            case "locale" -> {
                tab.locale = locale(request);
                session.setLocale(tab.locale);
            }
            default -> throw new ProtocolException("lab.protocol.unknownType", type);
        }
    }

    private void hello(Tab tab, JsonNode request) {
        if (request.path("v").asInt(VERSION) != VERSION) {
            throw new ProtocolException("lab.protocol.version", request.path("v").asInt(), VERSION);
        }
        tab.locale = locale(request);
        String browser = (String) tab.socket.getAttributes().get(BrowserIdHandshake.ATTRIBUTE);
        String resume = request.path("session").isString() ? request.get("session").asString() : null;
        LabSession session = sessions.find(resume, browser).or(() -> sessions.open(browser)).orElse(null);
        if (session == null) {
            throw new ProtocolException("lab.limit.sessions", sessions.limits().maxSessionsPerBrowser());
        }
        tab.session = session;
        ObjectNode welcome = json.createObjectNode();
        welcome.put("v", VERSION);
        welcome.put("type", "welcome");
        welcome.put("session", session.id());
        welcome.put("resumed", session.id().equals(resume));
        welcome.set("limits", json.valueToTree(sessions.limits()));
        sendNode(tab, welcome);
        session.attach(event -> send(tab, event), locale(request));
    }

    private void send(Tab tab, LabEvent event) {
        ObjectNode node = json.valueToTree(event);
        ObjectNode message = json.createObjectNode();
        message.put("v", VERSION);
        message.put("type", event.getClass().getSimpleName().toLowerCase(Locale.ROOT));
        message.setAll(node);
        sendNode(tab, message);
    }

    private void sendNode(Tab tab, ObjectNode message) {
        try {
            if (tab.socket.isOpen()) {
                tab.socket.sendMessage(new TextMessage(json.writeValueAsString(message)));
            }
        } catch (IOException | IllegalStateException e) {
            tabs.remove(tab.socket.getId());
            if (tab.session != null) {
                tab.session.detach();
            }
        }
    }

    private LabEvent protocolProblem(Tab tab, String key, Object... args) {
        return new LabEvent.Problem("protocol", messages.getMessage(key, args, key, tab.locale), 0, 0, null);
    }

    private static Dialect dialect(JsonNode request) {
        return switch (request.path("dialect").asString("")) {
            case "scala" -> Dialect.SCALA;
            case "python" -> Dialect.PYTHON;
            default -> throw new ProtocolException("lab.protocol.dialect", request.path("dialect").asString(""));
        };
    }

    private static String text(JsonNode request, String field) {
        JsonNode value = request.get(field);
        if (value == null || !value.isString()) {
            throw new ProtocolException("lab.protocol.field", field);
        }
        return value.asString();
    }

    private static List<String> strings(JsonNode request, String field) {
        JsonNode value = request.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new ProtocolException("lab.protocol.field", field);
        }
        List<String> strings = new ArrayList<>();
        for (JsonNode item : value) {
            if (!item.isString()) {
                throw new ProtocolException("lab.protocol.field", field);
            }
            strings.add(item.asString());
        }
        return strings;
    }

    private static StreamFile streamFile(JsonNode request) {
        String name = request.path("name").asString("replay.stream");
        try {
            return StreamFile.parse(text(request, "text"), name);
        } catch (RuntimeException e) {
            throw new ProtocolException("lab.protocol.stream", e.getMessage());
        }
    }

    private static Locale locale(JsonNode request) {
        return Locale.forLanguageTag(request.path("locale").asString("en"));
    }

    /** A request this protocol cannot carry out: its message key and arguments. */
    private static final class ProtocolException extends RuntimeException {
        final Object[] args;

        ProtocolException(String key, Object... args) {
            super(key, null, false, false);
            this.args = args;
        }
    }
}
