import Foundation
import LynchpinViews

/// A view model as plain data (dictionaries, arrays, strings, numbers, booleans), encoded
/// once, so a Mustache override looks fields up in a dictionary instead of reflecting on
/// the model for every `{{name}}`.
enum PlainData {
    static func of(_ value: some Encodable) -> Any {
        guard let json = try? encoder.encode(value),
              let object = try? JSONSerialization.jsonObject(with: json, options: [.fragmentsAllowed]) else { return [:] }
        return native(object)
    }

    /// `lynchpin theme data`: the same data as JSON a person can read, written by the one
    /// JSON writer, keys sorted.
    static func json(_ value: some Encodable) -> String {
        var json = JSONWriter()
        write(of(value), to: &json)
        json.newlineAtEnd()
        return json.text
    }

    private static func write(_ value: Any, to json: inout JSONWriter) {
        switch value {
        case let dictionary as [String: Any]:
            json.object { json in
                for key in dictionary.keys.sorted() {
                    json.key(key)
                    write(dictionary[key]!, to: &json)
                }
            }
        case let array as [Any]: json.array(array) { json, item in write(item, to: &json) }
        case let string as String: json.string(string)
        case let bool as Bool: json.raw(bool ? "true" : "false")
        case let number as Int: json.number(number)
        case let number as Double: json.number(number)
        default: json.raw("null")
        }
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
