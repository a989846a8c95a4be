package dev.streamlab.conformance

import org.apache.spark.HashPartitioner
import org.apache.spark.rdd.RDD
import org.apache.spark.streaming.{Seconds, State, StateSpec, Time}
import org.apache.spark.streaming.dstream.DStream

/**
 * The catalogue of conformance pipelines, written as a student writes them against Spark's Scala API. The app's
 * test suite holds the same pipelines, by the same names, written against StreamLab's engine.
 */
object Pipelines {

  private def words(lines: DStream[String]): DStream[String] = lines.flatMap(_.split(" "))

  private def ones(lines: DStream[String]): DStream[(String, Int)] = words(lines).map(w => (w, 1))

  private def byInitial(lines: DStream[String]): DStream[(String, String)] = words(lines).map(w => (w.take(1), w))

  private def sum(values: Seq[Int], state: Option[Int]): Option[Int] = Some(values.sum + state.getOrElse(0))

  val all: IndexedSeq[Pipeline] = IndexedSeq(
    // element-wise and per-RDD
    Pipeline("print_lines", i => i.lines.print()),
    Pipeline("print_3", i => i.lines.print(3)),
    Pipeline("print_25", i => i.lines.print(25)),
    Pipeline("map_upper", i => i.lines.map(_.toUpperCase).print()),
    Pipeline("map_length", i => i.lines.map(_.length).print()),
    Pipeline("map_tuple3", i => i.lines.map(l => (l.length, l, l.isEmpty)).print()),
    Pipeline("map_option", i => i.lines.map(l => if (l.isEmpty) None else Some(l.head)).print()),
    Pipeline("map_double", i => i.lines.map(_.length / 1024.0).print()),
    Pipeline("flatmap_words", i => words(i.lines).print()),
    Pipeline("filter_contains", i => i.lines.filter(_.contains("a")).print()),
    Pipeline("mappartitions_size", i => i.lines.mapPartitions(it => Iterator(it.size)).print()),
    Pipeline("glom_sizes", i => i.lines.glom().map(_.length).print()),
    Pipeline("repartition_1", i => i.lines.repartition(1).print()),
    Pipeline("count_lines", i => i.lines.count().print()),
    Pipeline("count_words", i => words(i.lines).count().print()),
    Pipeline("reduce_lengths", i => i.lines.map(_.length).reduce(_ + _).print()),
    Pipeline("reduce_concat", i => words(i.lines).reduce((a, b) => a + "|" + b).print()),
    Pipeline("reduce_double", i => i.lines.map(_.length / 1024.0).reduce(_ + _).print()),
    Pipeline("reduce_max_long", i => i.lines.map(_.length.toLong * 1000000000L).reduce(math.max).print()),
    Pipeline("countbyvalue_words", i => words(i.lines).countByValue().print()),
    Pipeline("countbyvalue_lengths", i => words(i.lines).map(_.length).countByValue().print()),
    Pipeline("countbyvalue_1partition", i => words(i.lines).countByValue(1).print()),
    Pipeline("union_self", i => i.lines.union(i.lines.map(_.reverse)).print()),
    Pipeline("transform_time",
      i => i.lines.transform((rdd: RDD[String], t: Time) => rdd.map(l => s"${t.milliseconds}:$l")).print()),
    Pipeline("transform_distinct_sorted", i => words(i.lines).transform(_.distinct().sortBy(identity)).print()),
    Pipeline("foreachrdd_collect", i => i.lines.foreachRDD((rdd: RDD[String], t: Time) =>
      println(s"$t: ${rdd.collect().mkString("[", ",", "]")} in ${rdd.getNumPartitions} partitions"))),
    Pipeline("two_outputs", i => {
      words(i.lines).count().print()
      ones(i.lines).reduceByKey(_ + _).print()
    }),

    // pair operations
    Pipeline("wordcount", i => ones(i.lines).reduceByKey(_ + _).print()),
    Pipeline("wordcount_1partition", i => ones(i.lines).reduceByKey(_ + _, 1).print()),
    Pipeline("wordcount_3partitions", i => ones(i.lines).reduceByKey(_ + _, 3).print()),
    Pipeline("wordcount_long", i => words(i.lines).map(w => (w, 1L)).reduceByKey(_ + _).print()),
    Pipeline("wordcount_tuplekey", i => words(i.lines).map(w => ((w.length, w.take(1)), 1)).reduceByKey(_ + _).print()),
    Pipeline("wordcount_sorted", i => ones(i.lines).reduceByKey(_ + _).transform(_.sortByKey()).print()),
    Pipeline("groupbykey", i => byInitial(i.lines).groupByKey().print()),
    Pipeline("groupbykey_3partitions", i => byInitial(i.lines).groupByKey(3).print()),
    Pipeline("combinebykey_average", i => words(i.lines).map(w => (w.take(1), w.length))
      .combineByKey[(Int, Int)](v => (v, 1), (c, v) => (c._1 + v, c._2 + 1), (a, b) => (a._1 + b._1, a._2 + b._2),
        new HashPartitioner(2))
      .mapValues { case (total, n) => total.toDouble / n }.print()),
    Pipeline("mapvalues", i => ones(i.lines).reduceByKey(_ + _).mapValues(_ * 10).print()),
    Pipeline("flatmapvalues", i => words(i.lines).map(w => (w, w.length)).flatMapValues(n => Seq(n, -n)).print()),

    // two socket sources
    Pipeline("union_two_sources", i => i.lines.union(i.other).print(), sources = 2),
    Pipeline("ssc_union_three",
      i => i.ssc.union(Seq(i.lines, i.other, i.lines.map(_.toUpperCase))).print(), sources = 2),
    Pipeline("join_two_sources", i => ones(i.lines).join(words(i.other).map(w => (w, w.length))).print(), sources = 2),
    Pipeline("join_1partition_two_sources",
      i => ones(i.lines).join(words(i.other).map(w => (w, w.length)), 1).print(), sources = 2),
    Pipeline("leftouterjoin_two_sources",
      i => ones(i.lines).leftOuterJoin(words(i.other).map(w => (w, w.length))).print(), sources = 2),
    Pipeline("rightouterjoin_two_sources",
      i => ones(i.lines).rightOuterJoin(words(i.other).map(w => (w, w.length))).print(), sources = 2),
    Pipeline("fullouterjoin_two_sources",
      i => ones(i.lines).fullOuterJoin(words(i.other).map(w => (w, w.length))).print(), sources = 2),
    Pipeline("cogroup_two_sources",
      i => ones(i.lines).cogroup(words(i.other).map(w => (w, w.length))).print(), sources = 2),
    Pipeline("ssc_transform_two_sources", i => i.ssc.transform(Seq(i.lines, i.other),
      (rdds: Seq[RDD[_]], t: Time) =>
        rdds.map(_.asInstanceOf[RDD[String]]).reduce(_ union _).map(_.toUpperCase)).print(),
      sources = 2),
    Pipeline("transformwith_two_sources", i => i.lines.transformWith(i.other,
      (a: RDD[String], b: RDD[String]) => a.union(b).map(_.length)).print(), sources = 2),

    // windows
    Pipeline("window_2_1", i => i.lines.window(Seconds(2), Seconds(1)).print(), trailing = Seconds(2)),
    Pipeline("window_4_2", i => i.lines.window(Seconds(4), Seconds(2)).print(), trailing = Seconds(4)),
    Pipeline("window_2_3", i => i.lines.window(Seconds(2), Seconds(3)).print(), trailing = Seconds(3)),
    Pipeline("window_10_1_count", i => words(i.lines).window(Seconds(10), Seconds(1)).count().print(),
      trailing = Seconds(10)),
    Pipeline("countbywindow_3_1", i => i.lines.countByWindow(Seconds(3), Seconds(1)).print(),
      stateful = true, trailing = Seconds(3)),
    Pipeline("countbywindow_4_2", i => i.lines.countByWindow(Seconds(4), Seconds(2)).print(),
      stateful = true, trailing = Seconds(4)),
    Pipeline("reducebywindow_3_1", i => i.lines.map(_.length).reduceByWindow(_ + _, Seconds(3), Seconds(1)).print(),
      trailing = Seconds(3)),
    Pipeline("reducebywindow_inverse_3_1",
      i => i.lines.map(_.length).reduceByWindow(_ + _, _ - _, Seconds(3), Seconds(1)).print(),
      stateful = true, trailing = Seconds(3)),
    Pipeline("countbyvalueandwindow_3_1", i => words(i.lines).countByValueAndWindow(Seconds(3), Seconds(1)).print(),
      stateful = true, trailing = Seconds(3)),
    Pipeline("countbyvalueandwindow_4_2", i => words(i.lines).countByValueAndWindow(Seconds(4), Seconds(2)).print(),
      stateful = true, trailing = Seconds(4)),
    Pipeline("groupbykeyandwindow_3_1", i => byInitial(i.lines).groupByKeyAndWindow(Seconds(3), Seconds(1)).print(),
      trailing = Seconds(3)),
    Pipeline("reducebykeyandwindow_3_1",
      i => ones(i.lines).reduceByKeyAndWindow((a: Int, b: Int) => a + b, Seconds(3), Seconds(1)).print(),
      trailing = Seconds(3)),
    Pipeline("reducebykeyandwindow_3_1_1partition",
      i => ones(i.lines).reduceByKeyAndWindow((a: Int, b: Int) => a + b, Seconds(3), Seconds(1), 1).print(),
      trailing = Seconds(3)),
    Pipeline("reducebykeyandwindow_4_2",
      i => ones(i.lines).reduceByKeyAndWindow((a: Int, b: Int) => a + b, Seconds(4), Seconds(2)).print(),
      trailing = Seconds(4)),
    Pipeline("reducebykeyandwindow_inverse_3_1",
      i => ones(i.lines).reduceByKeyAndWindow(_ + _, _ - _, Seconds(3), Seconds(1)).print(),
      stateful = true, trailing = Seconds(3)),
    Pipeline("reducebykeyandwindow_inverse_6_2",
      i => ones(i.lines).reduceByKeyAndWindow(_ + _, _ - _, Seconds(6), Seconds(2)).print(),
      stateful = true, trailing = Seconds(6)),
    Pipeline("reducebykeyandwindow_inverse_filter_3_1",
      i => ones(i.lines).reduceByKeyAndWindow(_ + _, _ - _, Seconds(3), Seconds(1),
        filterFunc = (kv: (String, Int)) => kv._2 != 0).print(),
      stateful = true, trailing = Seconds(3)),

    // state
    Pipeline("updatestatebykey_sum", i => ones(i.lines).updateStateByKey(sum _).print(), stateful = true),
    Pipeline("updatestatebykey_remove_idle", i => ones(i.lines).updateStateByKey(
      (values: Seq[Int], state: Option[Int]) =>
        if (values.isEmpty) None else Some(values.sum + state.getOrElse(0))).print(),
      stateful = true),
    Pipeline("updatestatebykey_values", i => byInitial(i.lines).updateStateByKey(
      (values: Seq[String], state: Option[String]) =>
        Some(state.fold(values.mkString("+"))(_ + "/" + values.mkString("+"))))
      .print(), stateful = true),
    Pipeline("updatestatebykey_initial", i => ones(i.lines).updateStateByKey(sum _, new HashPartitioner(2),
      i.ssc.sparkContext.parallelize(Seq(("a", 100), ("zz", 1)))).print(), stateful = true),
    Pipeline("updatestatebykey_time", i => ones(i.lines).updateStateByKey(
      (time: Time, word: String, values: Seq[Int], state: Option[String]) =>
        if (values.isEmpty) state else Some(s"${word.length}@${time.milliseconds}x${values.size}"),
      new HashPartitioner(2), true, None).print(), stateful = true),
    Pipeline("mapwithstate_sum", i => ones(i.lines).mapWithState(StateSpec.function(
      (word: String, one: Option[Int], state: State[Int]) => {
        val total = state.getOption().getOrElse(0) + one.getOrElse(0)
        state.update(total)
        (word, total)
      })).print(), stateful = true),
    Pipeline("mapwithstate_remove", i => ones(i.lines).mapWithState(StateSpec.function(
      (word: String, one: Option[Int], state: State[Int]) => {
        val total = state.getOption().getOrElse(0) + one.getOrElse(0)
        if (total >= 3) {
          state.remove()
          s"$word reached $total"
        } else {
          state.update(total)
          s"$word=$total"
        }
      })).print(), stateful = true),
    Pipeline("mapwithstate_timeout", i => ones(i.lines).mapWithState(StateSpec.function(
      (word: String, one: Option[Int], state: State[Int]) =>
        if (state.isTimingOut()) s"$word timed out at ${state.get()}"
        else {
          val total = state.getOption().getOrElse(0) + one.getOrElse(0)
          state.update(total)
          s"$word=$total"
        }).timeout(Seconds(2))).print(), stateful = true, trailing = Seconds(12)),
    Pipeline("mapwithstate_option_initial", i => ones(i.lines).mapWithState(StateSpec.function(
      (time: Time, word: String, one: Option[Int], state: State[Int]) => {
        val total = state.getOption().getOrElse(0) + one.getOrElse(0)
        state.update(total)
        if (total % 2 == 0) Some(s"$word even at ${time.milliseconds}") else None
      }).initialState(i.ssc.sparkContext.parallelize(Seq(("hello", 10), ("a", 1)))).numPartitions(3)).print(),
      stateful = true),
    Pipeline("mapwithstate_snapshots_sorted", i => ones(i.lines).mapWithState(StateSpec.function(
      (word: String, one: Option[Int], state: State[Int]) => {
        state.update(state.getOption().getOrElse(0) + one.getOrElse(0))
        word
      })).stateSnapshots().transform(_.sortByKey()).print(), stateful = true),

    // failures
    Pipeline("runtime_error_toint", i => i.lines.map(_.toInt).print()),
    Pipeline("runtime_error_divide", i => i.lines.map(l => 100 / l.toInt).reduce(_ + _).print()),

    // ---- file streams (textFileStream): the stream file's `--- file` blocks land in the watched folder.
    // The files of one batch come in the file system's listing order, so pipelines over several files per batch
    // print something that does not depend on it (counts, hash-partitioned keys).
    Pipeline("textfilestream_lines", i => i.ssc.textFileStream(i.folder).print(), watchesFolder = true),
    Pipeline("textfilestream_wordcount", i => ones(i.ssc.textFileStream(i.folder)).reduceByKey(_ + _).print(),
      watchesFolder = true),
    Pipeline("textfilestream_partitions", i => i.ssc.textFileStream(i.folder).glom().count().print(),
      watchesFolder = true),
    Pipeline("textfilestream_window_count", i => i.ssc.textFileStream(i.folder).window(Seconds(2)).count().print(),
      watchesFolder = true, trailing = Seconds(2)),

    // ties in sorts: RangePartitioner bounds, shuffle read order, a stable sort per partition
    Pipeline("sortby_ties_count", i => ones(i.lines).reduceByKey(_ + _, 3)
      .transform(_.sortBy(_._2, ascending = false).glom().map(_.mkString(" "))).print()),
    Pipeline("sortbykey_ties_length", i => words(i.lines).map(w => (w.length, w)).repartition(3)
      .transform(_.sortByKey().glom().map(_.mkString(" "))).print()),
    Pipeline("sortbykey_ties_descending", i => ones(i.lines).reduceByKey(_ + _, 2).map(_.swap)
      .transform(_.sortByKey(false, 3).glom().map(_.mkString(" "))).print()),

    // sampling: partition i's sampler seeded with new Random(seed)'s i-th nextLong, a draw per record above a
    // fraction of 0.4 and gap sampling below; takeSample's count, fraction, retries and shuffle
    Pipeline("sample_bernoulli", i => words(i.lines).repartition(3)
      .transform(_.sample(false, 0.6, 42).glom().map(_.mkString(" "))).print()),
    Pipeline("sample_gap", i => words(i.lines).repartition(2)
      .transform(_.sample(withReplacement = false, fraction = 0.3, seed = 7L).glom().map(_.mkString(" "))).print()),
    Pipeline("sample_takesample", i => words(i.lines).foreachRDD(rdd =>
      println(rdd.takeSample(false, 4, 11L).mkString(" ")))),
    Pipeline("sample_replacement_gap", i => words(i.lines).repartition(2)
      .transform(_.sample(true, 0.35, 3).glom().map(_.mkString(" "))).print())
  )

  private val byName: Map[String, Pipeline] = all.map(p => p.name -> p).toMap

  def named(name: String): Pipeline =
    byName.getOrElse(name, throw new IllegalArgumentException(
      s"no pipeline named $name; known: ${all.map(_.name).mkString(", ")}"))
}
