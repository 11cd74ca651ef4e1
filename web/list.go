package web

import (
	"cmp"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/dossier-project/dossier/view"
)

// Paging of the tables is by keyset: a page is the rows that come after the last row of the
// page before in the table's order, named by that row's sort key and id. Unlike an offset, the
// cursor stays right when rows are added or removed between two pages, and finding the page
// is a binary search, not a count from the top.

const (
	defaultPageSize = 50
	maxPageSize     = 500
)

// keyed is a row with its sort key: rows are ordered by key, then by id.
type keyed[T any] struct {
	key, id string
	row     T
}

// cursor is the sort key and id of the last row of a page.
type cursor struct{ key, id string }

func (c cursor) String() string {
	if c.id == "" {
		return ""
	}
	b, _ := json.Marshal([2]string{c.key, c.id}) // strings always encode
	return base64.RawURLEncoding.EncodeToString(b)
}

func parseCursor(s string) (cursor, error) {
	if s == "" {
		return cursor{}, nil
	}
	var kv [2]string
	b, err := base64.RawURLEncoding.DecodeString(s)
	if err == nil {
		err = json.Unmarshal(b, &kv)
	}
	if err != nil || kv[1] == "" {
		return cursor{}, errBadRequest("bad value of after: use the link of the page before")
	}
	return cursor{kv[0], kv[1]}, nil
}

// listQuery is what a table's request asks for: filters, order and page.
type listQuery struct {
	Type, Source, Entity, Kind string
	From, To                   string // dates YYYY-MM-DD, inclusive; "" for open
	Sort                       string
	Desc                       bool
	After                      cursor
	Limit                      int
	Format                     string // "" for the page, csv or jsonl for a download of every row
}

// readListQuery reads and checks the parameters every table takes.
func readListQuery(r *http.Request, sorts []string) (listQuery, error) {
	v := r.URL.Query()
	q := listQuery{Type: strings.TrimSpace(v.Get("type")), Source: strings.TrimSpace(v.Get("source")),
		Entity: strings.TrimSpace(v.Get("entity")), Kind: strings.TrimSpace(v.Get("kind")),
		Sort: v.Get("sort"), Desc: v.Get("dir") == "desc", Limit: defaultPageSize, Format: v.Get("format")}
	if q.Sort == "" {
		q.Sort = sorts[0]
	} else if !slices.Contains(sorts, q.Sort) {
		return q, errBadRequest("unknown sort %q: use one of %s", q.Sort, strings.Join(sorts, ", "))
	}
	if d := v.Get("dir"); d != "" && d != "asc" && d != "desc" {
		return q, errBadRequest("dir must be asc or desc")
	}
	var err error
	if q.From, err = readDate(v, "from"); err != nil {
		return q, err
	}
	if q.To, err = readDate(v, "to"); err != nil {
		return q, err
	}
	if q.From != "" && q.To != "" && afterRange(q.From, q.To) {
		return q, errBadRequest("from (%s) is after to (%s): no date falls in that range", q.From, q.To)
	}
	if s := v.Get("limit"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 || n > maxPageSize {
			return q, errBadRequest("limit must be a number from 1 to %d", maxPageSize)
		}
		q.Limit = n
	}
	if q.After, err = parseCursor(v.Get("after")); err != nil {
		return q, err
	}
	if q.Format != "" && q.Format != "csv" && q.Format != "jsonl" && q.Format != "json" {
		return q, errBadRequest("unknown format %q: use json, csv or jsonl", q.Format)
	}
	return q, nil
}

// readDate reads a date parameter: a year, a month or a day, as ISO 8601.
func readDate(v url.Values, name string) (string, error) {
	s := strings.TrimSpace(v.Get(name))
	if s == "" {
		return "", nil
	}
	for _, layout := range []string{"2006-01-02", "2006-01", "2006"} {
		if _, err := time.Parse(layout, s); err == nil {
			return s, nil
		}
	}
	return "", errBadRequest("%s must be a date: YYYY, YYYY-MM or YYYY-MM-DD", name)
}

// afterRange reports whether the dates from (its first day) begins after the dates to (its last
// day) end: "2024-05" is after "2024-04-30", "2024-05" is not after "2024".
func afterRange(from, to string) bool {
	n := min(len(from), len(to))
	return from[:n] > to[:n]
}

// page is one page of a table.
type page[T any] struct {
	Rows  []T
	Total int    // rows that match the filters, on every page
	Next  string // cursor of the next page; "" on the last
	First bool   // this is the first page
}

// compareKeyed orders rows by key, then by id.
func compareKeyed[T any](a, b keyed[T]) int {
	return cmp.Or(cmp.Compare(a.key, b.key), cmp.Compare(a.id, b.id))
}

