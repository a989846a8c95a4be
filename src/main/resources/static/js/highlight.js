// Colours the Scala and Python of <code class="language-scala|language-python"> blocks: keywords, strings,
// comments, numbers and Spark's operators. Reads the text and rebuilds the block from text nodes and spans, so the
// code is never interpreted as HTML.
(function () {
  "use strict";

  var KEYWORDS = {
    scala: "abstract case catch class def do else extends false final finally for if implicit import lazy match new"
      + " null object override package private protected return sealed super this throw trait true try type val var"
      + " while with yield",
    python: "and as assert break class continue def del elif else except False finally for from global if import in"
      + " is lambda None nonlocal not or pass raise return True try while with yield"
  };
  var SPARK = "SparkConf SparkContext StreamingContext Seconds Milliseconds Minutes DStream socketTextStream map"
    + " flatMap filter reduceByKey reduceByKeyAndWindow reduceByWindow countByWindow countByValue count reduce"
    + " updateStateByKey mapWithState window transform join foreachRDD print pprint start awaitTermination"
    + " checkpoint getOrCreate";

  function words(text) {
    var set = Object.create(null);
    text.split(" ").forEach(function (w) { set[w] = true; });
    return set;
  }

  var keywordSets = { scala: words(KEYWORDS.scala), python: words(KEYWORDS.python) };
  var sparkSet = words(SPARK);

  // One token: [kind or null, text]. Strings and comments first, so that keywords inside them stay plain.
  function tokens(code, language) {
    var comment = language === "python" ? /^#[^\n]*/ : /^(\/\/[^\n]*|\/\*[\s\S]*?\*\/)/;
    var string = language === "python"
      ? /^("""[\s\S]*?"""|'''[\s\S]*?'''|[rbfu]*"(\\.|[^"\\\n])*"|[rbfu]*'(\\.|[^'\\\n])*')/
      : /^("""[\s\S]*?"""|[sf]?"(\\.|[^"\\\n])*"|'(\\.|[^'\\\n])')/;
    var rules = [
      ["comment", comment],
      ["string", string],
      ["number", /^\d+(\.\d+)?([eE][+-]?\d+)?[LlFfDd]?/],
      ["word", /^[A-Za-z_][A-Za-z0-9_]*/],
      [null, /^(\s+|[^A-Za-z0-9_\s"'#\/]+|\/)/]
    ];
    var out = [];
    var rest = code;
    while (rest.length > 0) {
      var matched = false;
      for (var i = 0; i < rules.length && !matched; i++) {
        var m = rules[i][1].exec(rest);
        if (m && m[0].length > 0) {
          var kind = rules[i][0];
          if (kind === "word") {
            kind = keywordSets[language][m[0]] ? "keyword" : sparkSet[m[0]] ? "spark" : null;
          }
          out.push([kind, m[0]]);
          rest = rest.slice(m[0].length);
          matched = true;
        }
      }
      if (!matched) {
        out.push([null, rest.charAt(0)]);
        rest = rest.slice(1);
      }
    }
    return out;
  }

  function highlight(block) {
    var language = block.className.indexOf("language-python") >= 0 ? "python" : "scala";
    var code = block.textContent;
    block.textContent = "";
    tokens(code, language).forEach(function (token) {
      if (token[0] === null) {
        block.appendChild(document.createTextNode(token[1]));
      } else {
        var span = document.createElement("span");
        span.className = "tok-" + token[0];
        span.textContent = token[1];
        block.appendChild(span);
      }
    });
    block.classList.add("highlighted");
  }

  function highlightAll() {
    var blocks = document.querySelectorAll("code.language-scala, code.language-python");
    Array.prototype.forEach.call(blocks, highlight);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", highlightAll);
  } else {
    highlightAll();
  }
})();
