package textdump

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/dossier-project/dossier/lang/en"
)

// The files of the language data (lang/en/data, without .txt) an Extractor reads. A --data
// folder's files of the same names add to them.
const (
	fileStopwords    = "textdump-stopwords"
	fileFurniture    = "textdump-furniture"
	fileBoilerplate  = "textdump-boilerplate"
	fileComments     = "textdump-comments"
	fileRelated      = "textdump-related"
	fileBio          = "textdump-bio"
	fileLabels       = "textdump-labels"
	fileCaptions     = "textdump-captions"
	filePublisher    = "textdump-publisher"
	filePublisherNot = "textdump-publisher-not"
	filePublisherWk  = "textdump-publisher-weak"
	filePublisherOwn = "textdump-publisher-owner"
	fileCompany      = "textdump-publisher-company"
)

// Extractor holds the compiled cue lists. It is immutable after New and safe for concurrent use.
type Extractor struct {
	stop         map[string]bool
	furniture    *regexp.Regexp   // whole line
	boilerplate  *regexp.Regexp   // anywhere in a short line
	comments     *regexp.Regexp   // whole line
	related      *regexp.Regexp   // header at the start of a line, then what follows
	bio          *regexp.Regexp   // whole line: the heading of a box about the writer
	labels       *regexp.Regexp   // a headline's label before a colon ("BREAKING: …")
	captions     *regexp.Regexp   // anywhere in a line
	publisher    []*regexp.Regexp // strong cues: two votes
	publisherWk  []*regexp.Regexp // weak cues: one vote
	owner        []*regexp.Regexp // copyright lines: one vote, or the name when no other cue has one
	notPublisher map[string]bool
	company      map[string]bool // words of a company's legal or group name
}

// namePattern is a capitalised name of up to six words ("Middle East Eye", "The Times of Israel");
// it stops before a possessive, so "The Daily Example's" gives "The Daily Example".
const namePattern = `(?:The\s+)?` + nameWords

// nameWords is one to six capitalised words; a full stop only inside a word ("U.S"), so that a
// sentence's end is never crossed.
const nameWords = `\p{Lu}(?:[\p{L}\p{N}&-]|\.\p{L})*(?:\s+(?:of\s+|&\s+)?\p{Lu}(?:[\p{L}\p{N}&-]|\.\p{L})*){0,5}`

// theNamePattern is a name that starts with "The", for cues where a bare capitalised word is
// too often a person ("told The Daily Example", not "told Smith").
const theNamePattern = `The\s+` + nameWords

// New builds an Extractor from the cue lists of the language data d (the embedded files with a
// --data folder's files of the same names, whose entries are added to the embedded ones).
func New(d *en.Data) (*Extractor, error) {
	files := cueFiles{d}
	e := &Extractor{}
	var err error
	if e.stop, err = files.set(fileStopwords, strings.ToLower); err != nil {
		return nil, err
	}
	if e.furniture, err = files.alternation(fileFurniture, `(?i)^(?:`, `)$`); err != nil {
		return nil, err
	}
	if e.boilerplate, err = files.alternation(fileBoilerplate, `(?i)`, ``); err != nil {
		return nil, err
	}
	if e.comments, err = files.alternation(fileComments, `(?i)^(?:`, `)$`); err != nil {
		return nil, err
	}
	if e.related, err = files.alternation(fileRelated, `(?i)^(?:`, `)\b\s*(?:([:|»›>–—-])\s*(.*)|(?:[:…]|\.\.\.)?\s*)$`); err != nil {
		return nil, err
	}
	if e.bio, err = files.alternation(fileBio, `(?i)^(?:`, `)\s*:?$`); err != nil {
		return nil, err
	}
	if e.labels, err = files.alternation(fileLabels, `(?i)^(?:`, `)\s*[:|–—-]\s*\S`); err != nil {
		return nil, err
	}
	if e.captions, err = files.alternation(fileCaptions, `(?i)`, ``); err != nil {
		return nil, err
	}
	if e.publisher, err = namePatterns(files, filePublisher); err != nil {
		return nil, err
	}
	if e.publisherWk, err = namePatterns(files, filePublisherWk); err != nil {
		return nil, err
	}
	if e.owner, err = namePatterns(files, filePublisherOwn); err != nil {
		return nil, err
	}
	if e.company, err = files.set(fileCompany, strings.ToLower); err != nil {
		return nil, err
	}
	if e.notPublisher, err = files.set(filePublisherNot, foldName); err != nil {
		return nil, err
	}
	return e, nil
}

// cueFiles are the cue lists of a language data.
type cueFiles struct{ d *en.Data }

// lines returns the lines of the named list, blank lines and "#" comments left out. The list
// must have entries: an empty alternation would match every line.
func (c cueFiles) lines(name string) ([]string, error) {
	rows := c.d.Rows(name)
	if len(rows) == 0 {
		return nil, fmt.Errorf("textdump: %s: no entries", name)
	}
	all := make([]string, len(rows))
	for i, r := range rows {
		all[i] = strings.Join(r, "\t")
	}
	return all, nil
}

// set returns the named list as a set of its entries, each folded as they will be looked up.
func (c cueFiles) set(name string, fold func(string) string) (map[string]bool, error) {
	ws, err := c.lines(name)
	if err != nil {
		return nil, err
	}
	out := map[string]bool{}
	for _, w := range ws {
		out[fold(w)] = true
	}
	return out, nil
}

// alternation compiles the named list of patterns as one alternation between prefix and suffix,
// after checking each pattern alone so that an error names the faulty one's file.
func (c cueFiles) alternation(name, prefix, suffix string) (*regexp.Regexp, error) {
	ps, err := c.lines(name)
	if err != nil {
		return nil, err
	}
	for _, p := range ps {
		if _, err := regexp.Compile(p); err != nil {
			return nil, fmt.Errorf("textdump: %s: %w", name, err)
		}
	}
	return regexp.Compile(prefix + "(?:" + strings.Join(ps, "|") + ")" + suffix)
}

// namePatterns compiles a file of publisher cues, expanding {NAME} and {THENAME}.
func namePatterns(files cueFiles, name string) ([]*regexp.Regexp, error) {
	ps, err := files.lines(name)
	if err != nil {
		return nil, err
	}
	var out []*regexp.Regexp
	for _, p := range ps {
		p = strings.ReplaceAll(p, "{THENAME}", "("+theNamePattern+")")
		p = strings.ReplaceAll(p, "{NAME}", "("+namePattern+")")
		re, err := regexp.Compile(p)
		if err != nil {
			return nil, fmt.Errorf("textdump: %s: %w", name, err)
		}
		if re.NumSubexp() < 1 {
			return nil, fmt.Errorf("textdump: %s: pattern %q names no publisher", name, p)
		}
		out = append(out, re)
	}
	return out, nil
}
