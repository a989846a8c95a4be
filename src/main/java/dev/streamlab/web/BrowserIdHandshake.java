package dev.streamlab.web;

import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;

import java.util.Map;
import java.util.UUID;

/** Tells a socket which browser opened it (the cookie every page sets), so tabs of one browser can be counted. */
final class BrowserIdHandshake implements HandshakeInterceptor {

    static final String ATTRIBUTE = "browserId";

    @Override
    public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
                                   Map<String, Object> attributes) {
        String id = null;
        if (request instanceof ServletServerHttpRequest servlet) {
            id = BrowserIdFilter.read(servlet.getServletRequest());
        }
        attributes.put(ATTRIBUTE, id != null ? id : UUID.randomUUID().toString());
        return true;
    }

    @Override
    public void afterHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
                               Exception exception) {
    }
}
