package ingest

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dossier-project/dossier"
)

func TestReadFeeds(t *testing.T) {
	pages, failures := readAll(t, "testdata/feeds", "testdata/feeds/council.xml")
	want := map[string]dossier.Meta{
		"https://courier.example/2021/03/08/harbour-strike": {ID: "courier-1001", URL: "https://courier.example/2021/03/08/harbour-strike",
			Title: "Harbour strike ends after ten days", Publisher: "The Valley Courier", Published: "2021-03-08"},
		"https://courier.example/2021/03/09/ferry": {URL: "https://courier.example/2021/03/09/ferry",
			Title: "Ferry service resumes", Publisher: "The Valley Courier", Published: "2021-03-09"},
		"https://northgate.example/budget": {ID: "urn:northgate:77", URL: "https://northgate.example/budget",
			Title: "Council approves new budget", Publisher: "North Gate News", Published: "2022-06-01"},
	}
	got := map[string]dossier.Meta{}
	for f, p := range pages {
		got[f] = p.Meta
		if p.Format != dossier.FormatBody {
			t.Errorf("%s: format %q, want clean text", f, p.Format)
		}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("feed items (-want +got):\n%s", diff)
	}
	strike := string(pages["https://courier.example/2021/03/08/harbour-strike"].Body)
	if !strings.Contains(strike, "ten-day strike over pay, the union said.\n\nThe port authority") || strings.Contains(strike, "alert") || strings.Contains(strike, "<p>") {
		t.Errorf("item content not turned into paragraphs of text: %q", strike)
	}
	if err := failures["https://courier.example/empty"]; !errors.Is(err, dossier.ErrEmpty) {
		t.Errorf("empty item: %v, want ErrEmpty", err)
	}
}

func TestNotAFeed(t *testing.T) {
	_, failures := readAll(t, "testdata/corpus/page.html")
	if len(failures) != 0 {
		t.Fatalf("unexpected failures %v", failures)
	}
	r := &Reader{}
	var got error
	err := r.readFeed(t.Context(), "broken.rss", 10, strings.NewReader("<rss><channel><item>"), func(it Item) error {
		got = it.Err
		return nil
	})
	if err != nil || !errors.Is(got, dossier.ErrFormat) {
		t.Errorf("broken feed: %v / %v, want ErrFormat", err, got)
	}
}
