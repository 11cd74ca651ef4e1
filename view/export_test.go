package view

// NumberBySource is numberBySource, for the external tests.
var NumberBySource = numberBySource
