package dev.streamlab.lang.runtime;

import dev.streamlab.lang.ast.Position;
import java.util.Map;

/**
 * Python {@code class C(Base): body}: runs the body once, its variables becoming class attributes. A class deriving
 * from an exception type becomes a new exception type, so {@code raise C("x")} and {@code except C} work.
 */
final class PythonClassNode extends CodeNode {

    private final ClassCode code;
    private final CodeNode body;
    private final CodeNode[] bases;

    PythonClassNode(Position pos, ClassCode code, CodeNode body, CodeNode[] bases) {
        super(pos);
        this.code = code;
        this.body = body;
        this.bases = bases;
    }

    @Override
    Object eval(Frame frame) {
        ClassValue value = new ClassValue(code, frame.context);
        for (CodeNode base : bases) {
            Object parent = base.eval(frame);
            if (parent instanceof ErrorType errorType) {
                return new ErrorType(code.name, errorType);
            }
            if (parent instanceof ClassValue parentClass) {
                value.bases.add(parentClass);
            }
        }
        Closure bodyClosure = (Closure) body.eval(frame);
        Frame bodyFrame = code.constructor.newFrame(bodyClosure, null);
        code.constructor.execute(bodyFrame);
        for (Map.Entry<String, Integer> attribute : code.attributeSlots.entrySet()) {
            Object slot = bodyFrame.slots[attribute.getValue()];
            Object attributeValue = slot instanceof Cell cell ? cell.value : slot;
            if (attributeValue != null) {
                value.attributes.put(attribute.getKey(), attributeValue);
            }
        }
        return value;
    }
}
