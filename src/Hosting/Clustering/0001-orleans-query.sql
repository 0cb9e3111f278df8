-- The table Orleans' ADO.NET providers read their SQL from, once, when they start. Each later script
-- upserts the queries it owns, so a revised query replaces the stored one.
CREATE TABLE OrleansQuery (
    QueryKey varchar(64) NOT NULL PRIMARY KEY,
    QueryText text NOT NULL
);
