/** Flyway migrations written in Java, where SQL alone cannot do it (the account slugs of V17); they use JDBC, never the entities. */
package db.migration;
