// Package timex finds time expressions in a document's text and normalises them to TIMEX3 values
// (DATE, TIME, DURATION, SET), with byte offsets into the text.
//
// Relative expressions ("last Friday", "two weeks ago", "earlier this month") are resolved against
// a reference date: the document's publication date when known. When it is not, the tagger infers
// one only where the text justifies it — a weekday stated with a day of month ("Tuesday, April
// 14") fixes the year among the years the document mentions — and otherwise leaves the unknown
// parts as X (XXXX-10-02, XXXX-WXX-2). The year is never taken from today's date.
//
// Word lists (month and weekday names, number words, seasons, parts of the day, modifiers, cue
// words) live in data files embedded from data/; Load reads further files of the same names.
package timex
