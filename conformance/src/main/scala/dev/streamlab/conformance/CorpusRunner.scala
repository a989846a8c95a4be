package dev.streamlab.conformance

import java.io.ByteArrayOutputStream
import java.net.URLClassLoader
import java.nio.charset.StandardCharsets
import java.nio.file.{Files, Path, Paths}
import java.util.concurrent.{LinkedBlockingQueue, TimeUnit}
import java.util.regex.Matcher

import scala.jdk.CollectionConverters._
import scala.tools.nsc.{Global, Settings}
import scala.tools.nsc.reporters.StoreReporter
import scala.util.Using

import org.apache.spark.streaming.{StreamingContext, StreamingHandle}
import org.apache.spark.streaming.scheduler.{BatchInfo, StreamingListener, StreamingListenerBatchCompleted}

/**
 * `CorpusRunner PLAN OUT_DIR`: compiles the coverage corpus's Scala programs with the real Scala compiler and runs
 * each one's `main` on real Spark Streaming, writing what it printed to `OUT_DIR/NAME.out`, and how each one went to
 * `OUT_DIR/results.tsv` (`NAME`, then `ok`, or `compile` / `failed` with the reason).
 *
 * Each PLAN line is `PROGRAM_FILE<TAB>STREAM_FILE<TAB>BATCHES`, written by the lab's side, which knows how many
 * batches the lab runs. Only the source changes: a `socketTextStream` call becomes `CorpusSources`' source of the
 * stream file's batches, a script is wrapped as Scala's script runner wraps it, and the file is put in a package of
 * its own so that programs defining the same class compile together. Programs run one after another, each creating
 * and stopping its own context on Spark's manual clock; once main has started its context, the runner completes the
 * planned batches one by one, then stops the context, so main carries on as it would after
 * a real stop.
 */
object CorpusRunner {

  private final case class Planned(source: Path, stream: Path, batches: Int) {
    val name: String = source.getFileName.toString.stripSuffix(".scala")
    val pkg: String = "corpus_" + name.toLowerCase
  }

  private val ObjectWithMain = """(?m)^object \w+""".r

  /** What spark-shell gives a script before its first line; a script's own `sc` shadows it. */
  private val ShellContext = "lazy val sc = org.apache.spark.SparkContext.getOrCreate();"

  private val SocketCall = """([A-Za-z_][\w.]*)\.socketTextStream\(""".r

  private val HdfsUrl = """hdfs://[^/"\s]+/""".r

  private val Scratch = Paths.get(System.getProperty("java.io.tmpdir")).toAbsolutePath

  def main(args: Array[String]): Unit = {
    val stdout = Stdout.install()
    val plan = Files.readAllLines(Paths.get(args(0)), StandardCharsets.UTF_8).asScala.filter(_.nonEmpty).map { line =>
      val Array(source, stream, batches) = line.split('\t')
      Planned(Paths.get(source), Paths.get(stream), batches.toInt)
    }.toIndexedSeq
    val outDir = Files.createDirectories(Paths.get(args(1)))
    System.setProperty("spark.master", "local[2]")
    System.setProperty("spark.app.name", "corpus")
    System.setProperty("spark.streaming.clock", "org.apache.spark.util.ManualClock")
    System.setProperty("spark.ui.enabled", "false")
    System.setProperty("spark.driver.host", "127.0.0.1")
    System.setProperty("spark.driver.bindAddress", "127.0.0.1")

    val classes = Files.createTempDirectory("streamlab-corpus-classes-")
    val (compiled, refused) = compile(plan, classes)
    val results = new StringBuilder
    refused.foreach { case (program, reason) => results ++= s"${program.name}\tcompile\t${oneLine(reason)}\n" }
    val loader = new URLClassLoader(Array(classes.toUri.toURL), getClass.getClassLoader)
    for (program <- compiled) {
      val captured = new ByteArrayOutputStream()
      stdout.redirect(captured)
      val failure = try run(program, loader) finally stdout.restore()
      Files.write(outDir.resolve(program.name + ".out"), captured.toByteArray)
      results ++= s"${program.name}\t${failure.fold("ok")(reason => "failed\t" + oneLine(reason))}\n"
      System.err.println(f"${program.name}%-40s ${failure.getOrElse("ok")}")
    }
    Files.write(outDir.resolve("results.tsv"), results.toString.getBytes(StandardCharsets.UTF_8))
    System.err.println(s"${compiled.size} programs run, ${refused.size} did not compile")
    sys.exit(0)
  }

