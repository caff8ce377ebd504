"""The offline HTML viewer: graph data read from a build (:mod:`.viewdata`) drawn with vis-network
(:mod:`.viewer`, :file:`template.html`). See docs/VIEWER.md."""
