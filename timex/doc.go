// Package timex finds time expressions in a document's text and normalises them to TIMEX3 values
// (DATE, TIME, DURATION, SET), with byte offsets into the text.
//
// Relative expressions ("last Friday", "two weeks ago", "earlier this month") are resolved against
// a reference date: the document's publication date when known. When it is not, the tagger infers
// one only where the text justifies it — a weekday stated with a day of month ("Tuesday, April
// 14") fixes the year among the years the document mentions — and otherwise leaves the unknown
// parts as X (XXXX-10-02, XXXX-WXX-2). The year is never taken from today's date.
//
// A date named without its year or week ("Friday", "March 3", "the summer") lies on the side of
// the reference that the tense of its clause points to: the nearest verb group in the same
// clause decides ("met Friday" is the last one, "will meet Friday" and "plans to meet Friday" the
// next one, "had been scheduled for Friday" the last one); where no verb group is found, cue
// words of the clause do, and otherwise the nearest such date, leaning to the past.
//
// Word lists (month and weekday names, number words, seasons, parts of the day, modifiers, cue
// words, the words of verb groups) live in data files embedded from data/; Load reads further
// files of the same names.
package timex