  /** Compiles the programs together; a file with errors is left out (with its first error) and the rest compiled. */
  private def compile(plan: IndexedSeq[Planned], classes: Path): (IndexedSeq[Planned], Seq[(Planned, String)]) = {
    val sources = Files.createTempDirectory("streamlab-corpus-sources-")
    val files = plan.map { program =>
      val text = Files.readString(program.source, StandardCharsets.UTF_8)
      // The lab lands an hdfs:// path in the run's folder; here that is the runner's folder, cleaned after each run.
      val fed = HdfsUrl.replaceAllIn(SocketCall.replaceAllIn(text, m => Matcher.quoteReplacement(
        s"dev.streamlab.conformance.CorpusSources.socketTextStream(${m.group(1)}, ")), "")
      // Wrapped on the first line, so that every line keeps its number. A script (statements at the top, as
      // `scala File.scala` runs) is wrapped as Scala's script runner wraps it: in the body of a class made in main.
      val wrapped =
        if (ObjectWithMain.findFirstIn(fed).isDefined) s"package ${program.pkg}; " + fed
        else s"package ${program.pkg}; object ${program.name} { def main(args: Array[String]): Unit = { $ShellContext " +
          "new AnyRef { " + fed + "\n} } }\n"
      val file = sources.resolve(program.name + ".scala")
      Files.writeString(file, wrapped, StandardCharsets.UTF_8)
      program -> file
    }.toMap
    var remaining = plan
    var refused = Seq.empty[(Planned, String)]
    var done = false
    while (!done) {
      val errors = compileAll(remaining.map(files), classes)
      val failed = remaining.filter(p => errors.contains(files(p).toString))
      refused ++= failed.map(p => p -> errors(files(p).toString))
      remaining = remaining.filterNot(failed.contains)
      if (errors.nonEmpty && failed.isEmpty) {
        refused ++= remaining.map(_ -> errors.values.head)
        remaining = IndexedSeq.empty
      }
      done = errors.isEmpty || remaining.isEmpty
    }
    (remaining, refused)
  }

  /** The first error of each file that has one, keyed by the file's path; empty when everything compiled. */
  private def compileAll(files: Seq[Path], classes: Path): Map[String, String] = {
    if (files.isEmpty) return Map.empty
    val settings = new Settings()
    settings.usejavacp.value = true
    settings.outputDirs.setSingleOutput(classes.toString)
    settings.nowarn.value = true
    val reporter = new StoreReporter(settings)
    val global = new Global(settings, reporter)
    new global.Run().compile(files.map(_.toString).toList)
    reporter.infos.toSeq.filter(_.severity == reporter.ERROR).groupBy(_.pos.source.file.path).map {
      case (file, infos) => file -> s"line ${infos.head.pos.line}: ${infos.head.msg}"
    }
  }

