import Foundation

/// The script `lynchpin serve` adds to every HTML page it serves (never to `build` output):
/// it asks the server once a second for the build version, reloads when it changes, and
/// shows the problems of a failed rebuild over the page.
enum LiveReload {
    static let statusPath = "/__lynchpin/status"

    static let script = """
    <script>
    /* lynchpin serve: live reload */
    (function () {
      var seen = null;
      function show(problems) {
        var box = document.getElementById("lynchpin-problems");
        if (!problems.length) { if (box) box.remove(); return; }
        if (!box) {
          box = document.createElement("pre");
          box.id = "lynchpin-problems";
          box.style.cssText = "position:fixed;left:0;right:0;bottom:0;max-height:50%;overflow:auto;margin:0;padding:1em;background:#2b0b0b;color:#ffd7d7;font:13px/1.4 monospace;z-index:99999;white-space:pre-wrap";
          document.body.appendChild(box);
        }
        box.textContent = "Rebuild failed; showing the last good site.\\n\\n" + problems.join("\\n");
      }
      function poll() {
        fetch("\(statusPath)", {cache: "no-store"}).then(function (r) { return r.json(); }).then(function (s) {
          if (seen !== null && s.version !== seen) { location.reload(); return; }
          seen = s.version;
          show(s.problems);
        }).catch(function () {}).then(function () { setTimeout(poll, 1000); });
      }
      poll();
    })();
    </script>
    """

    /// The page with the script before `</body>`, or at the end when there is none.
    static func inject(into html: [UInt8]) -> [UInt8] {
        var text = String(decoding: html, as: UTF8.self)
        if let body = text.range(of: "</body>", options: .backwards) {
            text.insert(contentsOf: script + "\n", at: body.lowerBound)
        } else {
            text += script
        }
        return Array(text.utf8)
    }
}
