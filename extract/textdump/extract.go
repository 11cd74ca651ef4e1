package textdump

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-project/dossier"
)

// Thresholds of the line classifier, after jusText's defaults adjusted for news text that is
// dense with names (fewer function words than ordinary prose).
const (
	goodMinChars   = 70   // a prose paragraph is at least this long
	goodMinWords   = 10   // … and has at least this many words
	goodMinDensity = 0.18 // … of which at least this share are function words
	longWords      = 30   // a paragraph this long counts as prose even without final punctuation
	shortLineMax   = 320  // furniture written as sentences is shorter than this
	captionMax     = 500  // a caption is shorter than this
	furnitureMax   = 300  // whole-line furniture patterns never match a longer line
)

// numbered is a commenter list's entry ("1. Jane Doe").
var numbered = regexp.MustCompile(`^\d{1,3}[.)]\s+(.+)$`)

// saysLine is a comment's heading ("Jane Doe says:").
var saysLine = regexp.MustCompile(`^(.{1,60}?)\s+(?:says|said|wrote|replied)\s*:$`)

// Extract reads a plain-text page dump and returns its title, publisher, publication date,
// standfirst, captions and clean body text. The body's paragraphs are joined by a blank line.
// It returns an error wrapping dossier.ErrNoText when the dump holds no article text.
func (e *Extractor) Extract(body string) (dossier.Document, error) {
	var doc dossier.Document
	ls := splitLines(body)
	e.classifyAll(ls)
	firstBody := nextProse(ls, 0, kGood)
	if firstBody < 0 {
		firstBody = nextProse(ls, 0, kNear)
	}
	if firstBody < 0 {
		return doc, fmt.Errorf("extract text dump: %w: no line of its %d characters reads as article prose",
			dossier.ErrNoText, utf8.RuneCountInString(strings.TrimSpace(body)))
	}
	title, firstBody := e.placeTitle(ls, firstBody)
	start := title + 1 // the body zone starts after the title
	if title >= 0 {
		doc.Title = ls[title].text
	}
	cut := e.findCut(ls, firstBody)
	e.markHeader(ls, start, firstBody, cut, title >= 0, doc.Title)
	if sf := e.findStandfirst(ls, title, cut); sf >= 0 {
		doc.Standfirst = ls[sf].text
		ls[sf].kind = kFurniture
	}
	dropRepeats(ls, start, cut)
	var paras []string
	paras, doc.Captions = bodyOf(ls, start, cut)
	if len(paras) == 0 {
		return doc, fmt.Errorf("extract text dump: %w", dossier.ErrNoText)
	}
	doc.Text = strings.Join(paras, "\n\n")

	var site string
	doc.Title, site = splitSiteSuffix(doc.Title)
	doc.Publisher = e.findPublisher(ls[:cut], site, paras[0])
	doc.Published = e.findPublished(ls, title, firstBody, cut, paras[0])
	return doc, nil
}

// classifyAll gives every line its kind. When no paragraph reads as prose by its function words,
// the page is in a language the word list does not cover, and length and sentence punctuation
// decide alone.
func (e *Extractor) classifyAll(ls []line) {
	for i := range ls {
		e.classify(&ls[i])
	}
	if !hasProse(ls) {
		for i := range ls {
			e.classifyAt(&ls[i], 0)
		}
	}
}

// nextProse returns the first line from i on of the given kind that is not a caption, or -1.
func nextProse(ls []line, i int, k kind) int {
	for ; i < len(ls); i++ {
		if ls[i].kind == k && !ls[i].caption {
			return i
		}
	}
	return -1
}

// placeTitle finds the title line (-1 when there is none) and, as the first prose may be a
// banner above the headline or the headline itself, where the body then starts.
func (e *Extractor) placeTitle(ls []line, firstBody int) (title, body int) {
	title, score := e.findTitle(ls, firstBody)
	if start := articleStart(ls, firstBody); start != firstBody {
		// The first prose may be a banner above the headline: the title found above the first
		// two paragraphs close together is taken when it scores clearly better.
		if t, sc := e.findTitle(ls, start); sc > score+titleMargin {
			title = t
		}
	}
	if title >= firstBody {
		// The first prose was a banner above the headline: the body starts under the title.
		if i := nextProse(ls, title+1, kGood); i >= 0 {
			firstBody = i
		}
	}
	if title < 0 && firstBody+1 < len(ls) && headlineAsProse(&ls[firstBody]) {
		// A long headline can read as prose; above more prose, without a full stop, it is the title.
		if i := nextProse(ls, firstBody+1, kGood); i >= 0 {
			title, firstBody = firstBody, i
		}
	}
	return title, firstBody
}

