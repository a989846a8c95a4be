package dev.streamlab.engine.hash;

import dev.streamlab.engine.Tuple;
import org.junit.jupiter.api.Test;
import scala.None$;
import scala.Some;
import scala.jdk.javaapi.CollectionConverters;
import scala.runtime.Statics;
import scala.util.Left;
import scala.util.Right;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

class JvmHashesTest {

    private static final int SAMPLES = 400;

    private final RandomScalaValues values = new RandomScalaValues(20261121L);

    @Test
    void scalarKeysHashAsTheirJavaHashCode() {
        assertSameAsScala(values::scalar);
        assertThat(JvmHashes.jvmHashCode(-0.0)).isEqualTo(Double.hashCode(-0.0)).isNotZero();
        assertThat(JvmHashes.jvmHashCode(null)).isZero();
    }

    @Test
    void scalarElementsHashAsScalasCooperativeHash() {
        for (int i = 0; i < SAMPLES; i++) {
            Object value = values.scalar();
            assertThat(JvmHashes.elementHash(value)).as("## of %s", value).isEqualTo(Statics.anyHash(value));
        }
        assertThat(JvmHashes.elementHash(7L)).isEqualTo(JvmHashes.elementHash(7.0)).isEqualTo(7);
        assertThat(JvmHashes.elementHash(-0.0)).isZero();
    }

    @Test
    void stringsHashAsJavaStrings() {
        for (String s : List.of("", "Hello", "Spark", "привет", "中文", "😀🚀", "é")) {
            assertThat(JvmHashes.jvmHashCode(s)).isEqualTo(s.hashCode());
        }
    }

    @Test
    void tuplesHashAsScalaTuplesWithTheirPrefix() {
        assertSameAsScala(() -> values.tuple(2));
        assertThat(JvmHashes.jvmHashCode(Tuple.pair("a", 1)))
                .isEqualTo(new scala.Tuple2<>("a", 1).hashCode());
    }

    @Test
    void tuplesMixTheirElementsCooperativeHash() {
        assertThat(JvmHashes.jvmHashCode(Tuple.pair(1L, 2.0)))
                .isEqualTo(JvmHashes.jvmHashCode(Tuple.pair(1, 2)))
                .isEqualTo(new scala.Tuple2<>(1L, 2.0).hashCode());
    }

    @Test
    void someHashesAsACaseClassNamedSome() {
        for (int i = 0; i < SAMPLES; i++) {
            Object value = i % 2 == 0 ? values.scalar() : values.tuple(1);
            int ours = JvmHashes.productHash("Some", new Object[] {value});
            assertThat(ours).as("Some(%s)", value).isEqualTo(new Some<>(ScalaWorld.toScala(value)).hashCode());
        }
    }

    @Test
    void optionKeysOfTheScalaDialectHashAsScalasSomeAndNone() {
        for (int i = 0; i < SAMPLES; i++) {
            Object value = values.scalar();
            if (value == null) {
                continue;
            }
            assertThat(JvmHashes.jvmHashCode(java.util.Optional.of(value))).as("Some(%s)", value)
                    .isEqualTo(new Some<>(ScalaWorld.toScala(value)).hashCode());
        }
        assertThat(JvmHashes.jvmHashCode(java.util.Optional.empty())).isEqualTo(scala.None$.MODULE$.hashCode());
    }

    @Test
    void otherCaseClassesMixTheirOwnName() {
        assertThat(JvmHashes.productHash("Left", new Object[] {"x"})).isEqualTo(new Left<>("x").hashCode());
        assertThat(JvmHashes.productHash("Right", new Object[] {3L})).isEqualTo(new Right<>(3L).hashCode());
        assertThat(JvmHashes.productHash("Left", new Object[] {"x"}))
                .isNotEqualTo(JvmHashes.productHash("Right", new Object[] {"x"}));
    }

    @Test
    void noneHashesAsItsName() {
        assertThat(JvmHashes.NONE_HASH).isEqualTo(None$.MODULE$.hashCode());
        assertThat(JvmHashes.productHash("None", new Object[0])).isEqualTo(JvmHashes.NONE_HASH);
    }

    @Test
    void listsHashAsScalaLists() {
        assertSameAsScala(values::list);
    }

    @Test
    void everySeqClassHashesAlike() {
        for (int i = 0; i < SAMPLES; i++) {
            List<Object> list = values.list();
            List<Object> converted = ScalaWorld.convertAll(list);
            int ours = JvmHashes.seqHash(list);
            assertThat(ours).as("Vector%s", list)
                    .isEqualTo(CollectionConverters.asScala(converted).toVector().hashCode());
            assertThat(ours).as("ArrayBuffer%s", list)
                    .isEqualTo(scala.collection.mutable.ArrayBuffer$.MODULE$
                            .from(CollectionConverters.asScala(converted)).hashCode());
            assertThat(ours).as("Buffer%s", list).isEqualTo(CollectionConverters.asScala(converted).hashCode());
        }
    }

    @Test
    void progressionsHashAsTheEqualRange() {
        assertThat(JvmHashes.seqHash(List.of(1, 2, 3, 4)))
                .isEqualTo(scala.collection.immutable.Range$.MODULE$.inclusive(1, 4).hashCode());
        assertThat(JvmHashes.seqHash(List.of(5, 5, 5))).isEqualTo(ScalaWorld.toScala(List.of(5, 5, 5)).hashCode());
        for (List<Object> seq : List.<List<Object>>of(List.of(3, 1), List.of(5, 5), List.of(1, 2, 3, 5),
                List.of(1L, 2.0, 3), List.of("a", "b"))) {
            assertThat(JvmHashes.seqHash(seq)).as("%s", seq).isEqualTo(ScalaWorld.toScala(seq).hashCode());
        }
    }

    @Test
    void setsHashAsScalaSetsWhateverTheOrder() {
        assertSameAsScala(values::set);
        assertThat(JvmHashes.setHash(List.of("a", "b"))).isEqualTo(JvmHashes.setHash(List.of("b", "a")));
    }

    @Test
    void mapsHashAsScalaMaps() {
        assertSameAsScala(values::map);
    }

    @Test
    void nestedCollectionsInsideTuplesHashAsScala() {
        for (int i = 0; i < SAMPLES / 4; i++) {
            List<Object> inner = new ArrayList<>(values.list());
            inner.add(values.tuple(1));
            Tuple key = Tuple.of(values.string(), inner, values.set(), values.map());
            assertThat(JvmHashes.jvmHashCode(key)).as("%s", key)
                    .isEqualTo(ScalaWorld.toScala(key).hashCode());
        }
    }

    private void assertSameAsScala(Supplier<Object> generator) {
        for (int i = 0; i < SAMPLES; i++) {
            Object value = generator.get();
            Object scala = ScalaWorld.toScala(value);
            int expected = scala == null ? 0 : scala.hashCode();
            assertThat(JvmHashes.jvmHashCode(value)).as("hashCode of %s", value).isEqualTo(expected);
        }
    }
}
