// Package migrate runs a store's schema migrations: numbered .sql files embedded in the store,
// applied in order of version inside one transaction, recorded in a schema_migrations table, and
// refused when the database was migrated by a newer build. The store supplies the transaction and
// its SQL dialect through Tx; this package uses the standard library only.
package migrate