// markHeader marks the captions among the lines from start to cut, and, in the zone between the
// title and the body (bylines, dates, the standfirst), the captions in another script and the
// title printed again around a banner.
func (e *Extractor) markHeader(ls []line, start, firstBody, cut int, hasTitle bool, title string) {
	for i := start; i < cut; i++ {
		l := &ls[i]
		if l.kind == kFurniture || l.kind == kRelated {
			continue
		}
		if l.caption && (i < firstBody || l.kind != kGood || trailingCredit(e, l.text)) {
			l.kind = kCaption
		} else if i < firstBody && hasTitle && mixedScript(l.text) && l.kind != kGood {
			l.kind = kCaption
		} else if hasTitle && i < firstBody && strings.EqualFold(l.text, title) {
			l.kind = kFurniture
		}
	}
}

// dropRepeats marks as furniture, from start to cut, the lines under a related-links header up
// to the next prose, short lines printed more than once, and later copies of a paragraph (a
// caption or teaser printed again).
func dropRepeats(ls []line, start, cut int) {
	related := false
	seen := map[string]bool{}
	for i := start; i < cut; i++ {
		l := &ls[i]
		if l.count > 1 && l.kind == kGood {
			key := countKey(l.text)
			if seen[key] {
				l.kind = kFurniture
				continue
			}
			seen[key] = true
		}
		switch {
		case l.kind == kRelated:
			related = true
		case l.kind == kGood:
			related = false
		case related && l.kind != kCaption:
			l.kind = kFurniture
		case (l.kind == kShort || l.kind == kNear) && l.count > 1 && len(l.text) < 100:
			l.kind = kFurniture
		}
	}
}

// bodyOf returns the paragraphs and captions from start to cut. Prose is kept; a near-prose line
// only beside prose, and a short one (a subheading, a list item) only between prose.
func bodyOf(ls []line, start, cut int) (paras, captions []string) {
	for i := start; i < cut; i++ {
		l := &ls[i]
		switch l.kind {
		case kCaption:
			captions = append(captions, l.text)
		case kGood:
			paras = append(paras, l.text)
		case kNear:
			if neighbourIsProse(ls, i, start, cut) {
				paras = append(paras, l.text)
			}
		case kShort:
			if betweenProse(ls, i, start, cut) {
				paras = append(paras, l.text)
			}
		}
	}
	return paras, captions
}

// proseGap is the most lines between two prose paragraphs of one article.
const proseGap = 4

// articleStart returns the first prose paragraph that another one follows closely, where the
// article starts, or first when none does: a cookie banner or a site's blurb is a lone paragraph.
func articleStart(ls []line, first int) int {
	for i := first; i < len(ls); i++ {
		if ls[i].kind != kGood || ls[i].caption {
			continue
		}
		gap := 0
		for j := i + 1; j < len(ls) && gap <= proseGap; j++ {
			if ls[j].kind == kGood && !ls[j].caption {
				return i
			}
			if ls[j].kind != kFurniture && !ls[j].caption {
				gap++
			}
		}
	}
	return first
}

// hasProse reports whether a line outside captions was taken for a prose paragraph.
func hasProse(ls []line) bool { return nextProse(ls, 0, kGood) >= 0 }

// classify gives a line its kind from the line alone.
func (e *Extractor) classify(l *line) { e.classifyAt(l, goodMinDensity) }

