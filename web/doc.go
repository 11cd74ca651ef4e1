// Package web serves Dossier's local reading interface: server-rendered HTML pages for documents,
// search, entities, the timeline, conflicts and sources, and the same data as a JSON API under
// /api/. It reads a store through the small Source interface into a view.Snapshot, the read model
// it shows, and keeps that until the store changes.
//
// Everything taken from documents is escaped by html/template; pages carry a strict
// Content-Security-Policy and need no script. The server answers GET and HEAD only and, unless
// told otherwise, only requests addressed to the loopback interface.
package web