  /** Runs one program's main to its end; the reason it failed, if it did. */
  private def run(program: Planned, loader: ClassLoader): Option[String] = {
    val cwd = Paths.get("").toAbsolutePath
    val before = entries(cwd)
    CorpusSources.feed(program.stream)
    val mainClass = loader.loadClass(s"${program.pkg}.${program.name}")
    val ended = new LinkedBlockingQueue[Option[Throwable]]()
    val main = new Thread(() => {
      val outcome = try {
        mainClass.getMethod("main", classOf[Array[String]]).invoke(null, Array.empty[String])
        None
      } catch {
        case e: java.lang.reflect.InvocationTargetException => Some(e.getCause)
        case e: Throwable => Some(e)
      }
      ended.put(outcome)
    }, "corpus-main")
    main.setDaemon(true)
    // Spark's local executor loads the tasks' classes (the program's functions) through this loader.
    main.setContextClassLoader(loader)
    main.start()
    try {
      val failure = clockBatches(program, main)
      val outcome = ended.poll(60, TimeUnit.SECONDS)
      failure.orElse(Option(outcome).fold(Option("main did not end within 60 s"))(_.map(rootMessage)))
    } finally {
      StreamingContext.getActive().foreach(_.stop(stopSparkContext = true, stopGracefully = false))
      // What the program wrote beside the runner (checkpoints, saved files); never what was there before it.
      (entries(cwd) -- before).foreach(deleteTree)
    }
  }

  /** Waits until main started a context or ended; with a context, completes the planned batches, then stops it. */
  private def clockBatches(program: Planned, main: Thread): Option[String] = {
    val deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60)
    var ssc = StreamingContext.getActive()
    while (ssc.isEmpty && main.isAlive && System.nanoTime() < deadline) {
      main.join(5)
      ssc = StreamingContext.getActive()
    }
    ssc match {
      case None if main.isAlive => Some("main neither started a streaming context nor ended within 60 s")
      case None => None
      case Some(context) =>
        val completed = new LinkedBlockingQueue[BatchInfo]()
        context.addStreamingListener(new StreamingListener {
          override def onBatchCompleted(event: StreamingListenerBatchCompleted): Unit = completed.put(event.batchInfo)
        })
        val batchMs = StreamingHandle.batchMillis(context)
        var failure = Option.empty[String]
        var batch = 1
        while (batch <= program.batches && failure.isEmpty) {
          StreamingHandle.advance(context, batchMs)
          val info = completed.poll(120, TimeUnit.SECONDS)
          failure = if (info == null) Some(s"batch $batch did not complete within 120 s")
            else info.outputOperationInfos.values.toSeq.sortBy(_.id).flatMap(_.failureReason).headOption
              .map(_.linesIterator.filter(_.startsWith("Caused by: ")).toSeq.lastOption.getOrElse("batch failed"))
          batch += 1
        }
        context.stop(stopSparkContext = true, stopGracefully = false)
        // A checkpoint left in the scratch folder would be recovered by the next program naming the same one. One
        // inside the runner's folder (`ssc.checkpoint(".")`, a relative name) is cleaned with what the program wrote
        // there; the runner's folder itself and the folders holding it are never deleted.
        val cwd = Paths.get("").toAbsolutePath.normalize
        StreamingHandle.checkpointDirectory(context)
          .map(dir => Paths.get(new org.apache.hadoop.fs.Path(dir).toUri.getPath).toAbsolutePath.normalize)
          .filter(dir => dir.startsWith(Scratch) && dir != Scratch && !cwd.startsWith(dir) && !dir.startsWith(cwd))
          .foreach(deleteTree)
        failure
    }
  }

  private def entries(dir: Path): Set[Path] = Using.resource(Files.list(dir))(_.iterator().asScala.toSet)

  private def rootMessage(e: Throwable): String = {
    var cause = e
    while (cause.getCause != null && (cause.getCause ne cause)) cause = cause.getCause
    s"${cause.getClass.getName}: ${cause.getMessage}"
  }

  private def oneLine(text: String): String = text.replaceAll("\\s+", " ").trim

  private def deleteTree(path: Path): Unit = {
    if (Files.isDirectory(path)) Using.resource(Files.list(path))(_.iterator().asScala.toList).foreach(deleteTree)
    Files.deleteIfExists(path)
  }
}
