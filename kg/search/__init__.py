"""Search: the index built at `kg build` time and the `kg who` question answering over it."""