// classifyAt classifies a line, taking for prose only a paragraph with at least minDensity
// function words.
func (e *Extractor) classifyAt(l *line, minDensity float64) {
	ws := wordsOf(l.text)
	l.words = len(ws) + ideographs(l.text)/2
	stops := 0
	for _, w := range ws {
		if e.stop[w] {
			stops++
		}
	}
	lower := strings.IndexFunc(l.text, func(r rune) bool { return unicode.IsLower(r) || caseless(r) }) >= 0
	if l.words > 0 {
		l.density = float64(stops) / float64(l.words)
	}
	first, _ := utf8.DecodeRuneInString(strings.TrimLeft(l.text, "\"'“‘«([—–-「『 "))
	l.sentence = l.words >= 3 && l.terminal && lower && (unicode.IsUpper(first) || unicode.IsDigit(first) || caseless(first))
	n := len(l.text)
	l.commentOpen = n < furnitureMax && e.comments.MatchString(l.text)
	l.caption = n < captionMax && e.captions.MatchString(l.text)

	switch {
	case l.words == 0, amount.MatchString(l.text), placeholder.MatchString(l.text), n < furnitureMax && e.furniture.MatchString(l.text),
		isPubLine(l.text), isCategoryLine(l), isNavLine(l),
		n < shortLineMax && e.boilerplate.MatchString(l.text):
		l.kind = kFurniture
	case l.commentOpen:
		l.kind = kFurniture
	case n < furnitureMax && e.related.MatchString(l.text) && !e.labels.MatchString(l.text):
		m := e.related.FindStringSubmatch(l.text)
		// What follows the header is the pattern's last group (the headers have groups of their own).
		if m[len(m)-1] == "" {
			l.kind = kRelated
		} else {
			l.kind = kFurniture // "Read also: <another article's title>"
		}
	case len(l.text) >= goodMinChars && l.words >= goodMinWords && l.density >= minDensity &&
		(l.terminal || l.words >= longWords) && !(bulleted(l.text) && len(l.text) < shortLineMax):
		l.kind = kGood
	case l.sentence || (bulleted(l.text) && l.words >= 4):
		l.kind = kNear
	default:
		l.kind = kShort
	}
}

// bulleted reports whether a line is a list item: in a dump a list of links to other articles
// looks so, and a list item is prose only among prose.
func bulleted(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return strings.ContainsRune("•◦▪▫■□●○‣⁃☆★", r)
}

// trailingCredit reports whether a caption cue sits in a bracketed credit at the end of a line,
// as when a long caption ends "(Photo: …)".
func trailingCredit(e *Extractor, s string) bool {
	i := strings.LastIndexAny(s, "([")
	if i < 0 || len(s)-i > 160 {
		return false
	}
	return e.captions.MatchString(s[i:])
}

// headlineLike reports whether a line could be a page's title.
func (e *Extractor) headlineLike(l *line) bool {
	if l.kind == kFurniture || l.kind == kRelated || l.caption || l.commentOpen {
		return false
	}
	n := len(l.text)
	if l.words < 3 || l.words > 30 || n < 15 || n > 250 || strings.HasSuffix(l.text, ":") {
		return false
	}
	if mixedScript(l.text) || isDateLine(l.text) || bulleted(l.text) || creditEnd.MatchString(l.text) {
		return false
	}
	return true
}

// creditEnd matches the end of a photo caption: a sentence closed and then its source in
// brackets ("… leaves the port on Aug. 31. (AP)").
var creditEnd = regexp.MustCompile(`[.!?…]["'”’]?\s*[(\[][^()\[\]]{1,40}[)\]]$`)

// headlineAsProse reports whether a line taken for prose could be a headline: short enough,
// alone in its block, and not ending with a full stop.
func headlineAsProse(l *line) bool {
	t := strings.TrimRight(l.text, "\"'”’ ")
	return l.alone && len(l.text) <= 200 && l.words <= 30 && !strings.HasSuffix(t, ".") && !strings.HasSuffix(t, ":")
}

// Weights of the title score.
const (
	titleWindow   = 80  // lines above the body that may hold the title
	titleNear     = 3.0 // most points for standing right above the body
	titleOverlap  = 6.0 // points for sharing all its key words with the lead
	titleRepeated = 2.0 // points for being printed again, as in the page's own title line
	leadParas     = 3   // prose paragraphs read as the lead
	titlePair     = 0.6 // share of the best score a headline right above it needs to win
	titleMargin   = 2.0 // lead over the title above the first prose that one further down needs
	titleByline   = 3.0 // points for standing right above a byline or a date line, as headlines do
	maxPrints     = 2   // a headline is printed once or twice; a line printed more is a teaser in a carousel
	titleCapitals = 3.0 // points off a line in capitals: a kicker, a section's name or another story's link
)

// timeOfDay is a clock time, as a dated byline carries ("9:02 am").
var timeOfDay = regexp.MustCompile(`(?i)\b\d{1,2}[:.]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)?\b`)

