package dev.streamlab.web;

import dev.streamlab.session.LabSessions;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import tools.jackson.databind.json.JsonMapper;

/** The lab's one WebSocket, {@code /ws/lab}: every message of a tab's session goes through it. */
@Configuration
@EnableWebSocket
class LabSocketConfig implements WebSocketConfigurer {

    private final LabSessions sessions;
    private final JsonMapper json;
    private final MessageSource messages;

    LabSocketConfig(LabSessions sessions, JsonMapper json, MessageSource messages) {
        this.sessions = sessions;
        this.json = json;
        this.messages = messages;
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        registry.addHandler(new LabSocketHandler(sessions, json, messages), "/ws/lab")
                .addInterceptors(new BrowserIdHandshake());
    }
}
