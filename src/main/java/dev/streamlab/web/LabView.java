package dev.streamlab.web;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import tools.jackson.databind.json.JsonMapper;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;

/** Puts a {@link LabPage} on the lab template: the page's JSON for its scripts, with the lab's words. */
@Component
class LabView {

    private final MessageSource messages;
    private final JsonMapper json;
    private final ImportMap importMap;
    /** Every {@code lab.ui.*} key the scripts use, read once from the lab bundle. */
    private final List<String> uiKeys;

    LabView(MessageSource messages, JsonMapper json, ImportMap importMap) {
        this.messages = messages;
        this.json = json;
        this.importMap = importMap;
        this.uiKeys = ResourceBundle.getBundle("i18n/lab", Locale.ROOT).keySet().stream()
                .filter(key -> key.startsWith("lab.ui.")).sorted().toList();
    }

    String render(LabPage page, Locale locale, Model model) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("exercise", page.exerciseId() == null ? null : Map.of("id", page.exerciseId(),
                "title", page.title()));
        data.put("dialect", page.dialect());
        data.put("dialects", page.dialects());
        data.put("starters", page.starters());
        data.put("sources", page.sources());
        data.put("streams", page.streams());
        data.put("locale", locale.toLanguageTag());
        data.put("messages", uiMessages(locale));
        model.addAttribute("lab", page);
        model.addAttribute("importMap", importMap.json());
        // JSON inside a script element: no "<" may close it early.
        model.addAttribute("labData", json.writeValueAsString(data).replace("<", "\\u003c"));
        return "lab/lab";
    }

    /** Every {@code lab.ui.*} text the scripts use, in the page's language. */
    private Map<String, String> uiMessages(Locale locale) {
        Map<String, String> ui = new TreeMap<>();
        for (String key : uiKeys) {
            ui.put(key, messages.getMessage(key, null, key, locale));
        }
        return ui;
    }
}
