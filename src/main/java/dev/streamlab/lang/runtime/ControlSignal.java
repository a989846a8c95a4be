package dev.streamlab.lang.runtime;

/** Non-local control flow inside the interpreter ({@code return}, {@code break}, {@code continue}); never an error. */
abstract class ControlSignal extends RuntimeException {

    ControlSignal() {
        super(null, null, false, false);
    }

    /** {@code return value} from the def whose frame is {@code home} (a Scala lambda returns from its def). */
    static final class Return extends ControlSignal {
        final Frame home;
        final Object value;

        Return(Frame home, Object value) {
            this.home = home;
            this.value = value;
        }
    }

    static final class Break extends ControlSignal {
        static final Break INSTANCE = new Break();
    }

    static final class Continue extends ControlSignal {
        static final Continue INSTANCE = new Continue();
    }
}
