import Testing
@testable import LynchpinLoad

/// What Yams used to do for the loader, now done on libyaml's events: the shapes of YAML
/// plans are written in, the marks errors point at, and the failures.
@Suite struct YAMLComposerTests {
    func compose(_ yaml: String) throws -> YAMLNode? {
        try YAMLComposer.compose(yaml).get()
    }

    func failure(_ yaml: String) -> YAMLComposer.Failure? {
        if case .failure(let failure) = YAMLComposer.compose(yaml) { return failure }
        return nil
    }

    @Test func blockAndFlowStylesGiveTheSameTree() throws {
        let block = try #require(try compose("team:\n  - name: Lee\n    role: Engineer\n  - name: Ana\n"))
        let flow = try #require(try compose("team: [{name: Lee, role: Engineer}, {name: Ana}]\n"))
        for root in [block, flow] {
            let team = try #require(root.mapping?["team"]?.sequence)
            #expect(team.count == 2)
            #expect(team[0].mapping?["role"]?.string == "Engineer")
            #expect(team[1].mapping?["name"]?.string == "Ana")
        }
    }

    @Test func marksCountLinesAndUnicodeColumnsFromOne() throws {
        let root = try #require(try compose("name: Łódź Rail\nregion: ÉMEA\nrevenue:\n  current: 12\n"))
        let mapping = try #require(root.mapping)
        #expect(mapping["name"]?.mark == .init(line: 1, column: 7))
        #expect(mapping["revenue"]?.mapping?["current"]?.mark == .init(line: 4, column: 12))
        #expect(mapping.pairs[1].key.mark == .init(line: 2, column: 1))
    }

    @Test func onlyPlainScalarsArePlain() throws {
        let mapping = try #require(try compose("a: 5\nb: \"5\"\nc: '5'\nd: |\n  line one\n  line two\ne: >\n  folded\n  text\n")?.mapping)
        func scalar(_ key: String) throws -> YAMLNode.Scalar {
            guard case .scalar(let scalar)? = mapping[key] else { throw Failure.notScalar }
            return scalar
        }
        #expect(try scalar("a").isPlain && scalar("a").string == "5")
        #expect(try !scalar("b").isPlain && !scalar("c").isPlain)
        #expect(try scalar("d").string == "line one\nline two\n")
        #expect(try scalar("e").string == "folded text\n")
    }

    enum Failure: Error { case notScalar }

    @Test func aliasesResolveToTheirAnchor() throws {
        let mapping = try #require(try compose("base: &b {target: 10}\nother: *b\n")?.mapping)
        #expect(mapping["other"]?.mapping?["target"]?.string == "10")
        let undefined = try #require(failure("a: *nowhere\n"))
        #expect(undefined.problem.contains("undefined alias 'nowhere'"))
        #expect(undefined.mark == .init(line: 1, column: 4))
    }

    /// Keys are kept without a node of their own, except a list or mapping used as a key
    /// and an anchored key, which an alias elsewhere may name.
    @Test func keysKeepTheirTextMarkAndAnchor() throws {
        let mapping = try #require(try compose("&k name: 1\nother: *k\n\"quoted\": 2\n? [a, b]\n: 3\n")?.mapping)
        #expect(mapping["other"]?.string == "name", "an anchored key can be named by an alias")
        #expect(mapping.pairs.map(\.key.string) == ["name", "other", "quoted", nil])
        #expect(mapping.pairs.map(\.key.isPlain) == [true, true, false, false])
        #expect(mapping.pairs[2].key.mark == .init(line: 3, column: 1))
        #expect(mapping.pairs[3].key.node.sequence?.compactMap(\.string) == ["a", "b"])
        #expect(mapping.pairs[1].key.node == .scalar(.init(string: "other", isPlain: true, mark: .init(line: 2, column: 1))))
    }

    @Test func duplicateKeysAreRefusedAtTheSecond() throws {
        let duplicate = try #require(failure("name: A\nstatus: active\nname: B\n"))
        #expect(duplicate.problem == "duplicate key 'name' (first given at line 1)")
        #expect(duplicate.mark == .init(line: 3, column: 1))
    }

