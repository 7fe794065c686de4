import Mustache

/// Hands a view model to the templates. swift-mustache reads a plain struct through a new
/// `Mirror` on every `{{name}}` it resolves (and again for every level of the context stack
/// it climbs); this box reflects each value once and keeps its fields by name, which made
/// rendering the sample plans several times faster.
final class TemplateContext: MustacheParent {
    private let fields: [String: Any]
    private var wrapped: [String: Any] = [:]

    init(_ value: Any) {
        var fields: [String: Any] = [:]
        for child in Mirror(reflecting: value).children {
            if let label = child.label { fields[label] = child.value }
        }
        self.fields = fields
    }

    func child(named name: String) -> Any? {
        if let done = wrapped[name] { return done }
        guard let value = fields[name], let box = Self.wrap(value) else { return nil }
        wrapped[name] = box
        return box
    }

    /// Text and numbers as they are, structs boxed, lists boxed item by item, nil for an
    /// empty optional (so the template sees the field as missing, as with Mirror).
    static func wrap(_ value: Any) -> Any? {
        switch value {
        case is String, is Bool, is Int, is Double: return value
        case let optional as AnyOptional: return optional.unwrapped.flatMap(wrap)
        case let list as [Any]: return list.compactMap(wrap)
        default: break
        }
        switch Mirror(reflecting: value).displayStyle {
        case .struct, .class: return TemplateContext(value)
        default: return value
        }
    }
}

/// Lets `wrap` look inside an optional without a Mirror.
private protocol AnyOptional {
    var unwrapped: Any? { get }
}

extension Optional: AnyOptional {
    fileprivate var unwrapped: Any? { self.map { $0 as Any } }
}
