package view

// Participants are the names of an event's actors, and of its other participants each as
// "role: name", in the order of its arguments.
func (e Event) Participants() (actors, others []string) {
	for _, a := range e.Args {
		if a.Role == "actor" {
			actors = append(actors, a.Name)
		} else {
			others = append(others, a.Role+": "+a.Name)
		}
	}
	return actors, others
}
