package dev.streamlab.lang.runtime;

/**
 * A Python method wrapped by {@code @staticmethod}, {@code @classmethod} or {@code @property}: how it binds when read
 * from an instance or from the class.
 */
public record ClassMember(Kind kind, LangFunction function, LangFunction setter) {

    public enum Kind { STATIC, CLASS, PROPERTY }

    public ClassMember(Kind kind, LangFunction function) {
        this(kind, function, null);
    }

    /** {@code @x.setter}: the same property, assignable through {@code setter}. */
    public ClassMember withSetter(LangFunction setter) {
        return new ClassMember(kind, function, setter);
    }

    /** Read from {@code instance}: the plain function, a method bound to the class, or the property's value. */
    Object fromInstance(Instance instance) {
        return switch (kind) {
            case STATIC -> function;
            case CLASS -> new BoundMethod(function, instance.classValue());
            case PROPERTY -> function.call(new Object[] {instance});
        };
    }

    /** Read from the class itself: a property stays a property object. */
    Object fromClass(ClassValue owner) {
        return switch (kind) {
            case STATIC -> function;
            case CLASS -> new BoundMethod(function, owner);
            case PROPERTY -> this;
        };
    }

    @Override
    public String toString() {
        return "<" + kind.name().toLowerCase(java.util.Locale.ROOT) + " object>";
    }
}
