package dev.streamlab.web;

import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The playground: the lab with no exercise, any program, any input. */
@Controller
class LabController {

    private final LabView view;
    private final MessageSource messages;

    LabController(LabView view, MessageSource messages) {
        this.view = view;
        this.messages = messages;
    }

    @GetMapping("/playground")
    String playground(@RequestParam(defaultValue = "scala") String dialect, Locale locale, Model model) {
        String chosen = dialect.equals("python") ? "python" : "scala";
        String title = messages.getMessage("lab.ui.playground", null, "Playground", locale);
        LabPage page = new LabPage(null, title, List.of("scala", "python"), chosen,
                Map.of("scala", starter("NetworkWordCount.scala"), "python", starter("network_wordcount.py")),
                List.of("localhost:9999"), List.of(), List.of(new LabPage.Crumb(title, null)));
        return view.render(page, locale, model);
    }

    private static String starter(String name) {
        try {
            return new ClassPathResource("playground/" + name).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
