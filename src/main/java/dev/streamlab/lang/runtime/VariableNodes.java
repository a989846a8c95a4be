package dev.streamlab.lang.runtime;

import dev.streamlab.lang.ast.Position;

/** Reading and writing variables by the slot the resolver chose: no name is looked up while running. */
final class VariableNodes {

    /** Marks a Python global that has not been assigned yet. */
    static final Object UNSET = new Object() {
        @Override
        public String toString() {
            return "<unset>";
        }
    };

    private VariableNodes() {
    }

    /** Where an assignment or a pattern binding writes. */
    interface Store {
        void store(Frame frame, Object value);
    }

    static final class Constant extends CodeNode {
        final Object value;

        Constant(Position pos, Object value) {
            super(pos);
            this.value = value;
        }

        @Override
        Object eval(Frame frame) {
            return value;
        }
    }

    static final class ReadLocal extends CodeNode {
        private final int slot;

        ReadLocal(Position pos, int slot) {
            super(pos);
            this.slot = slot;
        }

        @Override
        Object eval(Frame frame) {
            return frame.slots[slot];
        }
    }

    /** A Python local that may be read before the function assigned it. */
    static final class ReadLocalChecked extends CodeNode {
        private final int slot;
        private final String name;
        private final DialectSemantics semantics;

        ReadLocalChecked(Position pos, int slot, String name, DialectSemantics semantics) {
            super(pos);
            this.slot = slot;
            this.name = name;
            this.semantics = semantics;
        }

        @Override
        Object eval(Frame frame) {
            Object value = frame.slots[slot];
            if (value == UNSET) {
                throw locate(semantics.unboundLocal(name), pos, semantics);
            }
            return value;
        }
    }

    static final class ReadLocalCell extends CodeNode {
        private final int slot;

        ReadLocalCell(Position pos, int slot) {
            super(pos);
            this.slot = slot;
        }

        @Override
        Object eval(Frame frame) {
            return ((Cell) frame.slots[slot]).value;
        }
    }

    static final class ReadCaptured extends CodeNode {
        private final int index;

        ReadCaptured(Position pos, int index) {
            super(pos);
            this.index = index;
        }

        @Override
        Object eval(Frame frame) {
            return frame.captured[index].value;
        }
    }

    static final class ReadGlobal extends CodeNode {
        private final int slot;

        ReadGlobal(Position pos, int slot) {
            super(pos);
            this.slot = slot;
        }

        @Override
        Object eval(Frame frame) {
            return frame.globals[slot];
        }
    }

    /** A Python module variable: NameError before assignment, unless a built-in of that name exists. */
    static final class ReadGlobalChecked extends CodeNode {
        private final int slot;
        private final String name;
        private final Object builtin;
        private final DialectSemantics semantics;

        ReadGlobalChecked(Position pos, int slot, String name, Object builtin, DialectSemantics semantics) {
            super(pos);
            this.slot = slot;
            this.name = name;
            this.builtin = builtin;
            this.semantics = semantics;
        }

        @Override
        Object eval(Frame frame) {
            Object value = frame.globals[slot];
            if (value != UNSET) {
                return value;
            }
            if (builtin != null) {
                return builtin;
            }
            throw locate(semantics.unboundName(name, null), pos, semantics);
        }
    }

    /** A name nothing defines (Python): NameError when evaluated, with the closest name as a hint. */
    static final class Unresolved extends CodeNode {
        private final String name;
        private final String suggestion;
        private final DialectSemantics semantics;

        Unresolved(Position pos, String name, String suggestion, DialectSemantics semantics) {
            super(pos);
            this.name = name;
            this.suggestion = suggestion;
            this.semantics = semantics;
        }

        @Override
        Object eval(Frame frame) {
            throw locate(semantics.unboundName(name, suggestion), pos, semantics);
        }
    }

    /** A scaffold's {@code ...} that the student has not replaced yet: evaluating it asks for their code. */
    static final class ScaffoldGap extends CodeNode {

        ScaffoldGap(Position pos) {
            super(pos);
        }

        @Override
        Object eval(Frame frame) {
            throw new LangException("lang.name.placeholder", pos, pos.line());
        }
    }

    /** A Scala object, created and initialized on first use. */
    static final class ReadObject extends CodeNode {
        private final int slot;

        ReadObject(Position pos, int slot) {
            super(pos);
            this.slot = slot;
        }

        @Override
        Object eval(Frame frame) {
            Object value = frame.globals[slot];
            if (value instanceof ClassValue pending) {
                return pending.initializeObject(frame.globals, slot);
            }
            return value;
        }
    }

    static final class ReadSelf extends CodeNode {
        ReadSelf(Position pos) {
            super(pos);
        }

        @Override
        Object eval(Frame frame) {
            return frame.self;
        }
    }

    /** A field of {@code this}, cached by class layout. */
    static final class ReadSelfField extends CodeNode {
        private final String name;
        private CallNodes.ProgramEntry cache;

        ReadSelfField(Position pos, String name) {
            super(pos);
            this.name = name;
        }

        @Override
        Object eval(Frame frame) {
            Instance self = (Instance) frame.self;
            ClassCode code = self.classValue().code;
            CallNodes.ProgramEntry entry = cache;
            if (entry == null || entry.type() != code) {
                entry = new CallNodes.ProgramEntry(code, null, code.fieldIndex(name));
                cache = entry;
            }
            return self.fields[entry.field()];
        }
    }

    /** A member of an enclosing Scala object referenced from inside a nested one. */
    static final class ReadObjectMember extends CodeNode {
        private final CodeNode object;
        private final String name;

        ReadObjectMember(Position pos, CodeNode object, String name) {
            super(pos);
            this.object = object;
            this.name = name;
        }

        @Override
        Object eval(Frame frame) {
            Instance instance = (Instance) object.eval(frame);
            return instance.member(name, frame.context);
        }
    }

    /** A method of {@code this} used as a value ({@code updateStateByKey(updateFunction)}). */
    static final class SelfMethodValue extends CodeNode {
        private final String name;

        SelfMethodValue(Position pos, String name) {
            super(pos);
            this.name = name;
        }

        @Override
        Object eval(Frame frame) {
            return ((Instance) frame.self).member(name, frame.context);
        }
    }

    static final class ProgramArguments extends CodeNode {
        ProgramArguments(Position pos) {
            super(pos);
        }

        @Override
        Object eval(Frame frame) {
            return frame.context.semantics().programArguments(frame.context.args());
        }
    }

    // ---- stores

    record StoreLocal(int slot) implements Store {
        public void store(Frame frame, Object value) {
            frame.slots[slot] = value;
        }
    }

    /** A Scala declaration of a captured variable: each execution makes a new cell. */
    record StoreNewCell(int slot) implements Store {
        public void store(Frame frame, Object value) {
            frame.slots[slot] = new Cell(value);
        }
    }

    record StoreCell(int slot) implements Store {
        public void store(Frame frame, Object value) {
            ((Cell) frame.slots[slot]).value = value;
        }
    }

    record StoreCaptured(int index) implements Store {
        public void store(Frame frame, Object value) {
            frame.captured[index].value = value;
        }
    }

    record StoreGlobal(int slot) implements Store {
        public void store(Frame frame, Object value) {
            frame.globals[slot] = value;
        }
    }

    record StoreSelfField(String name) implements Store {
        public void store(Frame frame, Object value) {
            ((Instance) frame.self).setField(name, value);
        }
    }

    record StoreObjectField(CodeNode object, String name) implements Store {
        public void store(Frame frame, Object value) {
            ((Instance) object.eval(frame)).setField(name, value);
        }
    }
}
