#ifndef TDKT_SQLITE3_SHIM_H
#define TDKT_SQLITE3_SHIM_H

// The system SQLite (Debian: libsqlite3-dev). Only Sources/Reports/SQLite.swift imports it.
#include <sqlite3.h>

#endif
