/// A value per key, made by the first caller that asks for it: a caller that asks while it
/// is being made waits for it, and every later one gets the same value. Values of different
/// keys are made side by side.
public final class Memo<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
    private let lock = DispatchMutex()
    private var slots: [Key: Slot] = [:]

    private final class Slot: @unchecked Sendable {
        let lock = DispatchMutex()
        var value: Value?
    }

    public init() {}

    public func value(_ key: Key, make: () -> Value) -> Value {
        let slot = lock.withLock { () -> Slot in
            if let slot = slots[key] { return slot }
            let slot = Slot()
            slots[key] = slot
            return slot
        }
        return slot.lock.withLock {
            if let value = slot.value { return value }
            let value = make()
            slot.value = value
            return value
        }
    }
}