// sortRows makes the keyed rows of a table in one order, ascending.
func sortRows[T any](t table[T], rows []T, sort string) []keyed[T] {
	out := make([]keyed[T], len(rows))
	for i, r := range rows {
		out[i] = keyed[T]{t.key(r, sort, i), t.id(r), r}
	}
	slices.SortFunc(out, compareKeyed)
	return out
}

// walk calls fn on the rows after the cursor, in the query's direction, while fn returns true.
func walk[T any](rows []keyed[T], q listQuery, fn func(keyed[T]) bool) {
	i := 0
	if q.After.id != "" {
		after := keyed[T]{key: q.After.key, id: q.After.id}
		var found bool
		i, found = slices.BinarySearchFunc(rows, after, compareKeyed)
		if q.Desc {
			i-- // the row before the cursor's place
		} else if found {
			i++
		}
	} else if q.Desc {
		i = len(rows) - 1
	}
	step := 1
	if q.Desc {
		step = -1
	}
	for ; i >= 0 && i < len(rows); i += step {
		if !fn(rows[i]) {
			return
		}
	}
}

// paginate cuts the page after the cursor from rows sorted ascending, keeping the rows keep
// keeps (nil keeps all). It reads rows until the page is full and one more is found; Total
// counts the kept rows with one pass of the filter, without building them.
func paginate[T any](rows []keyed[T], keep func(T) bool, q listQuery) page[T] {
	p := page[T]{First: q.After.id == "", Rows: make([]T, 0, min(q.Limit, len(rows)))}
	var last keyed[T]
	walk(rows, q, func(r keyed[T]) bool {
		if keep != nil && !keep(r.row) {
			return true
		}
		if len(p.Rows) == q.Limit {
			p.Next = cursor{last.key, last.id}.String()
			return false
		}
		p.Rows = append(p.Rows, r.row)
		last = r
		return true
	})
	for _, r := range rows {
		if keep == nil || keep(r.row) {
			p.Total++
		}
	}
	return p
}

// all is every kept row in the query's order, for downloads.
func all[T any](rows []keyed[T], keep func(T) bool, q listQuery) []T {
	q.After, q.Limit = cursor{}, len(rows)+1
	return paginate(rows, keep, q).Rows
}

// countDown makes a descending count sort ascending as a key.
func countDown(n int) string { return fmt.Sprintf("%012d", 999_999_999_999-n) }

// padded makes a position a key that sorts as a number.
func padded(n int) string { return fmt.Sprintf("%012d", n) }

// overlaps reports whether the interval [from, to) of dates YYYY-MM-DD meets the query's range;
// an interval with no dates meets only an open range.
func (q listQuery) overlaps(from, to string) bool {
	if q.From == "" && q.To == "" {
		return true
	}
	if from == "" {
		return false
	}
	if q.From != "" && to <= q.From && !strings.HasPrefix(from, q.From) {
		return false
	}
	if q.To != "" && from > q.To && !strings.HasPrefix(from, q.To) {
		return false
	}
	return true
}

// entityIDs are the ids of the entities the entity filter names: an id, or a name or spelling.
func entityIDs(snap *view.Snapshot, name string) []string {
	if name == "" {
		return nil
	}
	if _, ok := snap.Entity(name); ok {
		return []string{name}
	}
	var ids []string
	for _, e := range snap.FindEntities(name) {
		ids = append(ids, e.ID)
	}
	if ids == nil {
		ids = []string{"\x00none"} // a name no entity has matches no row
	}
	return ids
}

// sortLink is the URL of the table ordered by one column: the same filters, from the first
// page, the order flipped when the table is already ordered by it.
func sortLink(r *http.Request, q listQuery, by string) string {
	v := r.URL.Query()
	v.Del("after")
	v.Set("sort", by)
	v.Del("dir")
	if q.Sort == by && !q.Desc {
		v.Set("dir", "desc")
	}
	return r.URL.Path + "?" + v.Encode()
}

// nav is the links around a table: next page, first page, downloads.
type nav struct {
	Next, First, CSV, JSONL string
	Total, Shown            int
	Sort                    map[string]string // column -> link ordering by it
	Sorts                   []string          // the orders the table takes, for the order field
	Q                       listQuery
}

func makeNav[T any](r *http.Request, q listQuery, p page[T], api string, sorts []string) nav {
	n := nav{Total: p.Total, Shown: len(p.Rows), Q: q, Sort: map[string]string{}, Sorts: sorts}
	v := r.URL.Query()
	v.Del("after")
	if !p.First {
		n.First = r.URL.Path + "?" + v.Encode()
	}
	if p.Next != "" {
		v.Set("after", p.Next)
		n.Next = r.URL.Path + "?" + v.Encode()
		v.Del("after")
	}
	v.Del("limit")
	v.Set("format", "csv")
	n.CSV = api + "?" + v.Encode()
	v.Set("format", "jsonl")
	n.JSONL = api + "?" + v.Encode()
	for _, s := range sorts {
		n.Sort[s] = sortLink(r, q, s)
	}
	return n
}