    /// Short mappings look back along their keys, long ones keep a table: both must find
    /// the first of two keys wherever it is.
    @Test func duplicateKeysAreFoundInLongMappingsToo() throws {
        let keys = (1...40).map { "k\($0): \($0)\n" }
        for (first, keysBefore) in [(3, 5), (1, 15), (1, 16), (16, 16), (16, 17), (17, 40), (3, 40)] {
            let yaml = keys.prefix(keysBefore).joined() + "k\(first): again\n"
            let duplicate = try #require(failure(yaml), "k\(first) after \(keysBefore) keys")
            #expect(duplicate.problem == "duplicate key 'k\(first)' (first given at line \(first))")
            #expect(duplicate.mark == .init(line: keysBefore + 1, column: 1))
        }
        let fine = try #require(try compose(keys.joined())?.mapping)
        #expect(fine.pairs.count == 40 && fine["k40"]?.string == "40")
    }

    @Test func syntaxErrorsCarryLibyamlsWordsAndMark() throws {
        let broken = try #require(failure("name: A\nteam: [Lee, Ana\nstatus: active\n"))
        #expect(broken.problem.contains("flow sequence"))
        #expect(broken.mark?.line == 3)
        let tab = try #require(failure("name: A\n\tstatus: x\n"))
        #expect(tab.mark?.line == 2)
    }

    /// Regression: fuzzing lynchpin.yml found 1,509 nested '[' overflowing the stack.
    @Test func deepNestingIsRefusedNotRecursedInto() throws {
        let fuzzed = String(repeating: "[", count: 1509)
        let refused = try #require(failure(fuzzed))
        #expect(refused.problem == "lists and mappings nested more than 64 deep")
        #expect(refused.mark == .init(line: 1, column: 65))
        #expect(ParserEntryPoints.run(.config, on: Array(fuzzed.utf8)) == 1)
        // Inside an account's front matter, on a worker thread, with mappings too.
        let account = "---\nname: A\nteam: " + String(repeating: "{a: ", count: 500) + "\n---\n"
        #expect(ParserEntryPoints.run(.yaml, on: Array(account.utf8)) >= 1)
        let deep = (0..<64).reduce("x") { inner, _ in "[\(inner)]" }
        #expect(try compose(deep) != nil, "64 levels are still read")
    }

    @Test func emptyTextIsNoDocumentAndASecondDocumentIsRefused() throws {
        #expect(try compose("") == nil)
        #expect(try compose("# only a comment\n") == nil)
        let two = try #require(failure("a: 1\n---\nb: 2\n"))
        #expect(two.problem.contains("one document"))
        #expect(two.mark?.line == 2)
    }
}

extension YAMLNode: Equatable {
    public static func == (lhs: YAMLNode, rhs: YAMLNode) -> Bool {
        switch (lhs, rhs) {
        case let (.scalar(a), .scalar(b)): a.string == b.string && a.isPlain == b.isPlain
        case let (.sequence(a), .sequence(b)): a.items == b.items
        case let (.mapping(a), .mapping(b)): a.pairs.map(\.key.node) == b.pairs.map(\.key.node) && a.pairs.map(\.value) == b.pairs.map(\.value)
        default: false
        }
    }
}

/// Texts that many files repeat are kept once: a job title in 10,000 plans is one string.
@Suite struct StringInternerTests {
    func storage(_ text: String) -> UnsafeRawPointer? {
        text.utf8.withContiguousStorageIfAvailable { UnsafeRawPointer($0.baseAddress) } ?? nil
    }

    @Test func repeatedLongTextsShareOneCopyAcrossFiles() throws {
        let interner = StringInterner()
        let first = try #require(try YAMLComposer.compose("title: Director of Supply Chain\n", interner: interner).get())
        let second = try #require(try YAMLComposer.compose("- Director of Supply Chain\n", interner: interner).get())
        let a = try #require(first.mapping?["title"]?.string)
        let b = try #require(second.sequence?.first?.string)
        #expect(a == "Director of Supply Chain" && b == a)
        #expect(storage(a) == storage(b), "one copy")

        let apart = try #require(try YAMLComposer.compose("- Director of Supply Chain\n").get()?.sequence?.first?.string)
        #expect(storage(apart) != storage(a), "without an interner each file has its own")
    }

    @Test func proseIsNotKeptInTheTable() {
        let interner = StringInterner()
        func intern(_ text: String) -> String { Array(text.utf8).withUnsafeBufferPointer { interner.intern($0) } }
        let prose = String(repeating: "a plan's narrative ", count: 10)
        let (first, second) = (intern(prose), intern(prose))
        #expect(storage(first) != storage(second), "longer than maxLength: a new copy each time")
        let title = intern("Director of Procurement")
        #expect(title == "Director of Procurement")
        #expect(storage(intern("Director of Procurement")) == storage(title), "the first copy is the one kept")
        let other = intern("Director of Procurement and Supply")
        #expect(storage(other) != storage(title))
        withExtendedLifetime((first, second, other)) {}
    }
}
