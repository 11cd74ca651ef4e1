package web_test

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/dossier-project/dossier/web"
)

// TestBrowserActions acts on the pages in headless Chromium as a reader does: pages through a
// table, orders it, filters it with the forms, and takes the review actions, checking what
// each page shows and keeping a screenshot of each (in $DOSSIER_SCREENSHOTS when set).
func TestBrowserActions(t *testing.T) {
	bin := chromium(t)
	f := newFixture(t)
	pins := filepath.Join(t.TempDir(), "pins.tsv")
	base := listen(t, web.New(f.store, web.Options{Pins: pins}).Handler())
	shots := screenshotDir(t)
	b := startBrowser(t, bin)
	commander := f.entityID(t, "Yousef Abdel-Karim Haddad")

	t.Run("paging", func(t *testing.T) {
		b.t = t
		whole, _ := f.rows(t, "/api/entities")
		b.open(base + "/entities?limit=4")
		b.screenshot(shots, "paging-first", 1280)
		var seen []string
		for pages := 0; ; pages++ {
			names := b.texts(`td[data-label="Name"]`)
			if len(names) == 0 || len(names) > 4 {
				t.Fatalf("page %d shows %d rows, want 1 to 4", pages+1, len(names))
			}
			seen = append(seen, names...)
			var more bool
			b.eval(`!!document.querySelector('a[rel="next"]')`, &more)
			if !more {
				break
			}
			if pages == 1 {
				b.screenshot(shots, "paging-second", 1280)
			}
			b.act(`document.querySelector('a[rel="next"]').click()`)
			var href string
			b.eval(`location.search`, &href)
			if !strings.Contains(href, "after=") {
				t.Fatalf("the next page's address has no cursor: %s", href)
			}
		}
		if len(seen) != len(whole) {
			t.Errorf("the pages show %d rows in all, the table has %d", len(seen), len(whole))
		}
		for i, name := range seen {
			if i < len(whole) && strings.TrimSpace(name) == "" {
				t.Errorf("row %d has no name", i)
			}
		}
	})

	t.Run("sorting", func(t *testing.T) {
		b.t = t
		b.open(base + "/entities")
		b.act(`Array.from(document.querySelectorAll('th a')).find(a => a.textContent.trim() === 'Name').click()`)
		names := b.texts(`td[data-label="Name"]`)
		lower := make([]string, len(names))
		for i, n := range names {
			lower[i] = strings.ToLower(n)
		}
		if !slices.IsSorted(lower) || len(names) < 5 {
			t.Errorf("ordered by name, the rows are %v", names)
		}
		b.act(`Array.from(document.querySelectorAll('th a')).find(a => a.textContent.includes('Name')).click()`)
		again := b.texts(`td[data-label="Name"]`)
		if len(again) == 0 || !strings.EqualFold(again[0], names[len(names)-1]) {
			t.Errorf("a second click should reverse the order: first row %q, want %q", again[0], names[len(names)-1])
		}
		b.screenshot(shots, "sorted-by-name-desc", 1280)

		// The order field does the same where the narrow layout hides the column headings.
		b.open(base + "/entities?type=PER")
		b.act(`document.querySelector('#sort').value = 'name'; document.querySelector('form.filter button').click()`)
		byField := b.texts(`td[data-label="Name"]`)
		if !slices.IsSortedFunc(byField, func(a, b string) int { return strings.Compare(strings.ToLower(a), strings.ToLower(b)) }) || len(byField) < 2 {
			t.Errorf("ordered by name with the order field, the people are %v", byField)
		}
		if types := b.texts(`td[data-label="Type"]`); slices.ContainsFunc(types, func(s string) bool { return s != "PER" }) {
			t.Errorf("ordering dropped the type filter: %v", types)
		}
		b.screenshot(shots, "sorted-narrow", 390)
		b.call("Emulation.clearDeviceMetricsOverride", nil, nil)
	})

	t.Run("filters", func(t *testing.T) {
		b.t = t
		b.open(base + "/entities")
		b.act(`document.querySelector('#type').value = 'LOC'; document.querySelector('form.filter button').click()`)
		types := b.texts(`td[data-label="Type"]`)
		if len(types) == 0 {
			t.Fatal("no places listed")
		}
		for _, ty := range types {
			if ty != "LOC" {
				t.Errorf("type filter LOC shows a row of type %s", ty)
			}
		}
		b.screenshot(shots, "filter-entities-type", 1280)

		b.open(base + "/")
		b.act(`document.querySelector('#from').value = '2024-04-01'; document.querySelector('#to').value = '2024-04-30';
			document.querySelector('form.filter button').click()`)
		dates := b.texts(`td[data-label="Date"]`)
		if len(dates) == 0 {
			t.Fatal("no documents of April 2024 listed")
		}
		for _, d := range dates {
			if !strings.HasPrefix(d, "2024-04") {
				t.Errorf("date filter April 2024 shows a document of %q", d)
			}
		}
		b.screenshot(shots, "filter-documents-dates", 1280)

		b.open(base + "/timeline")
		b.act(`document.querySelector('#entity').value = 'Youssef Abdelkarim Hadad'; document.querySelector('#source').value = 'The Levant Ledger';
			document.querySelector('form.filter button').click()`)
		events := b.texts(`ol.events > li`)
		if len(events) == 0 {
			t.Fatal("no events of the commander in The Levant Ledger")
		}
		for _, e := range events {
			if !strings.Contains(e, "Yousef Abdel-Karim Haddad") || !strings.Contains(e, "The Levant Ledger") {
				t.Errorf("filtered timeline shows an event of someone else or elsewhere: %.120s", e)
			}
		}
		b.screenshot(shots, "filter-timeline-entity-source", 1280)
	})

	t.Run("review", func(t *testing.T) {
		b.t = t
		b.open(base + "/entity/" + commander)
		b.act(`document.querySelector('#other').value = 'Omar Nasser Khalil';
			document.querySelector('form[action="/review/merge"] button').click()`)
		if note := b.texts(`p.note`); len(note) != 1 || !strings.Contains(note[0], "merge decision was written") {
			t.Fatalf("after merging the page says %q", b.texts(`main`))
		}
		b.act(`document.querySelector('#spelling').value = 'Hadad';
			document.querySelector('form[action="/review/split"] button').click()`)
		if note := b.texts(`p.note`); len(note) != 1 || !strings.Contains(note[0], "split decision") {
			t.Errorf("after splitting the page says %q", note)
		}
		b.screenshot(shots, "review-entity", 1280)

		b.open(base + "/conflicts")
		b.act(`document.querySelector('button[value="confirmed"]').click()`)
		if tags := b.texts(`.tag.reviewed`); len(tags) != 1 || tags[0] != "reviewed: confirmed" {
			t.Errorf("after the review the conflicts page shows %q", tags)
		}
		b.screenshot(shots, "review-conflicts", 1280)

		got, err := os.ReadFile(pins)
		if err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(strings.TrimSpace(string(got)), "\n")
		want := []string{"merge\tYousef Abdel-Karim Haddad\tOmar Nasser Khalil", "split\tYousef Abdel-Karim Haddad\tHadad"}
		if len(lines) != 3 || !slices.Equal(lines[:2], want) || !strings.HasPrefix(lines[2], "reviewed\t") || !strings.HasSuffix(lines[2], "\tconfirmed") {
			t.Errorf("pins written:\n%s", got)
		}
	})
}
