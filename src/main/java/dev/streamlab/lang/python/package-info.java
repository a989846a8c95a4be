/**
 * The PySpark dialect: lexer and parser ({@code parse}) to the shared AST, and Python's values, arithmetic, printing
 * and library on the shared runtime ({@link dev.streamlab.lang.python.PythonSemantics}).
 *
 * <p>Values: ints are {@code Long}, exactly promoted to {@code BigInteger}; floats {@code Double} with CPython's
 * shortest {@code repr}; strings {@code String}, indexed by code point; {@code None} is {@code null}; tuples are the
 * engine's {@code Tuple}; lists, dicts and sets are Java collections; batch times are {@link
 * dev.streamlab.lang.python.PyDateTime}; grouped values {@link dev.streamlab.lang.python.ResultIterable}.
 * {@code hash} of strings is CPython 3.11's SipHash-1-3 with {@code PYTHONHASHSEED=0}, so keys land in PySpark's
 * partitions.
 *
 * <p>Generators are lazy, as in CPython: a generator function's body runs a {@code yield} at a time when its next
 * item is asked for ({@code runtime.GeneratorRun}), so {@code itertools.islice}, {@code next(g, default)},
 * {@code send}, {@code yield from} (with its result) and endless generators work; generator expressions and the
 * itertools that take any iterable are lazy too; a consumer that never stops is stopped by the step budget, naming
 * the generator's loop. {@code super()} (zero-argument, in methods and class methods; two-argument anywhere) follows
 * CPython's C3 method resolution order; {@code staticmethod}, {@code classmethod} and {@code property} (with
 * {@code @x.setter}) bind as in CPython. The match statement (PEP 634: literal, capture, wildcard, value, sequence,
 * mapping and class patterns with {@code __match_args__} and keyword sub-patterns, {@code |}, {@code as}, guards)
 * and assignment expressions ({@code :=}, binding in the enclosing function even from a comprehension) run as
 * CPython 3.11 runs them. {@code collections.namedtuple} values are tuples with named fields; {@code @dataclass}
 * classes get {@code __init__} (defaults, {@code field(default_factory=...)}, {@code __post_init__}),
 * {@code __repr__}, {@code __eq__}, with {@code order=True} the orderings, with {@code frozen=True} a
 * {@code __setattr__} raising FrozenInstanceError, and {@code __match_args__}, written into the class body by the
 * parser ({@code parse.DataclassMethods}). A class's own {@code __setattr__}, {@code __eq__} and {@code __lt__} are
 * honoured, {@code super().__setattr__} storing past it.
 *
 * <p>Every plain corpus program ({@code src/test/resources/corpus/python}, no pyspark) has a {@code NAME.out} that
 * {@code CPythonCorpusTest} shows is what python3 prints and {@code CorpusProgramsTest} holds the dialect to.
 *
 * <p>Known differences from CPython: a {@code yield} runs only as a statement of its own or as an assignment's value
 * ({@code x = yield v}), not inside a {@code finally} block, and a generator left unfinished does not run its
 * {@code finally} part (CPython runs it when the generator is collected); a frozen dataclass refuses assignments but
 * hashes by identity (CPython hashes its fields), and {@code field()} reads only {@code default} and
 * {@code default_factory}; a
 * class cannot derive from a namedtuple, and a namedtuple is not the same dict key as the plain tuple it equals;
 * {@code hash(None)} is 0 (CPython's depends on an address), so sets holding
 * None may iterate differently; {@code with} is accepted only in its simplest form; regular
 * expression syntax errors carry Java's wording; as dict keys, {@code (1,)} and {@code (1.0,)} stay distinct.

 *
 * <p>PySpark's RDD methods are Python code ({@code pyspark/rdd.py}, {@code pyspark/join.py}), not the JVM's, and
 * {@code dev.streamlab.lang.spark.PySparkRdds} follows that code. Parity, each pinned by {@code PySparkRddParityTest}:
 * <table>
 * <caption>PySpark's rules and the tests that pin them</caption>
 * <tr><th>method</th><th>PySpark's rule</th><th>test</th></tr>
 * <tr><td>reduceByKey, combineByKey, foldByKey, aggregateByKey</td><td>{@code numPartitions} defaults to
 * {@code _defaultReducePartitions()} (spark.default.parallelism if set, else the RDD's partitions); dicts merged in
 * arrival order; placed by {@code portable_hash(k) % n}</td><td>reduceByKeyKeepsTheRddsOwnPartitionCountAndDictOrder,
 * groupByKeyAndCombineByKeyGroupInArrivalOrder</td></tr>
 * <tr><td>groupByKey, groupBy</td><td>combined locally, {@code partitionBy}, {@code ExternalGroupBy}, then
 * {@code mapValues(ResultIterable)}</td><td>groupByKeyAndCombineByKeyGroupInArrivalOrder, groupedNoneValuesSurvive
 * </td></tr>
 * <tr><td>join, leftOuterJoin, rightOuterJoin, fullOuterJoin</td><td>{@code vs.union(ws).groupByKey(numPartitions)
 * .flatMapValues(dispatch)}: as many partitions as the union, outer sides filled with None</td>
 * <td>joinsAreAUnionThenGroupByKeyOverTheUnionsPartitions</td></tr>
 * <tr><td>cogroup, groupWith</td><td>{@code python_cogroup}: tagged union, one groupByKey, a tuple of
 * ResultIterables</td><td>cogroupGroupsTheTaggedUnion</td></tr>
 * <tr><td>distinct, subtract, subtractByKey, intersection</td><td>{@code reduceByKey(lambda x, _: x)}; subtract and
 * subtractByKey through {@code cogroup} and {@code filter}; intersection through {@code cogroup}</td>
 * <td>distinctAndSubtractFollowTheirPythonDefinitions</td></tr>
 * <tr><td>partitionBy</td><td>{@code partitionFunc(k) % numPartitions}, map partitions in order, records in
 * their order</td><td>partitionByPlacesByThePythonFunctionModuloN</td></tr>
 * <tr><td>sortByKey, sortBy</td><td>one partition: {@code coalesce(1)} and sort; otherwise {@code count()},
 * {@code sample(False, fraction, 1)} with CPython's Mersenne Twister, bounds from the sorted sample,
 * {@code bisect_left}, a stable Python sort per partition</td>
 * <td>sortByKeyPartitionsBySampledBoundsAndSortsStably, PythonRandomTest</td></tr>
 * <tr><td>sample, takeSample</td><td>rddsampler.py: {@code random.Random(seed ^ split)} mixed by ten
 * {@code randint(0, 1)}, {@code random() < fraction}, Knuth's Poisson counts with replacement; takeSample's count,
 * {@code _computeFractionForSampleSize}, reseeding with {@code randint(0, sys.maxsize)}, {@code rand.shuffle}</td>
 * <td>sampleDrawsFromPythonsRandomSeededPerSplit, takeSampleSamplesWithTheSeedThenShufflesWithRandomOfTheSeed</td></tr>
 * <tr><td>repartition, coalesce</td><td>with a shuffle, the JVM deals batches of ten records; no partitions is a
 * ValueError</td><td>repartitionDealsBatchesOfTenRecords, coalesceToNoPartitionIsAValueError</td></tr>
 * <tr><td>top, takeOrdered</td><td>{@code heapq.nlargest}/{@code nsmallest} merged in partition order: ties keep
 * their order</td><td>topAndTakeOrderedKeepTiesInTheirOrder</td></tr>
 * <tr><td>max, min, countByValue, countByKey</td><td>through {@code reduce}: "Can not reduce() empty RDD"</td>
 * <td>reducingActionsOnNoPartitionsRaiseValueError</td></tr>
 * <tr><td>union</td><td>the JVM's {@code SparkContext.union} (partitioner-aware when both sides share one)</td>
 * <td>joinsAreAUnionThenGroupByKeyOverTheUnionsPartitions (5 partitions)</td></tr>
 * </table>
 * Not followed: {@code sample} and {@code takeSample} without a seed (PySpark draws one at random; the lab does too,
 * from another generator); a custom {@code partitionFunc} never equals another, so a later default shuffle of its
 * result always shuffles, as PySpark does.
 */
package dev.streamlab.lang.python;
