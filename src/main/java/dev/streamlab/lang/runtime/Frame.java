package dev.streamlab.lang.runtime;

/**
 * The activation of one function call (or of the program's top level): its local slots, the cells its closure
 * captured, the receiver ({@code this}/object) if it runs as a member, the run's globals, and the frame of the
 * enclosing def a Scala {@code return} inside a lambda returns from.
 */
public final class Frame {

    final Object[] slots;
    final Cell[] captured;
    final Object self;
    final Object[] globals;
    final RunContext context;
    final Frame home;
    GuestException handling;

    Frame(int slotCount, Cell[] captured, Object self, Object[] globals, RunContext context, Frame home) {
        this.slots = new Object[slotCount];
        this.captured = captured;
        this.self = self;
        this.globals = globals;
        this.context = context;
        this.home = home == null ? this : home;
    }

    public RunContext context() {
        return context;
    }
}
