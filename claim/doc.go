// Package claim is the per-document stage that reads what a document says people claim: who
// blames whom for an attack or a deed, attacks told with who carried them out, mutual blame and
// not knowing who did it, denials (of an act, an account, or any part in something), the reasons
// given for what happened, and how actors are characterised (backed by a patron, or hostile). It
// reads the sentences with the parse, the mentions, labels and events the earlier stages found,
// and cue words from lang/en's data files, and stores each claim with its sentence's byte
// offsets, so the cross-document pass compares claims without reading the text again.
package claim
