package dev.streamlab.engine.dstream;

import dev.streamlab.engine.EngineException;

import java.util.Optional;

/**
 * The {@code State} object a mapWithState function receives for one record's key, with Spark's rules and messages
 * for updating, removing and timing out.
 */
public final class MappedState {

    private Object state;
    private boolean defined;
    private boolean timingOut;
    private boolean updated;
    private boolean removed;

    void wrap(boolean exists, Object value) {
        this.defined = exists;
        this.state = exists ? value : null;
        this.timingOut = false;
        this.updated = false;
        this.removed = false;
    }

    void wrapTimingOut(Object value) {
        wrap(true, value);
        this.timingOut = true;
    }

    public boolean exists() {
        return defined;
    }

    public Object get() {
        if (!defined) {
            throw new EngineException(EngineException.NO_SUCH_ELEMENT, "State is not set",
                    "check state.exists() before state.get(), or use state.getOption()");
        }
        return state;
    }

    public Optional<Object> getOption() {
        return defined ? Optional.ofNullable(state) : Optional.empty();
    }

    public void update(Object newState) {
        EngineException.require(!removed, "Cannot update the state after it has been removed",
                "update or remove a key's state once per record");
        EngineException.require(!timingOut, "Cannot update the state that is timing out",
                "a timing-out key is removed anyway: just return the final output");
        state = newState;
        defined = true;
        updated = true;
    }

    public void remove() {
        EngineException.require(!timingOut, "Cannot remove the state that is timing out",
                "a timing-out key is removed anyway: just return the final output");
        EngineException.require(!removed, "Cannot remove the state that has already been removed",
                "remove a key's state once");
        defined = false;
        removed = true;
        state = null;
    }

    public boolean isTimingOut() {
        return timingOut;
    }

    boolean isUpdated() {
        return updated;
    }

    boolean isRemoved() {
        return removed;
    }

    @Override
    public String toString() {
        return defined ? String.valueOf(state) : "<state not set>";
    }
}
