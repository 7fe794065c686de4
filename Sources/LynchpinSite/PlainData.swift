import Foundation

/// A view model as plain data (dictionaries, arrays, strings, numbers, booleans), encoded
/// once, so a Mustache override looks fields up in a dictionary instead of reflecting on
/// the model for every `{{name}}`.
enum PlainData {
    static func of(_ value: some Encodable) -> Any {
        guard let json = try? encoder.encode(value),
              let object = try? JSONSerialization.jsonObject(with: json, options: [.fragmentsAllowed]) else { return [:] }
        return native(object)
    }

    /// `lynchpin theme data`: the same data as JSON a person can read.
    static func json(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return "{}" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    private static let encoder = JSONEncoder()

    /// Foundation's numbers as Swift's own values, so Mustache sees `false` as false and
    /// `0` as a number, not an object.
    private static func native(_ value: Any) -> Any {
        switch value {
        case let dictionary as [String: Any]: return dictionary.mapValues(native)
        case let array as [Any]: return array.map(native)
        case let string as String: return string
        case let number as NSNumber:
            if String(cString: number.objCType) == "c" { return number.boolValue }
            if number.doubleValue == number.doubleValue.rounded(), abs(number.doubleValue) < 1e15 { return number.intValue }
            return number.doubleValue
        default: return value
        }
    }
}
