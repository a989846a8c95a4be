package dev.streamlab.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An address that is no page gets the lab's own 404 page, in the reader's language, through the real server. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MissingPageTest {

    @LocalServerPort
    int port;

    @Test
    void anUnknownAddressIsTheLabsNotFoundPageInTheReadersLanguage() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/no/such/page"))
                .header("Accept-Language", "zh-TW,zh;q=0.9").header("Accept", "text/html").build();

        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("找不到頁面").contains("繁體中文").contains("href=\"/\"");
    }
}