// findTitle returns the index of the title line, or -1, and its score: the best headline-like line of the
// window above the body. A headline stands close above the body, shares its key words with the
// lead paragraphs, is often printed again (the page's own title line, breadcrumbs) and reads as
// a headline, not as a sentence, a byline or a menu entry. The latest wins a tie.
func (e *Extractor) findTitle(ls []line, firstBody int) (int, float64) {
	from, top := firstBody, firstBody-1
	if headlineAsProse(&ls[firstBody]) {
		from, top = firstBody+1, firstBody // a long headline can read as prose
	}
	lead := e.leadWords(ls, from)
	scores := map[int]float64{} // headline-like lines that share words with the lead
	again := map[int]bool{}
	best, bestScore := -1, 0.0
	dist := 0 // lines that are neither furniture nor captions between the candidate and the body
	for i := top; i >= 0 && i >= firstBody-titleWindow; i-- {
		l := &ls[i]
		if l.kind != kFurniture && !l.caption {
			dist++
		}
		if !e.headlineLike(l) && i != firstBody {
			continue
		}
		score, shared, printed := e.titleScore(ls, i, dist, lead)
		if printed {
			again[i] = true
		}
		if shared > 0 {
			scores[i] = score
		}
		if score > bestScore {
			best, bestScore = i, score
		}
	}
	// A headline over a standfirst: the standfirst stands nearer the body and shares more of its
	// words, but when it is printed only once, the line right above it that shares words with the
	// lead and scores nearly as well is the title; a breadcrumb ending in the headline is not.
	if best > 0 && !again[best] {
		p := best - 1
		for p > 0 && (ls[p].kind == kFurniture || ls[p].caption) {
			p--
		}
		a, b := strings.ToLower(ls[p].text), strings.ToLower(ls[best].text)
		if sc, ok := scores[p]; ok && sc >= titlePair*bestScore && !strings.Contains(a, b) && !strings.Contains(b, a) {
			best = p
		}
	}
	return best, bestScore
}

// leadWords returns the words of the first leadParas prose paragraphs from line from on, which
// a headline shares.
func (e *Extractor) leadWords(ls []line, from int) map[string]bool {
	lead := map[string]bool{}
	for i, n := from, 0; i < len(ls) && n < leadParas; i++ {
		if ls[i].kind != kGood || ls[i].caption {
			continue
		}
		n++
		for _, w := range wordsOf(ls[i].text) {
			lead[w] = true
		}
	}
	return lead
}

// titleScore scores line i as the title, dist lines of text above the body; it also returns how
// many of its key words the lead shares and whether it is printed again as a headline is
// (its score then counts that already).
func (e *Extractor) titleScore(ls []line, i, dist int, lead map[string]bool) (float64, int, bool) {
	l := &ls[i]
	score := titleNear / float64(1+(dist-1)/2)
	keys, shared := 0, 0
	for _, w := range wordsOf(l.text) {
		if e.stop[w] || utf8.RuneCountInString(w) < 3 {
			continue
		}
		keys++
		if lead[w] {
			shared++
		}
	}
	if keys > 0 {
		score += titleOverlap * float64(shared) / float64(keys)
	}
	again := e.printedAgain(ls, i) && l.count <= maxPrints
	if again {
		score += titleRepeated
		if shared > 0 {
			score += titleRepeated
		}
	}
	if l.density > 0 {
		score += 0.5
	}
	if l.words >= 5 && l.words <= 25 {
		score++
	}
	t := strings.TrimRight(l.text, "\"'”’ ")
	if strings.HasSuffix(t, ".") || strings.HasSuffix(t, "…") || strings.HasSuffix(t, "...") {
		score -= 2 // a sentence, or a teaser cut short
	}
	if l.alone {
		score += 0.5 // titles stand in a block of their own; menus and mastheads come in runs
	}
	if allCapitals(l.text) {
		score -= titleCapitals
	}
	if parseDate(l.text, false) != "" || timeOfDay.MatchString(l.text) {
		score -= 3 // a dated byline
	} else if bylineBelow(ls, i) {
		score += titleByline
	}
	return score, shared, again
}

// allCapitals reports whether a line's letters, eight or more of a script with case, are all
// capitals.
func allCapitals(s string) bool {
	n := 0
	for _, r := range s {
		switch {
		case unicode.IsLower(r):
			return false
		case unicode.IsUpper(r):
			n++
		}
	}
	return n >= 8
}

// bylineBelow reports whether the line under ls[i] is a byline or a date line.
func bylineBelow(ls []line, i int) bool {
	if i+1 >= len(ls) {
		return false
	}
	t := ls[i+1].text
	return len(t) < shortLineMax && (byline.MatchString(t) || isPubLine(t) || parseDate(t, false) != "" ||
		len(t) < 80 && timeOfDay.MatchString(t))
}

