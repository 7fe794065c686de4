import Testing
import LynchpinConcurrency

/// A review's changes are worked out once for its page, the feed and its e-mail (`Memo`).
@Suite struct MemoTests {
    final class Count: @unchecked Sendable {
        let lock = DispatchMutex()
        var made: [Int] = []
    }

    @Test func eachKeyIsMadeOnceHoweverManyAskAtOnce() {
        let memo = Memo<Int, String>()
        let count = Count()
        let keys = (0..<64).map { $0 % 3 }
        let values = keys.concurrentMap(chunk: 1) { key in
            memo.value(key) {
                count.lock.withLock { count.made.append(key) }
                return "value \(key)"
            }
        }
        #expect(values == keys.map { "value \($0)" })
        #expect(count.made.sorted() == [0, 1, 2], "three keys, three makes: \(count.made)")
    }
}
