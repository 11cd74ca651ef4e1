package queue

import "context"

// BeatBounded lets the tests of package queue_test time one heartbeat as the workers do.
func (q *Queue) BeatBounded(ctx context.Context, id string) error { return q.beatBounded(ctx, id) }