// printedAgain reports whether the text of ls[i] appears elsewhere in the dump, alone or inside
// a longer line such as the page's title line "Headline | Site" or a breadcrumb.
func (e *Extractor) printedAgain(ls []line, i int) bool {
	if ls[i].count > 1 {
		return true
	}
	key := strings.ToLower(ls[i].text)
	for j := range ls {
		if j != i && len(ls[j].text) > len(key) && len(ls[j].text) < len(key)+120 &&
			strings.Contains(strings.ToLower(ls[j].text), key) {
			return true
		}
	}
	return false
}

// findStandfirst returns the index of the summary line under the title, or -1: the first
// line after it (captions, furniture and the repeated title aside) when it is a headline-like
// line without final full stop, or a sentence that the body repeats.
func (e *Extractor) findStandfirst(ls []line, title, cut int) int {
	if title < 0 {
		return -1
	}
	i := title + 1
	for i < cut && (ls[i].kind == kFurniture || ls[i].kind == kCaption) {
		i++
	}
	if i >= cut-1 {
		return -1
	}
	l := &ls[i]
	if l.words < 5 || len(l.text) > 400 || l.kind == kRelated {
		return -1
	}
	if !strings.HasSuffix(strings.TrimRight(l.text, "\"'”’ "), ".") && e.headlineLike(l) && l.kind != kGood {
		return i
	}
	// A lead sentence that the body repeats word for word is a summary.
	f := strings.Fields(l.text)
	head := strings.Join(f[:min(8, len(f))], " ")
	for j := i + 1; j < cut; j++ {
		if ls[j].kind == kGood && strings.Contains(ls[j].text, head) {
			return i
		}
	}
	return -1
}

// findCut returns the index where the comment section starts, or len(ls). Only an opening
// after body text counts: a comment count among the header's widgets does not end the page.
func (e *Extractor) findCut(ls []line, firstBody int) int {
	for i := firstBody + 1; i < len(ls); i++ {
		l := &ls[i]
		if l.commentOpen {
			return i
		}
		if i+1 >= len(ls) || i < len(ls)/3 {
			continue
		}
		if m := numbered.FindStringSubmatch(l.text); m != nil && e.isNameLike(m[1]) && !ls[i+1].commentOpen {
			if strings.HasPrefix(l.text, "1") && (l.indented || ls[i+1].kind != kShort) {
				return i
			}
		}
		if m := saysLine.FindStringSubmatch(l.text); m != nil && e.isNameLike(m[1]) {
			return i
		}
	}
	return len(ls)
}

// neighbourIsProse reports whether the nearest lines before or after ls[i] that are neither
// short sentences themselves nor removed furniture (an advertisement's label, a caption) are
// prose paragraphs.
func neighbourIsProse(ls []line, i, start, end int) bool {
	transparent := func(k kind) bool { return k == kNear || k == kCaption || k == kFurniture }
	for j := i - 1; j >= start; j-- {
		if k := ls[j].kind; !transparent(k) {
			if k == kGood {
				return true
			}
			break
		}
	}
	for j := i + 1; j < end; j++ {
		if k := ls[j].kind; !transparent(k) {
			return k == kGood
		}
	}
	return false
}

// maxInset is the most short lines in a row that are kept between two prose paragraphs.
const maxInset = 6

// betweenProse reports whether a short line stands in a run of at most maxInset short lines and
// short sentences with a prose paragraph on both sides, as subheadings and list items inside an
// article do; menus and link lists border on furniture or end the page.
func betweenProse(ls []line, i, start, end int) bool {
	inset := func(k kind) bool { return k == kShort || k == kNear }
	lo, hi := i-1, i+1
	for lo >= start && inset(ls[lo].kind) {
		lo--
	}
	for hi < end && inset(ls[hi].kind) {
		hi++
	}
	return lo >= start && hi < end && hi-lo-1 <= maxInset && ls[lo].kind == kGood && ls[hi].kind == kGood
}

// splitSiteSuffix splits "Headline | Site Name" into the headline and the site.
func splitSiteSuffix(title string) (string, string) {
	i := strings.LastIndex(title, " | ")
	if i < 0 {
		return title, ""
	}
	head, site := strings.TrimSpace(title[:i]), strings.TrimSpace(title[i+3:])
	if n := len(strings.Fields(site)); n == 0 || n > 4 || len(strings.Fields(head)) < 3 {
		return title, ""
	}
	return head, site
}
